// zh-CN / en texts of the receptions module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::receptions {

void register_texts();

void register_texts() {
  i18n::add({
      {"receptions.not_found", "接待选民日不存在", "No such reception day"},
      {"receptions.workstation_unknown", "代表工作室不存在", "No such workstation"},
      {"receptions.deputy_unknown", "所选人员不是在任代表", "Not a serving deputy"},
      {"receptions.date_format", "日期格式应为 YYYY-MM-DD（如 2026-12-01）",
       "The date is YYYY-MM-DD (e.g. 2026-12-01)"},
      {"receptions.time_format", "时间格式应为 HH:MM（如 09:00）",
       "The time is HH:MM (e.g. 09:00)"},
      {"receptions.time_order", "结束时间应晚于开始时间", "The end must be after the start"},
      {"receptions.day_past", "不能安排今天以前的接待选民日",
       "A reception day cannot be scheduled in the past"},
      {"receptions.place_required", "请填写接待地点", "Enter the place"},
      {"receptions.deputies_required", "请至少安排一名接待代表", "Choose at least one deputy"},
      {"receptions.deputy_twice", "同一名代表不能重复选择", "A deputy is chosen twice"},
      {"receptions.double_booked", "{names} 当天同一时段已安排其他接待",
       "{names} already on duty at an overlapping time that day"},
      {"receptions.already_held", "该接待选民日已举行，不能再修改",
       "This reception day has been held and can no longer change"},
      {"receptions.already_cancelled", "该接待选民日已取消，不能再修改",
       "This reception day was cancelled and can no longer change"},
      {"receptions.not_yet", "接待日当天或之后才能登记举行情况",
       "A reception day is recorded as held on or after its day"},
      {"receptions.visitors_range", "来访人数应在 0 至 100000 之间",
       "Visitors are between 0 and 100000"},
      {"receptions.reason_required", "请填写取消原因", "Enter the reason for cancelling"},
      {"guidance.not_found", "指导工作记录不存在", "No such guidance record"},
      {"guidance.kind",
       "类别应为 exchange（交流会）、document（指导文件）或 work_record（年度工作记录）",
       "The kind is exchange, document or work_record"},
      {"guidance.year_range", "年度应在 2000 至 2100 之间", "The year is between 2000 and 2100"},
      {"guidance.half_required", "交流会须注明上半年（first）或下半年（second）",
       "An exchange meeting is in the first or second half of the year"},
      {"guidance.half_only_exchange", "只有交流会区分上半年和下半年",
       "Only exchange meetings have a half of the year"},
      {"guidance.date_year", "日期应在所填年度之内", "The date is within the year"},
      {"guidance.town_required", "请填写镇（街道）", "Enter the town or street"},
      {"guidance.title_required", "请填写标题", "Enter the title"},
      {"duty.not_found", "代表不存在", "No such deputy"},
      {"duty.entry_not_found", "履职记录不存在", "No such duty entry"},
      {"duty.not_yours", "只能查看本人的履职档案", "You may only read your own duty record"},
      {"duty.kind", "类别应为 epidemic、inspection、research、training、service 或 other",
       "The kind is epidemic, inspection, research, training, service or other"},
      {"duty.date_future", "日期不能晚于今天", "The date cannot be in the future"},
      {"duty.description_required", "请填写履职内容", "Enter what was done"},
      {"receptions.status.planned", "已安排", "Planned"},
      {"receptions.status.held", "已举行", "Held"},
      {"receptions.status.cancelled", "已取消", "Cancelled"},
      {"guidance.kind.exchange", "工作交流会", "Exchange meeting"},
      {"guidance.kind.document", "指导文件", "Guidance document"},
      {"guidance.kind.work_record", "年度工作记录", "Yearly work record"},
      {"guidance.half.first", "上半年", "First half"},
      {"guidance.half.second", "下半年", "Second half"},
  });
}

}  // namespace md::receptions

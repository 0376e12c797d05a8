// zh-CN / en texts of the supervision module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::supervision {

void register_texts();

void register_texts() {
  i18n::add({
      {"supervision.item_not_found", "监督事项不存在", "No such supervision item"},
      {"supervision.opinion_not_found", "审议意见不存在", "No such deliberation opinion"},
      {"supervision.hearing_not_found", "专题会记录不存在", "No such hearing"},
      {"supervision.kind",
       "类别应为 law_inspection（执法检查）、research（专题调研）、work_report（听取和审议专项工作"
       "报告）或 budget_network（预算联网监督）",
       "The kind is law_inspection, research, work_report or budget_network"},
      {"supervision.target_kind",
       "监督对象应为 government（区政府）、supervision_commission（区监委）、court（区法院）、"
       "procuratorate（区检察院）或 department（政府部门）",
       "The body is government, supervision_commission, court, procuratorate or department"},
      {"supervision.department_required", "监督对象为政府部门时须选择部门，其他对象不选部门",
       "Choose a department exactly when the body is a department"},
      {"supervision.department_unknown", "部门不存在或已停用", "No such active department"},
      {"supervision.person_unknown", "参加人员不存在", "No such person"},
      {"supervision.title_required", "请填写标题", "Enter the title"},
      {"supervision.year_range", "年度应在 2000 至 2100 之间", "The year is between 2000 and 2100"},
      {"supervision.item_status", "状态应为 planned、under_way 或 done",
       "The status is planned, under_way or done"},
      {"supervision.date_format", "日期格式应为 YYYY-MM-DD（如 2020-06-01）",
       "The date is YYYY-MM-DD (e.g. 2020-06-01)"},
      {"supervision.end_before_start", "结束日期不能早于开始日期",
       "The end date cannot be before the start date"},
      {"supervision.deadline_past", "答复期限不能早于今天", "The deadline cannot be in the past"},
      {"supervision.content_required", "请填写内容", "Enter the content"},
      {"supervision.note_required", "请填写督办意见", "Enter the follow-up note"},
      {"supervision.rating",
       "评价应为 satisfied（满意）、basic（基本满意）或 unsatisfied（不满意）",
       "The rating is satisfied, basic or unsatisfied"},
      {"supervision.rate_after_reply", "被监督机关答复后才能进行满意度评价",
       "Ratings are given once the body has replied"},
      {"supervision.unsatisfied", "常委会组成人员评价结果为不满意，请跟踪督办后再办结",
       "The committee rated the reply unsatisfied: follow it up before closing"},
      {"supervision.not_your_body", "只能查看和答复送交本单位的审议意见",
       "You may only read and answer the opinions sent to your department"},
      {"supervision.committee_required", "请填写专门委员会", "Enter the committee"},
      {"supervision.topic_required", "请填写议题", "Enter the topic"},
  });
}

}  // namespace md::supervision

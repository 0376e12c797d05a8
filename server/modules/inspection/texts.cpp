// zh-CN / en texts of the inspection module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::inspection {

void register_texts() {
  i18n::add({
      {"inspection.checklist_not_found", "自查清单不存在", "No such checklist"},
      {"inspection.finding_not_found", "问题不存在", "No such finding"},
      {"inspection.unit_unknown", "组织不存在", "No such organization unit"},
      {"inspection.out_of_scope", "只能管理本支部（含所属党小组）的自查",
       "You may only manage your own branch's self-inspection"},
      {"inspection.not_draft", "清单已发布，不能修改或删除", "The checklist is no longer a draft"},
      {"inspection.not_open", "清单未在自查期间", "The checklist is not open"},
      {"inspection.not_assigned", "您不在此清单的自查范围内",
       "This checklist is not assigned to you"},
      {"inspection.no_person", "您的账号未关联人员档案，无法自查，请联系管理员",
       "Your account has no person record: ask an administrator"},
      {"inspection.items", "检查事项应有 1 至 50 条，每条 1 至 300 个字",
       "A checklist has 1 to 50 items of 1 to 300 characters"},
      {"inspection.date_format", "日期格式应为 YYYY-MM-DD", "The date is YYYY-MM-DD"},
      {"inspection.date_past", "期限不能早于今天", "The deadline cannot be before today"},
      {"inspection.answers_shape", "答复格式不正确", "The answers are malformed"},
      {"inspection.result_unknown", "第 {n} 项：结果应为符合、存在问题或不适用",
       "Item {n}: the result is compliant, issue or not applicable"},
      {"inspection.note_required", "存在问题时须填写说明", "An issue needs a note"},
      {"inspection.note_long", "第 {n} 项：说明不能超过 1000 个字",
       "Item {n}: the note is at most 1000 characters"},
      {"inspection.bad_transition", "问题状态不能从“{from}”改为“{to}”",
       "A finding cannot go from {from} to {to}"},
  });
}

}  // namespace md::inspection

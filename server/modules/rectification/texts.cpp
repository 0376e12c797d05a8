// zh-CN / en texts of the rectification module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::rectification {

void register_texts();

void register_texts() {
  i18n::add({
      {"rectification.not_found", "整改事项不存在", "No such rectification item"},
      {"rectification.finding_not_found", "自查问题不存在", "No such self-inspection finding"},
      {"rectification.unit_unknown", "责任单位不存在", "No such responsible unit"},
      {"rectification.person_unknown", "人员不存在", "No such person"},
      {"rectification.out_of_scope", "该整改事项不在您的管理范围内",
       "This rectification item is outside your data scope"},
      {"rectification.source_unknown", "问题来源应为巡察、审计、自查、上级督查或满意度测评不满意",
       "The source is patrol, audit, self, superior or satisfaction"},
      {"rectification.problem_required", "请填写问题描述", "Describe the problem"},
      {"rectification.date_format", "日期格式应为 YYYY-MM-DD（如 2026-12-31）",
       "The date is YYYY-MM-DD (e.g. 2026-12-31)"},
      {"rectification.deadline_before_start", "整改时限不能早于开始日期",
       "The deadline cannot be before the start date"},
      {"rectification.note_required", "请填写说明", "Enter a note"},
      {"rectification.text_required", "请填写进展情况", "Enter the progress"},
      {"rectification.report_future", "进展日期不能晚于今天",
       "A progress report cannot be dated in the future"},
      {"rectification.evidence_required", "该事项需上传整改佐证材料后才能办结",
       "Upload the evidence before completing this item"},
      {"rectification.same_person", "验收须由办结人以外的其他人员进行",
       "Someone other than the person who completed it must verify it"},
      {"rectification.link_self", "不能关联事项本身", "An item cannot be linked to itself"},
      {"rectification.no_org_unit", "尚未建立组织架构", "There is no org unit yet"},
      {"rectification.source.patrol", "巡察", "Patrol"},
      {"rectification.source.audit", "审计", "Audit"},
      {"rectification.source.self", "自查", "Self-inspection"},
      {"rectification.source.superior", "上级督查", "Superior inspection"},
      {"rectification.source.satisfaction", "满意度测评不满意", "Rated unsatisfactory"},
      {"rectification.status.not_started", "未开始", "Not started"},
      {"rectification.status.in_progress", "整改中", "In progress"},
      {"rectification.status.done", "已完成", "Done"},
      {"rectification.status.ongoing", "长期坚持", "Long-term"},
      {"rectification.status.overdue", "逾期", "Overdue"},
  });
}

}  // namespace md::rectification

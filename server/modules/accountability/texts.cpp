// zh-CN / en texts of the accountability module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::accountability {

void register_texts();

void register_texts() {
  i18n::add({
      {"accountability.not_found", "问责记录不存在", "No such accountability record"},
      {"accountability.person_unknown", "人员不存在", "No such person"},
      {"accountability.item_unknown", "关联的整改事项不存在", "No such rectification item"},
      {"accountability.form_unknown",
       "处理形式应为批评教育、诫勉谈话、责令检查、通报批评、组织处理或纪律处分",
       "The form is criticism, admonition, self_examination, circulated, organizational or "
       "disciplinary"},
      {"accountability.reason_required", "请填写处理事由", "Enter the reason"},
      {"accountability.date_format", "日期格式应为 YYYY-MM-DD（如 2026-11-28）",
       "The date is YYYY-MM-DD (e.g. 2026-11-28)"},
      {"accountability.date_future", "处理日期不能晚于今天",
       "The decision cannot be in the future"},
      {"accountability.decided_by_required", "请填写决定机关", "Enter who decided it"},
      {"accountability.form.criticism", "批评教育", "Criticism and education"},
      {"accountability.form.admonition", "诫勉谈话", "Admonishing talk"},
      {"accountability.form.self_examination", "责令检查", "Ordered self-examination"},
      {"accountability.form.circulated", "通报批评", "Circulated criticism"},
      {"accountability.form.organizational", "组织处理", "Organizational handling"},
      {"accountability.form.disciplinary", "纪律处分", "Disciplinary sanction"},
  });
}

}  // namespace md::accountability

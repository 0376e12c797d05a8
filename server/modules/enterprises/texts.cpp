// zh-CN / en texts of the enterprises module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::enterprises {

void register_texts();

void register_texts() {
  i18n::add({
      {"enterprises.not_found", "联点企业不存在", "No such enterprise"},
      {"enterprises.visit_not_found", "走访记录不存在", "No such visit"},
      {"enterprises.person_unknown", "人员不存在", "No such person"},
      {"enterprises.name_required", "请填写企业名称", "Enter the enterprise's name"},
      {"enterprises.name_taken", "企业“{name}”已登记", "Enterprise \"{name}\" is already listed"},
      {"enterprises.employees", "职工人数应在 0 至 1000000 之间",
       "Employees are between 0 and 1000000"},
      {"enterprises.members_range", "党员人数应在 0 至 1000000 之间",
       "Party members are between 0 and 1000000"},
      {"enterprises.members_over_employees", "党员人数不能多于职工人数",
       "Party members cannot outnumber the employees"},
      {"enterprises.too_few_for_own", "单独建立党组织须有正式党员 3 人以上",
       "An organization of its own needs at least 3 formal party members"},
      {"enterprises.own_and_joint", "已单独建立党组织的企业不再填写联建单位",
       "An enterprise with its own organization is not joined to another"},
      {"enterprises.date_format", "日期格式应为 YYYY-MM-DD（如 2020-02-18）",
       "The date is YYYY-MM-DD (e.g. 2020-02-18)"},
      {"enterprises.date_future", "日期不能晚于今天", "The date cannot be in the future"},
      {"enterprises.help", "帮扶类别应为 epidemic、return_to_work、party_building、policy 或 other",
       "The help is epidemic, return_to_work, party_building, policy or other"},
      {"enterprises.content_required", "请填写走访内容", "Enter what the visit was about"},
      {"enterprises.status.built", "已建", "Own organization"},
      {"enterprises.status.joint", "联建", "Joint organization"},
      {"enterprises.status.none", "未建", "None"},
      {"enterprises.help.epidemic", "疫情防控", "Epidemic prevention"},
      {"enterprises.help.return_to_work", "复工复产", "Return to work"},
      {"enterprises.help.party_building", "党建指导", "Party building"},
      {"enterprises.help.policy", "政策宣讲", "Policy"},
      {"enterprises.help.other", "其他", "Other"},
  });
}

}  // namespace md::enterprises

// zh-CN / en texts of the warnings module's codes (and the labels its export uses).
#include "platform/i18n/i18n.hpp"

namespace md::warnings {

void register_texts();

void register_texts() {
  i18n::add({
      {"warnings.person_unknown", "人员不存在", "No such person"},
      {"warnings.unit_unknown", "组织不存在", "No such organization unit"},
      {"warnings.card_unknown", "预警牌不存在", "No such warning card"},
      {"warnings.out_of_scope", "只能处理本支部（含所属党小组）党员的预警",
       "You may only handle the warning cards of your own branch's members"},
      {"warnings.level", "等级应为 yellow（黄牌）、red（红牌）或 review（六个月审查）",
       "The level is yellow, red or review"},
      {"warnings.not_member", "只能对中共党员（含预备党员）亮牌",
       "Cards are only issued to Party members (full or probationary)"},
      {"warnings.duplicate", "该党员已有同等级的手工预警牌未解除",
       "This member already has an open hand-issued card of this level"},
      {"warnings.already_lifted", "该预警牌已解除", "This card has already been lifted"},
      {"warnings.superseded", "该预警牌已被更高等级的预警牌取代，请处理新牌",
       "This card was replaced by a higher-level card; handle that one"},
      {"warnings.already_acknowledged", "您已确认过该预警牌", "You have already acknowledged it"},
      {"warnings.not_open", "该预警牌已不再有效，无需确认", "This card is no longer open"},
      {"warnings.thresholds_invalid", "预警月数设置有误：应满足 1 ≤ 黄牌 ≤ 红牌 ≤ 六个月审查",
       "The warning settings are inconsistent: 1 ≤ yellow ≤ red ≤ review is required"},
      {"warnings.criterion.orglife", "组织生活", "Organizational life"},
      {"warnings.criterion.dues", "党费交纳", "Party dues"},
      {"warnings.criterion.evaluation", "民主评议", "Democratic evaluation"},
      {"warnings.criterion.manual", "人工亮牌", "Issued by hand"},
      {"warnings.level.yellow", "黄牌", "Yellow"},
      {"warnings.level.red", "红牌", "Red"},
      {"warnings.level.review", "六个月审查", "Six-month review"},
      {"warnings.status.active", "生效中", "Active"},
      {"warnings.status.lift_proposed", "建议解除", "Lift proposed"},
      {"warnings.status.lifted", "已解除", "Lifted"},
      {"warnings.status.superseded", "已升级", "Escalated"},
  });
}

}  // namespace md::warnings

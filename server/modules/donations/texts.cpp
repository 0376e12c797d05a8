// zh-CN / en texts of the donations module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::donations {

void register_texts();

void register_texts() {
  i18n::add({
      {"donations.not_found", "捐赠记录不存在", "No such donation"},
      {"donations.kind", "类别应为 money（捐款）或 goods（捐物）", "The kind is money or goods"},
      {"donations.donor_kind", "捐赠人类别应为 person（个人）或 unit（单位）",
       "The donor is a person or a unit"},
      {"donations.person_required", "请选择捐赠人", "Choose the donor"},
      {"donations.person_unknown", "人员不存在", "No such person"},
      {"donations.donor_required", "请填写捐赠单位名称", "Enter the donor unit's name"},
      {"donations.date_format", "日期格式应为 YYYY-MM-DD（如 2020-02-10）",
       "The date is YYYY-MM-DD (e.g. 2020-02-10)"},
      {"donations.date_future", "捐赠日期不能晚于今天", "The date cannot be in the future"},
      {"donations.recipient_required", "请填写受赠方", "Enter the recipient"},
      {"donations.campaign_required", "请填写捐赠活动", "Enter the campaign"},
      {"donations.amount_positive", "捐款金额必须大于 0 元（以分计，最多 1 亿元）",
       "The amount must be more than 0 (in fen, at most 100 million yuan)"},
      {"donations.item_required", "请填写捐赠物品", "Enter the item"},
      {"donations.quantity_positive", "物品数量必须大于 0", "The quantity must be more than 0"},
      {"donations.value_positive", "物品估价必须大于 0 元（以分计）",
       "The estimated value must be more than 0 (in fen)"},
      {"donations.receipt_taken", "收据号 {receipt} 已被其他捐赠记录使用",
       "Receipt number {receipt} is already used by another donation"},
      {"donations.kind.money", "捐款", "Money"},
      {"donations.kind.goods", "捐物", "Goods"},
      {"donations.donor_kind.person", "个人", "Person"},
      {"donations.donor_kind.unit", "单位", "Unit"},
  });
}

}  // namespace md::donations

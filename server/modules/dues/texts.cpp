// zh-CN / en texts of the dues module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::dues {

void register_texts();

void register_texts() {
  i18n::add({
      {"dues.person_unknown", "人员不存在", "No such person"},
      {"dues.unit_unknown", "组织不存在", "No such organization unit"},
      {"dues.out_of_scope", "只能管理本支部（含所属党小组）党员的党费",
       "You may only manage the dues of your own branch's members"},
      {"dues.month_format", "月份格式应为 YYYY-MM（如 2026-03）",
       "The month is YYYY-MM (e.g. 2026-03)"},
      {"dues.date_format", "日期格式应为 YYYY-MM-DD", "The date is YYYY-MM-DD"},
      {"dues.month_order", "截止月份不能早于起始月份", "The last month cannot be before the first"},
      {"dues.month_too_far", "最多只能预缴到当前月份之后 12 个月",
       "Dues can be paid at most 12 months ahead"},
      {"dues.base_range", "缴费基数应大于 0 且不超过 1,000,000 元",
       "The base is more than 0 and at most 1,000,000 yuan"},
      {"dues.farmer_range", "农民党员每月交纳 0.2 至 1 元", "Farmers pay 0.2 to 1 yuan a month"},
      {"dues.hardship_amount", "困难减免须填写经批准的每月交纳金额",
       "A hardship reduction needs the approved monthly amount"},
      {"dues.fixed_not_allowed", "该类别按基数或统一标准计算，不能填写固定金额",
       "This category has no fixed amount"},
      {"dues.category", "类别应为 office、retiree、student、farmer 或 hardship",
       "The category is office, retiree, student, farmer or hardship"},
      {"dues.channel", "缴费方式应为 cash、transfer、wechat 或 other",
       "The channel is cash, transfer, wechat or other"},
      {"dues.receipt_taken", "票据号 {receiptNo} 已登记过，不能重复登记",
       "Receipt {receiptNo} is already recorded"},
      {"dues.no_base", "请先为该党员设定缴费基数", "Set the member's base first"},
      {"dues.paid_future", "缴费日期不能晚于今天", "The payment day cannot be in the future"},
  });
}

}  // namespace md::dues

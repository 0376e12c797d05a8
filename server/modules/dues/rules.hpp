#pragma once
// The party dues decisions (DOMAIN-RULES.md "Party dues", 中组发〔2008〕3号): the monthly due of
// a base, the base in force for a month, months, arrears, and the checks of bases and
// payments. Pure: no SQL, no HTTP, no clock (the current month is an argument).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace md::dues {

enum class Category { office, retiree, student, farmer, hardship };
std::optional<Category> parse_category(std::string_view s);
std::string category_name(Category c);

/// Largest accepted base: 1,000,000 yuan a month (anything above is a typing error).
inline constexpr std::int64_t kMaxBaseFen = 100000000;
/// Students, laid-off and subsistence-allowance members: 0.2 yuan a month.
inline constexpr std::int64_t kFlatFen = 20;
/// Farmers: 0.2–1 yuan a month.
inline constexpr std::int64_t kFarmerMinFen = 20, kFarmerMaxFen = 100;
/// Back payment normally covers at most 6 months; payments reach at most 12 months ahead.
inline constexpr int kBackMonths = 6, kAheadMonths = 12;

/// The rate in tenths of a percent (5 = 0.5 %) on the whole base; 0 for fixed amounts.
int rate_tenths_percent(Category c, std::int64_t base_fen);
/// `value × tenths / 1000` rounded half up (values are never negative).
std::int64_t percent_of(std::int64_t value, int tenths_percent);
/// The monthly due in fen: office/retiree by bracket, student 20 fen, farmer and hardship the
/// approved fixed amount (farmer default 20 fen).
std::int64_t monthly_due_fen(Category c, std::int64_t base_fen, std::optional<std::int64_t> fixed);

/// "YYYY-MM" with a year 2000–2100 and a month 01–12.
bool is_month(std::string_view s);
/// "YYYY-MM-DD" (a real calendar day, 2000–2100).
bool is_date(std::string_view s);
/// year × 12 + month − 1 of a valid month.
int month_index(std::string_view month);
std::string month_name(int index);
/// Months from `from` to `to` inclusive (0 when from > to).
int months_between(std::string_view from, std::string_view to);

struct Base {
  std::string effective_month;
  Category category = Category::office;
  std::int64_t base_fen = 0;
  std::optional<std::int64_t> fixed_fen;
};
/// The base in force in `month`: the latest effective_month ≤ month (of equal months the later
/// in the list, i.e. the newer record); nullopt before the first.
std::optional<Base> base_for(const std::vector<Base>& bases, std::string_view month);
/// The due of a month under those bases; nullopt when no base is in force yet.
std::optional<std::int64_t> due_for(const std::vector<Base>& bases, std::string_view month);

struct PaidRange {
  std::string from;
  std::string to;
};
/// Every month covered by the payments.
std::set<std::string> paid_months(const std::vector<PaidRange>& payments);

struct Arrears {
  std::vector<std::string> months;
  std::int64_t amount_fen = 0;
};
/// Months due from the first base month (or `start`, e.g. joining, if later) up to `current`,
/// minus the months paid, and what they come to.
Arrears arrears(const std::vector<Base>& bases, const std::set<std::string>& paid,
                std::string_view current, std::optional<std::string> start = std::nullopt);
/// The sum due for the months from..to (months without a base count 0).
std::int64_t due_sum(const std::vector<Base>& bases, std::string_view from, std::string_view to);

/// Field errors as (field, code) of a base; empty when valid.
std::vector<std::pair<std::string, std::string>> check_base(Category c, std::int64_t base_fen,
                                                            std::optional<std::int64_t> fixed,
                                                            std::string_view effective_month);
/// Field errors of a payment's months: format, from ≤ to, to at most 12 months ahead.
std::vector<std::pair<std::string, std::string>> check_payment_months(std::string_view from,
                                                                      std::string_view to,
                                                                      std::string_view current);
/// True when the payment reaches back more than 6 months before the current month (a warning).
bool back_payment_warning(std::string_view from, std::string_view current);

}  // namespace md::dues

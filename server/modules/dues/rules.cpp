// The party dues decisions (rules.hpp).
#include "modules/dues/rules.hpp"

#include <algorithm>

namespace md::dues {

std::optional<Category> parse_category(std::string_view s) {
  if (s == "office") return Category::office;
  if (s == "retiree") return Category::retiree;
  if (s == "student") return Category::student;
  if (s == "farmer") return Category::farmer;
  if (s == "hardship") return Category::hardship;
  return std::nullopt;
}

std::string category_name(Category c) {
  switch (c) {
    case Category::office:
      return "office";
    case Category::retiree:
      return "retiree";
    case Category::student:
      return "student";
    case Category::farmer:
      return "farmer";
    case Category::hardship:
      return "hardship";
  }
  return "office";
}

int rate_tenths_percent(Category c, std::int64_t base_fen) {
  if (c == Category::office) {
    if (base_fen <= 300000) return 5;
    if (base_fen <= 500000) return 10;
    if (base_fen <= 1000000) return 15;
    return 20;
  }
  if (c == Category::retiree) return base_fen <= 500000 ? 5 : 10;
  return 0;
}

std::int64_t percent_of(std::int64_t value, int tenths_percent) {
  return (value * tenths_percent + 500) / 1000;
}

std::int64_t monthly_due_fen(Category c, std::int64_t base_fen, std::optional<std::int64_t> fixed) {
  switch (c) {
    case Category::office:
    case Category::retiree:
      return percent_of(std::max<std::int64_t>(base_fen, 0), rate_tenths_percent(c, base_fen));
    case Category::student:
      return kFlatFen;
    case Category::farmer:
      return fixed.value_or(kFarmerMinFen);
    case Category::hardship:
      return fixed.value_or(0);
  }
  return 0;
}

namespace {
bool digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}
int num(std::string_view s) {
  int n = 0;
  for (char ch : s) n = n * 10 + (ch - '0');
  return n;
}
}  // namespace

bool is_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2))) {
    return false;
  }
  int y = num(s.substr(0, 4)), m = num(s.substr(5, 2));
  return y >= 2000 && y <= 2100 && m >= 1 && m <= 12;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[7] != '-' || !is_month(s.substr(0, 7)) || !digits(s.substr(8, 2))) {
    return false;
  }
  int y = num(s.substr(0, 4)), m = num(s.substr(5, 2)), d = num(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
  return d >= 1 && d <= max;
}

int month_index(std::string_view month) {
  return num(month.substr(0, 4)) * 12 + num(month.substr(5, 2)) - 1;
}

std::string month_name(int index) {
  int y = index / 12, m = index % 12 + 1;
  return std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

int months_between(std::string_view from, std::string_view to) {
  int n = month_index(to) - month_index(from) + 1;
  return n > 0 ? n : 0;
}

std::optional<Base> base_for(const std::vector<Base>& bases, std::string_view month) {
  const Base* best = nullptr;
  for (const auto& b : bases) {
    if (b.effective_month <= month && (!best || b.effective_month >= best->effective_month)) {
      best = &b;
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

std::optional<std::int64_t> due_for(const std::vector<Base>& bases, std::string_view month) {
  auto b = base_for(bases, month);
  if (!b) return std::nullopt;
  return monthly_due_fen(b->category, b->base_fen, b->fixed_fen);
}

std::set<std::string> paid_months(const std::vector<PaidRange>& payments) {
  std::set<std::string> out;
  for (const auto& p : payments) {
    if (!is_month(p.from) || !is_month(p.to)) continue;
    for (int i = month_index(p.from); i <= month_index(p.to); ++i) out.insert(month_name(i));
  }
  return out;
}

Arrears arrears(const std::vector<Base>& bases, const std::set<std::string>& paid,
                std::string_view current, std::optional<std::string> start) {
  Arrears a;
  if (bases.empty() || !is_month(current)) return a;
  std::string first = bases.front().effective_month;
  for (const auto& b : bases) first = std::min(first, b.effective_month);
  if (start && is_month(*start) && *start > first) first = *start;
  for (int i = month_index(first); i <= month_index(current); ++i) {
    auto m = month_name(i);
    if (paid.count(m)) continue;
    auto due = due_for(bases, m);
    if (!due || *due == 0) continue;
    a.months.push_back(m);
    a.amount_fen += *due;
  }
  return a;
}

std::int64_t due_sum(const std::vector<Base>& bases, std::string_view from, std::string_view to) {
  std::int64_t sum = 0;
  for (int i = month_index(from); i <= month_index(to); ++i) {
    sum += due_for(bases, month_name(i)).value_or(0);
  }
  return sum;
}

std::vector<std::pair<std::string, std::string>> check_base(Category c, std::int64_t base_fen,
                                                            std::optional<std::int64_t> fixed,
                                                            std::string_view effective_month) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_month(effective_month)) errors.emplace_back("effectiveMonth", "dues.month_format");
  bool paid_by_base = c == Category::office || c == Category::retiree;
  if (base_fen > kMaxBaseFen || base_fen < 0 || (paid_by_base && base_fen == 0)) {
    errors.emplace_back("baseFen", "dues.base_range");
  }
  if (c == Category::farmer && fixed && (*fixed < kFarmerMinFen || *fixed > kFarmerMaxFen)) {
    errors.emplace_back("fixedFen", "dues.farmer_range");
  }
  if (c == Category::hardship && (!fixed || *fixed < 0 || *fixed > kMaxBaseFen)) {
    errors.emplace_back("fixedFen", "dues.hardship_amount");
  }
  if ((paid_by_base || c == Category::student) && fixed) {
    errors.emplace_back("fixedFen", "dues.fixed_not_allowed");
  }
  return errors;
}

std::vector<std::pair<std::string, std::string>> check_payment_months(std::string_view from,
                                                                      std::string_view to,
                                                                      std::string_view current) {
  std::vector<std::pair<std::string, std::string>> errors;
  bool ok_from = is_month(from), ok_to = is_month(to);
  if (!ok_from) errors.emplace_back("fromMonth", "dues.month_format");
  if (!ok_to) errors.emplace_back("toMonth", "dues.month_format");
  if (!ok_from || !ok_to || !is_month(current)) return errors;
  if (from > to) errors.emplace_back("toMonth", "dues.month_order");
  if (month_index(to) > month_index(current) + kAheadMonths) {
    errors.emplace_back("toMonth", "dues.month_too_far");
  }
  return errors;
}

bool back_payment_warning(std::string_view from, std::string_view current) {
  return is_month(from) && is_month(current) &&
         month_index(from) < month_index(current) - kBackMonths;
}

}  // namespace md::dues

#pragma once
// The reports' pure decisions: rates in permille, how numbers, money and dates read in the
// report's prose (zh-CN / en), the report period, and the generated narrative paragraphs.
// No SQL, no HTTP, no clock.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::reports {

/// part / whole in permille, rounded half up; nullopt when whole is 0.
std::optional<std::int64_t> permille(std::int64_t part, std::int64_t whole);
/// 875 → "87.5%".
std::string permille_text(std::int64_t permille);
/// Money for prose: zh "3.24万元" from 10,000 yuan up (two decimals, trailing zeros dropped),
/// below that "4560元" / "45.6元"; en "32,360 yuan" / "45.60 yuan".
std::string money_text(std::int64_t fen, bool english);
/// "2020-06-28" → zh "2020年6月28日", en "28 June 2020"; anything else unchanged.
std::string date_text(std::string_view date, bool english);
/// Minutes as hours with one decimal ("12.5"), rounded half up.
std::string hours_text(std::int64_t minutes);
/// A valid YYYY-MM-DD calendar day (2000–2100).
bool is_date(std::string_view s);
/// Why from..to is not a report period: (field, code) or nullopt. Both days valid, from ≤ to,
/// at most two years (to before the same day two years on).
std::optional<std::pair<std::string, std::string>> check_period(const std::string& from,
                                                                const std::string& to);

/// The report's sections in the seed article's order.
const std::vector<std::string>& section_keys();
/// The paragraph keys each section generates.
const std::vector<std::string>& paragraph_keys(std::string_view section);
bool is_paragraph(std::string_view section, std::string_view key);

/// What the prose of a section reads: the section's figures by key, plus a few texts.
struct Facts {
  std::map<std::string, std::int64_t> n;  ///< figures by key (permille values for rates)
  std::map<std::string, std::string> s;   ///< e.g. the organization's name, town lists
  std::int64_t get(const std::string& key) const;
};
/// The generated text of one paragraph of a section.
std::string paragraph(std::string_view section, std::string_view key, const Facts& facts,
                      bool english);

}  // namespace md::reports

#include "modules/org/rules.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <set>

#include "modules/org/people_api.hpp"
#include "platform/core/china_time.hpp"

namespace md::org {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

struct Named {
  const char* code;
  const char* zh;
  const char* en;
};

const Named kStatuses[] = {{"cpc_member", "中共党员", "CPC member"},
                           {"cpc_probationary", "中共预备党员", "Probationary CPC member"},
                           {"cyl_member", "共青团员", "CYL member"},
                           {"democratic_party", "民主党派", "Democratic party member"},
                           {"non_party", "无党派人士", "Non-party"},
                           {"masses", "群众", "Masses"}};
const Named kRoles[] = {{"secretary", "书记", "Secretary"},
                        {"deputy_secretary", "副书记", "Deputy secretary"},
                        {"organization", "组织委员", "Organization officer"},
                        {"propaganda", "宣传委员", "Propaganda officer"},
                        {"discipline", "纪检委员", "Discipline officer"},
                        {"member", "党员", "Member"}};
const Named kGenders[] = {{"M", "男", "Male"}, {"F", "女", "Female"}};

template <std::size_t N>
std::string name_of(const Named (&list)[N], std::string_view code, bool en) {
  for (const auto& n : list) {
    if (code == n.code) return en ? n.en : n.zh;
  }
  return std::string(code);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

template <std::size_t N>
std::string code_of(const Named (&list)[N], std::string_view text) {
  std::string t = lower(text);
  for (const auto& n : list) {
    if (text == n.code || text == n.zh || t == lower(n.en) || t == lower(n.code)) return n.code;
  }
  return "";
}

}  // namespace

char id_card_check_char(std::string_view first17) {
  if (first17.size() != 17 || !all_digits(first17)) return '\0';
  static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * weights[i];
  return "10X98765432"[sum % 11];
}

std::optional<std::string> check_id_card(std::string_view id) {
  if (id.size() != 18 || !all_digits(id.substr(0, 17))) return "people.id_card_format";
  char last = id[17];
  if (last == 'x') last = 'X';
  if (!(last == 'X' || (last >= '0' && last <= '9'))) return "people.id_card_format";
  if (!valid_date(id_card_birth_date(id))) return "people.id_card_format";
  if (id_card_check_char(id.substr(0, 17)) != last) return "people.id_card_checksum";
  return std::nullopt;
}

std::string id_card_birth_date(std::string_view id) {
  if (id.size() < 14) return "";
  return std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
         std::string(id.substr(12, 2));
}

std::string id_card_gender(std::string_view id) {
  if (id.size() < 17) return "";
  return (id[16] - '0') % 2 == 1 ? "M" : "F";
}

bool valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  auto y = d.substr(0, 4), m = d.substr(5, 2), day = d.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(day)) return false;
  int yi = to_int(y), mi = to_int(m), di = to_int(day);
  if (yi < 1900 || yi > 2199 || mi < 1 || mi > 12) return false;
  return di >= 1 && di <= days_in_month(yi, mi);
}

std::string add_years(std::string_view ymd, int years) {
  int y = to_int(ymd.substr(0, 4)) + years, m = to_int(ymd.substr(5, 2)),
      d = to_int(ymd.substr(8, 2));
  if (d > days_in_month(y, m)) d = days_in_month(y, m);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

const std::vector<std::string>& political_statuses() {
  static const std::vector<std::string> v = {"cpc_member",       "cpc_probationary", "cyl_member",
                                             "democratic_party", "non_party",        "masses"};
  return v;
}

const std::vector<std::string>& membership_roles() {
  static const std::vector<std::string> v = {"secretary",  "deputy_secretary", "organization",
                                             "propaganda", "discipline",       "member"};
  return v;
}

const std::vector<std::string>& unit_kinds() {
  static const std::vector<std::string> v = {"party_group", "branch",        "functional_branch",
                                             "group",       "town_congress", "street_committee"};
  return v;
}

bool one_of(const std::vector<std::string>& list, std::string_view value) {
  for (const auto& s : list) {
    if (s == value) return true;
  }
  return false;
}

std::string status_name(std::string_view code, bool en) { return name_of(kStatuses, code, en); }
std::string role_name(std::string_view code, bool en) { return name_of(kRoles, code, en); }
std::string gender_name(std::string_view code, bool en) { return name_of(kGenders, code, en); }
std::string status_code(std::string_view text) {
  if (text == "中共党员" || text == "党员") return "cpc_member";
  if (text == "预备党员") return "cpc_probationary";
  if (text == "无党派") return "non_party";
  return code_of(kStatuses, text);
}
std::string role_code(std::string_view text) { return code_of(kRoles, text); }
std::string gender_code(std::string_view text) { return code_of(kGenders, text); }

bool creates_cycle(std::int64_t node, std::int64_t new_parent,
                   const std::map<std::int64_t, std::optional<std::int64_t>>& parents) {
  std::set<std::int64_t> seen;
  std::optional<std::int64_t> cur = new_parent;
  while (cur) {
    if (*cur == node) return true;
    if (!seen.insert(*cur).second) return true;  // an existing loop: refuse as well
    auto it = parents.find(*cur);
    if (it == parents.end()) return false;
    cur = it->second;
  }
  return false;
}

std::string pinyin_initials(std::string_view name) {
  // Transliterators are not safe to share between threads; each worker keeps its own.
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  std::string latin;
  if (tr) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    tr->transliterate(u);
    u.toUTF8String(latin);
  } else {
    latin = std::string(name);
  }
  std::string out;
  bool word_start = true;
  for (char c : latin) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && word_start) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    word_start = !letter && !(c >= '0' && c <= '9');
  }
  return out;
}

// people_api.hpp: the pure parts.

bool is_party_member(std::string_view s) { return s == "cpc_member" || s == "cpc_probationary"; }

std::string make_id_card(std::string_view region6, std::string_view birth_yyyymmdd, int sequence) {
  char seq[8];
  std::snprintf(seq, sizeof seq, "%03d", ((sequence % 1000) + 1000) % 1000);
  std::string first17 = std::string(region6) + std::string(birth_yyyymmdd) + seq;
  return first17 + id_card_check_char(first17);
}

std::string china_today(std::int64_t now) { return china_date(now); }

std::vector<FieldError> validate_person(const PersonInput& p, std::string_view today) {
  std::vector<FieldError> errors;
  auto need = [&](const std::string& value, const char* field) {
    if (value.empty()) errors.push_back({field, "validation.required", {}});
    return !value.empty();
  };
  need(p.name, "name");
  if (need(p.gender, "gender") && p.gender != "M" && p.gender != "F") {
    errors.push_back({"gender", "validation.not_an_option", {}});
  }
  need(p.ethnicity, "ethnicity");
  bool birth_ok = false;
  if (need(p.birth_date, "birthDate")) {
    if (!valid_date(p.birth_date)) {
      errors.push_back({"birthDate", "people.date_invalid", {}});
    } else if (p.birth_date > today) {
      errors.push_back({"birthDate", "people.date_in_future", {}});
    } else {
      birth_ok = true;
    }
  }
  if (need(p.id_card, "idCard")) {
    if (auto e = check_id_card(p.id_card)) {
      errors.push_back({"idCard", *e, {}});
    } else if (birth_ok && id_card_birth_date(p.id_card) != p.birth_date) {
      errors.push_back({"idCard", "people.id_card_birth_mismatch", {}});
    } else if ((p.gender == "M" || p.gender == "F") && id_card_gender(p.id_card) != p.gender) {
      errors.push_back({"idCard", "people.id_card_gender_mismatch", {}});
    }
  }
  if (!p.phone.empty()) {
    bool ok = p.phone.size() == 11 && p.phone[0] == '1' && p.phone[1] >= '3' && all_digits(p.phone);
    if (!ok) errors.push_back({"phone", "accounts.phone_format", {}});
  }
  if (need(p.political_status, "politicalStatus") &&
      !one_of(political_statuses(), p.political_status)) {
    errors.push_back({"politicalStatus", "validation.not_an_option", {}});
  }
  if (!p.joined_party_on.empty()) {
    if (!is_party_member(p.political_status)) {
      errors.push_back({"joinedPartyOn", "people.joined_only_for_members", {}});
    } else if (!valid_date(p.joined_party_on)) {
      errors.push_back({"joinedPartyOn", "people.date_invalid", {}});
    } else if (p.joined_party_on > today) {
      errors.push_back({"joinedPartyOn", "people.date_in_future", {}});
    } else if (birth_ok && p.joined_party_on < add_years(p.birth_date, 18)) {
      errors.push_back({"joinedPartyOn", "people.joined_before_18", {}});
    }
  }
  return errors;
}

}  // namespace md::org

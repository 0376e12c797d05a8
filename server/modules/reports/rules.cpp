#include "modules/reports/rules.hpp"

#include <algorithm>
#include <array>

namespace md::reports {

std::optional<std::int64_t> permille(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return (part * 2000 + whole) / (2 * whole);
}

std::string permille_text(std::int64_t p) {
  std::string sign = p < 0 ? "-" : "";
  if (p < 0) p = -p;
  return sign + std::to_string(p / 10) + "." + std::to_string(p % 10) + "%";
}

namespace {

std::string grouped(std::int64_t v) {
  std::string digits = std::to_string(v), out;
  int n = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (n && n % 3 == 0) out.push_back(',');
    out.push_back(*it);
    ++n;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// `value / 10^places` with at most `places` decimals, trailing zeros dropped.
std::string decimal(std::int64_t value, int places) {
  std::int64_t scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  std::string whole = std::to_string(value / scale);
  std::string frac = std::to_string(value % scale);
  frac.insert(0, static_cast<std::size_t>(places) - frac.size(), '0');
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return frac.empty() ? whole : whole + "." + frac;
}

}  // namespace

std::string money_text(std::int64_t fen, bool english) {
  if (fen < 0) return "-" + money_text(-fen, english);
  if (english) {
    std::string s = grouped(fen / 100) + " yuan";
    if (fen % 100) {
      auto cents = std::to_string(fen % 100);
      s = grouped(fen / 100) + "." + std::string(2 - cents.size(), '0') + cents + " yuan";
    }
    return s;
  }
  if (fen >= 1'000'000) {  // from 10,000 yuan: in 万, two decimals (0.01万 = 10,000 fen)
    return decimal((fen + 5'000) / 10'000, 2) + "万元";
  }
  return decimal(fen, 2) + "元";
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = std::stoi(std::string(s.substr(0, 4)));
  int m = std::stoi(std::string(s.substr(5, 2)));
  int d = std::stoi(std::string(s.substr(8, 2)));
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static const std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = days[static_cast<std::size_t>(m - 1)] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

std::string date_text(std::string_view date, bool english) {
  if (!is_date(date)) return std::string(date);
  int y = std::stoi(std::string(date.substr(0, 4)));
  int m = std::stoi(std::string(date.substr(5, 2)));
  int d = std::stoi(std::string(date.substr(8, 2)));
  if (english) {
    static const std::array<const char*, 12> names = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return std::to_string(d) + " " + names[static_cast<std::size_t>(m - 1)] + " " +
           std::to_string(y);
  }
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

std::string hours_text(std::int64_t minutes) {
  std::int64_t tenths = (minutes * 10 + 30) / 60;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::optional<std::pair<std::string, std::string>> check_period(const std::string& from,
                                                                const std::string& to) {
  if (!is_date(from))
    return std::make_pair(std::string("from"), std::string("reports.date_format"));
  if (!is_date(to)) return std::make_pair(std::string("to"), std::string("reports.date_format"));
  if (from > to) return std::make_pair(std::string("to"), std::string("reports.period_order"));
  // Two years on from `from` (29 February moves to 1 March): `to` must come before it.
  std::string limit = std::to_string(std::stoi(from.substr(0, 4)) + 2) + from.substr(4);
  if (!is_date(limit)) limit = limit.substr(0, 5) + "03-01";
  if (to >= limit) return std::make_pair(std::string("to"), std::string("reports.period_too_long"));
  return std::nullopt;
}

const std::vector<std::string>& section_keys() {
  static const std::vector<std::string> keys = {"organization", "orglife",     "learning",
                                                "discipline",   "supervision", "livelihood",
                                                "deputies",     "union"};
  return keys;
}

const std::vector<std::string>& paragraph_keys(std::string_view section) {
  static const std::vector<std::string> one = {"p1"};
  static const std::vector<std::string> none;
  auto& s = section_keys();
  return std::find(s.begin(), s.end(), section) == s.end() ? none : one;
}

bool is_paragraph(std::string_view section, std::string_view key) {
  const auto& keys = paragraph_keys(section);
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::int64_t Facts::get(const std::string& key) const {
  auto it = n.find(key);
  return it == n.end() ? 0 : it->second;
}

namespace {

std::string num(const Facts& f, const std::string& key) { return std::to_string(f.get(key)); }
std::string txt(const Facts& f, const std::string& key) {
  auto it = f.s.find(key);
  return it == f.s.end() ? "" : it->second;
}
std::string rate(const Facts& f, const std::string& key) {
  // A rate without a denominator is stored as -1: say so rather than print 0 %.
  auto v = f.get(key);
  return v < 0 ? "—" : permille_text(v);
}

std::string zh(std::string_view section, const Facts& f) {
  if (section == "organization") {
    return txt(f, "org") +
           "党组坚持把政治建设放在首位，按照“党组+机关党支部+专委会功能型党支部”模式，现有党支部" +
           num(f, "partyBranches") + "个，其中专委会功能型党支部" + num(f, "functionalBranches") +
           "个，党员" + num(f, "partyMembers") + "名。党的组织对党员代表覆盖率" +
           rate(f, "organizationCoverage") + "，党的工作对人大代表覆盖率" +
           rate(f, "workCoverage") + "，推进“两个全覆盖”。";
  }
  if (section == "orglife") {
    return "严肃党内政治生活，把“三会一课”抓在日常。" + txt(f, "period") + "，共召开支部党员大会" +
           num(f, "branchAssemblies") + "次、支委会" + num(f, "committeeMeetings") +
           "次、党小组会" + num(f, "groupMeetings") + "次，上党课" + num(f, "partyLectures") +
           "次，党员参会率" + rate(f, "attendance") + "。";
  }
  if (section == "learning") {
    return "按照建设学习型机关要求，坚持开展“一月一法”学习活动" + num(f, "studySessions") + "期，" +
           num(f, "learners") + "人次参加学习，累计学习" + txt(f, "studyHoursText") +
           "小时，为依法履职奠定了扎实的理论基础。";
  }
  if (section == "discipline") {
    return "扎实开展民主评议党员活动，对" + num(f, "excellentMembers") +
           "名优秀党员给予精神奖励；对长期不参加党的组织生活、不按时缴纳党费、民主评议不合格的党员"
           "给予亮牌警告" +
           num(f, "warningsIssued") + "张。认真抓好巡察期间查出问题的整改工作，整改事项" +
           num(f, "rectificationTotal") + "项、已完成" + num(f, "rectificationDone") + "项，对" +
           num(f, "personsHandled") + "名责任人给予了不同形式的内部处理。";
  }
  if (section == "supervision") {
    return "结合年度工作计划开展监督" + num(f, "supervisionItems") + "项，召开专题听证会、座谈会" +
           num(f, "hearings") + "次，向“一府一委两院”交办审议意见" +
           num(f, "deliberationOpinions") + "件，跟踪督办落实。";
  }
  if (section == "livelihood") {
    std::string towns = txt(f, "projectsText");
    return "推行政府民生实事项目人大代表票决制，" +
           (towns.empty() ? std::string("本期暂无票决项目") : towns) + "，共" +
           num(f, "livelihoodProjects") + "件，并以无记名投票方式对项目完成情况进行满意度测评。";
  }
  if (section == "deputies") {
    return "全区" + num(f, "deputiesProvince") + "名省代表、" + num(f, "deputiesCity") +
           "名市代表、" + num(f, "deputiesDistrict") + "名区代表、" + num(f, "deputiesTown") +
           "名镇代表履职尽责。全区" + num(f, "workstations") + "个代表工作室，拥有代表" +
           num(f, "workstationDeputies") + "名，党员代表" + num(f, "workstationPartyDeputies") +
           "名；收到选民意见" + num(f, "opinionsReceived") + "件，办结" + num(f, "opinionsClosed") +
           "件，选民满意率" + rate(f, "satisfaction") + "。";
  }
  if (section == "union") {
    return "以党建带工建，按期开展了" + num(f, "moralLectures") + "期道德讲堂、" +
           num(f, "festivalActivities") +
           "个“我们的节日”主题活动；机关党支部组建志愿服务队，开展志愿服务" +
           num(f, "volunteerActivities") + "次、" + txt(f, "volunteerHoursText") +
           "小时，干部职工捐款捐物" + txt(f, "donationsText") + "。";
  }
  return "";
}

std::string en(std::string_view section, const Facts& f) {
  if (section == "organization") {
    return "The party group of " + txt(f, "org") + " has " + num(f, "partyBranches") +
           " party branches, " + num(f, "functionalBranches") +
           " of them functional branches of the committees, and " + num(f, "partyMembers") +
           " party members. Organizational coverage of party-member deputies: " +
           rate(f, "organizationCoverage") +
           "; work coverage of all deputies: " + rate(f, "workCoverage") + ".";
  }
  if (section == "orglife") {
    return "In " + txt(f, "period") + " the branches held " + num(f, "branchAssemblies") +
           " general meetings, " + num(f, "committeeMeetings") + " committee meetings, " +
           num(f, "groupMeetings") + " group meetings and " + num(f, "partyLectures") +
           " party lectures; attendance was " + rate(f, "attendance") + ".";
  }
  if (section == "learning") {
    return num(f, "studySessions") + " \"one law a month\" sessions were held; " +
           num(f, "learners") + " people studied for " + txt(f, "studyHoursText") +
           " hours in all.";
  }
  if (section == "discipline") {
    return "The democratic evaluation commended " + num(f, "excellentMembers") +
           " excellent members; " + num(f, "warningsIssued") + " warning cards were issued. Of " +
           num(f, "rectificationTotal") + " rectification items, " + num(f, "rectificationDone") +
           " are done; " + num(f, "personsHandled") + " persons were handled internally.";
  }
  if (section == "supervision") {
    return num(f, "supervisionItems") + " supervision items, " + num(f, "hearings") +
           " hearings and " + num(f, "deliberationOpinions") + " deliberation opinions sent.";
  }
  if (section == "livelihood") {
    std::string towns = txt(f, "projectsText");
    return "Deputies voted on the government's livelihood projects: " +
           (towns.empty() ? std::string("none in this period") : towns) + ", " +
           num(f, "livelihoodProjects") + " in all, and rated their completion by secret ballot.";
  }
  if (section == "deputies") {
    return num(f, "deputiesProvince") + " provincial, " + num(f, "deputiesCity") + " city, " +
           num(f, "deputiesDistrict") + " district and " + num(f, "deputiesTown") +
           " town deputies serve. The " + num(f, "workstations") + " workstations have " +
           num(f, "workstationDeputies") + " deputies, " + num(f, "workstationPartyDeputies") +
           " of them party members; " + num(f, "opinionsReceived") +
           " voters' opinions received, " + num(f, "opinionsClosed") + " closed, satisfaction " +
           rate(f, "satisfaction") + ".";
  }
  if (section == "union") {
    return num(f, "moralLectures") + " moral lectures and " + num(f, "festivalActivities") +
           " \"Our festivals\" activities were held; the volunteers served " +
           num(f, "volunteerActivities") + " times for " + txt(f, "volunteerHoursText") +
           " hours; staff donated " + txt(f, "donationsText") + ".";
  }
  return "";
}

}  // namespace

std::string paragraph(std::string_view section, std::string_view key, const Facts& facts,
                      bool english) {
  if (!is_paragraph(section, key)) return "";
  return english ? en(section, facts) : zh(section, facts);
}

}  // namespace md::reports

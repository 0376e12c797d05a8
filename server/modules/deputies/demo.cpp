// Demo data reproducing the seed article's figures (R9.1, R12.2): 20 deputy workstations,
// 300 deputies — 5 provincial, 27 city, 154 district, 114 town — of whom 258 are party
// members; most party-member deputies in a functional branch, most non-party deputies with a
// party-member liaison and contact logs. A fixed-seed PRNG of our own keeps it reproducible
// (std distributions differ between standard libraries); only the contact dates follow today.
#include <algorithm>
#include <array>
#include <ctime>
#include <set>
#include <stdexcept>

#include "modules/deputies/rules.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/app.hpp"

namespace md::deputies {

namespace {

// SplitMix64: tiny, well distributed, the same everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// 0 … n-1.
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  /// True with probability percent/100.
  bool chance(int percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))];
  }
  template <typename T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) {
      std::swap(v[i - 1], v[static_cast<std::size_t>(below(static_cast<int>(i)))]);
    }
  }

 private:
  std::uint64_t s_;
};

constexpr std::uint64_t kSeed = 20200628;  // the article's date

struct Town {
  std::string name;
  bool is_town;  ///< 镇 (has its own congress and town deputies) or 街道
  std::vector<std::string> places;
};

const std::vector<Town>& towns() {
  static const std::vector<Town> all = {
      {"云溪街道", false, {"八景社区", "永济村", "云溪社区", "洗马村"}},
      {"长岭街道", false, {"长岭社区", "南岸村", "东风村", "千岭社区"}},
      {"松阳湖街道", false, {"滨湖村", "松阳社区", "桃李村", "荆竹村"}},
      {"陆城镇", true, {"儒溪村", "白泥湖村", "陆城社区", "长江村"}},
      {"路口镇", true, {"丁山村", "路口社区", "龙泉村", "青山村"}},
  };
  return all;
}

const std::vector<std::string> kSurnames = {
    "李", "王", "张", "刘", "陈", "杨",   "黄", "周", "吴", "彭", "易", "向", "胡", "谢", "邓",
    "罗", "许", "何", "汤", "钟", "黎",   "龙", "方", "袁", "丁", "姚", "万", "熊", "任", "贺",
    "邹", "曾", "蒋", "毛", "夏", "石",   "余", "田", "卢", "廖", "付", "唐", "刘", "李", "王",
    "张", "陈", "杨", "黄", "周", "欧阳", "肖", "郭", "高", "戴", "严", "潘", "冯", "魏", "范"};
const std::vector<std::string> kMaleChars = {
    "建", "国", "军", "伟", "勇", "强", "志", "明", "华", "平", "文", "斌", "杰", "涛", "峰",
    "磊", "鹏", "辉", "刚", "新", "林", "春", "海", "波", "宏", "兵", "德", "红", "光", "荣",
    "超", "浩", "俊", "宇", "凯", "智", "亮", "松", "清", "雄", "良", "胜", "武", "振", "东"};
const std::vector<std::string> kFemaleChars = {
    "芳", "丽", "娟", "敏", "静", "燕", "霞", "红", "英", "兰", "萍", "玲", "梅", "琴", "慧",
    "珍", "云", "莉", "娜", "婷", "雪", "秀", "凤", "艳", "菊", "琳", "月", "洁", "倩", "利"};

std::string person_name(Rng& rng, bool male) {
  const auto& chars = male ? kMaleChars : kFemaleChars;
  std::string name = rng.pick(kSurnames) + rng.pick(chars);
  if (rng.chance(75)) name += rng.pick(chars);
  return name;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string digits(Rng& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.below(10));
  return s;
}

std::string mobile(Rng& rng) {
  static const std::vector<std::string> prefixes = {"135", "136", "137", "138", "139", "150",
                                                    "151", "152", "158", "159", "173", "177",
                                                    "180", "181", "187", "188", "199"};
  return rng.pick(prefixes) + digits(rng, 8);
}

std::string chinese_number(int n) {
  static const char* const d[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (n <= 10) return d[n];
  return std::string("十") + d[n - 10];
}

std::string unit_of_place(const std::string& town, const std::string& place) {
  bool village = place.size() >= 3 && place.compare(place.size() - 3, 3, "村") == 0;
  return town + place + (village ? "村民委员会" : "居民委员会");
}

struct Workstation {
  std::int64_t id = 0;
  std::size_t town = 0;
};

struct Deputy {
  std::string level;
  std::size_t town = 0;
  bool party = true;
  std::string name;
  bool male = true;
  std::int64_t person_id = 0;
  std::string started_on;
};

struct LevelPlan {
  const char* level;
  int count;
  int non_party;
  int term;
  const char* started_on;
};

// 5 + 27 + 154 + 114 = 300 deputies; 1 + 4 + 21 + 16 = 42 not party members → 258 are.
const std::array<LevelPlan, 4> kPlan = {{{"province", 5, 1, 14, "2023-01-13"},
                                         {"city", 27, 4, 9, "2022-01-06"},
                                         {"district", 154, 21, 6, "2021-12-20"},
                                         {"town", 114, 16, 18, "2021-12-15"}}};

// The party-member deputies the article names (刘建军 becomes the demo account `deputy`).
struct Named {
  const char* name;
  bool male;
  std::size_t town;
};
const std::array<Named, 5> kNamed = {{{"刘建军", true, 0},
                                      {"向锋", true, 1},
                                      {"彭伟球", true, 3},
                                      {"林望菊", false, 2},
                                      {"易升明", true, 4}}};

const std::vector<std::string> kContacts = {
    "走访了解其所在村产业发展情况，听取对乡村振兴项目的意见建议",
    "电话沟通本季度代表工作室接待选民日安排，约定共同参加接待",
    "共同参加代表工作室接待选民日，听取选民对农村道路修缮的意见",
    "微信交流农村人居环境整治情况，约定下月一同实地调研",
    "座谈交流学习区人大常委会会议精神，征求对常委会工作的意见",
    "走访其所在企业，了解复工复产和用工方面的困难",
    "电话沟通其拟提出的关于校园周边交通安全的代表建议",
    "共同参加民生实事项目视察，交流对项目推进情况的看法",
    "座谈交流水污染防治执法检查中发现的问题，商议跟踪监督方式",
    "微信沟通选民反映的饮水安全问题办理进展"};
const std::vector<std::string> kFollowUps = {"",
                                             "",
                                             "意见已转交区住房和城乡建设局办理",
                                             "已整理成代表建议，拟在区人代会上提出",
                                             "问题已转镇（街道）人大跟踪督办",
                                             ""};
const std::vector<std::string> kWays = {"visit", "phone", "meeting", "wechat", "visit", "phone"};

std::int64_t create_deputy_person(App& app, db::Connection& conn, Rng& rng, Deputy& d, int index,
                                  const std::string& today, std::int64_t now) {
  int year = 1955 + rng.below(41);
  if (d.level == "province" || d.level == "city") year = std::min(year, 1980);
  std::string birth = std::to_string(year) + "-" + two_digits(1 + rng.below(12)) + "-" +
                      two_digits(1 + rng.below(28));
  std::string compact = birth.substr(0, 4) + birth.substr(5, 2) + birth.substr(8, 2);
  const Town& town = towns()[d.town];
  const std::string& place = rng.pick(town.places);
  static const std::vector<std::pair<std::string, std::string>> kJobs = {
      {"云溪区人民医院", "主治医师"}, {"云溪区第一中学", "教师"},
      {"巴陵石化公司", "高级工程师"}, {"岳阳绿色化工高新区管委会", "科员"},
      {"云溪区中医医院", "护士长"},   {"岳阳市云溪区农业农村局", "农艺师"},
      {"个体工商户", "经营者"},       {"湖南云溪物流有限公司", "总经理"},
      {"云溪区人民法院", "审判员"},   {"云溪区实验小学", "校长"}};
  org::PersonInput p;
  p.name = d.name;
  p.gender = d.male ? "M" : "F";
  p.ethnicity = rng.chance(94) ? "汉族" : (rng.chance(50) ? "土家族" : "苗族");
  p.birth_date = birth;
  p.phone = mobile(rng);
  int job = rng.below(10);
  if (job < 4) {  // village or community cadres and residents
    p.unit = unit_of_place(town.name, place);
    p.post = d.party ? (job < 2 ? "党总支书记" : "委员") : "村（居）民代表";
  } else if (job < 6) {
    p.unit = town.name + (town.is_town ? "人民政府" : "办事处");
    p.post = town.is_town ? "副镇长" : "副主任";
  } else {
    const auto& j = rng.pick(kJobs);
    p.unit = j.first;
    p.post = j.second;
  }
  if (d.party) {
    p.political_status = "cpc_member";
    int joined_year = std::min(year + 22 + rng.below(14), 2019);
    p.joined_party_on = std::to_string(joined_year) + "-" + two_digits(1 + rng.below(12)) + "-" +
                        two_digits(1 + rng.below(28));
  } else {
    static const std::vector<std::string> kOthers = {"democratic_party", "non_party", "masses",
                                                     "masses"};
    p.political_status = kOthers[static_cast<std::size_t>(index) % kOthers.size()];
  }
  // Sequence numbers 300–899 keep the demo's ID numbers apart from one another; odd = male.
  int seq = 300 + 2 * index + (d.male ? 1 : 0);
  for (int k = 0; k < 50; ++k) {
    p.id_card = org::make_id_card("430603", compact, seq);
    if (conn.scalar("SELECT COUNT(*) FROM people WHERE id_card_index = ?",
                    {app.cipher().blind_index(p.id_card)}) == 0)
      break;
    seq = (seq + 600) % 1000;
    if (seq < 100) seq += 100;
  }
  auto errors = org::validate_person(p, today);
  if (!errors.empty()) {
    throw std::runtime_error("deputies demo: invalid person " + p.name + ": " + errors[0].field +
                             " " + errors[0].code);
  }
  return org::create_person(conn, app.cipher(), p, now);
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = org::china_today(now);
  Rng rng(kSeed);

  // 20 workstations: one 代表工作室 per town or street, three 代表联络站 in its villages.
  std::vector<Workstation> stations;
  std::vector<std::vector<std::int64_t>> by_town(towns().size());
  for (std::size_t t = 0; t < towns().size(); ++t) {
    const Town& town = towns()[t];
    for (std::size_t k = 0; k < 4; ++k) {
      // The 代表工作室 sits in the town's service centre, the 联络站 in three villages.
      const std::string& place = town.places[k == 0 ? 0 : k - 1];
      std::string name = k == 0 ? town.name + "人大代表工作室" : town.name + place + "代表联络站";
      std::string address = "岳阳市云溪区" + town.name +
                            (k == 0 ? std::string("便民服务中心二楼") : place + "党群服务中心一楼");
      std::string contact = person_name(rng, rng.chance(60));
      std::string phone = "0730-84" + digits(rng, 5);
      std::int64_t id = conn.query_one(
                                "INSERT INTO workstations (name, town, address, contact_name, "
                                "contact_phone, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                                {name, town.name, address, contact, phone, now})
                            ->i64("id");
      stations.push_back({id, t});
      by_town[t].push_back(id);
    }
  }

  // 300 deputies by level; the article's five named party members come first among the
  // district deputies.
  std::vector<Deputy> deputies;
  std::set<std::string> names;
  for (const auto& n : kNamed) names.insert(n.name);
  std::vector<std::size_t> street_or_town = {0, 1, 2, 3, 4};
  std::vector<std::size_t> towns_only = {3, 4};
  for (const auto& plan : kPlan) {
    bool district = std::string(plan.level) == "district";
    int fixed = district ? static_cast<int>(kNamed.size()) : 0;
    std::vector<int> party(static_cast<std::size_t>(plan.count - fixed), 1);
    for (int i = 0; i < plan.non_party; ++i) party[static_cast<std::size_t>(i)] = 0;
    rng.shuffle(party);
    for (int i = 0; i < plan.count; ++i) {
      Deputy d;
      d.level = plan.level;
      d.started_on = plan.started_on;
      if (i < fixed) {
        const auto& n = kNamed[static_cast<std::size_t>(i)];
        d.name = n.name;
        d.male = n.male;
        d.town = n.town;
        d.party = true;
      } else {
        d.party = party[static_cast<std::size_t>(i - fixed)] != 0;
        d.male = rng.chance(72);
        // Town deputies come from the two towns; streets have no congress of their own.
        d.town =
            std::string(plan.level) == "town" ? rng.pick(towns_only) : rng.pick(street_or_town);
        do {
          d.name = person_name(rng, d.male);
        } while (!names.insert(d.name).second);
      }
      deputies.push_back(d);
    }
  }

  for (std::size_t i = 0; i < deputies.size(); ++i) {
    Deputy& d = deputies[i];
    d.person_id = create_deputy_person(app, conn, rng, d, static_cast<int>(i), today, now);
    const Town& town = towns()[d.town];
    std::string constituency;
    if (d.level == "province")
      constituency = "岳阳市";
    else if (d.level == "city")
      constituency = "云溪区";
    else
      constituency =
          town.name + "第" + chinese_number(1 + rng.below(d.level == "town" ? 12 : 8)) + "选区";
    std::int64_t term = 0;
    for (const auto& plan : kPlan)
      if (d.level == plan.level) term = plan.term;
    std::int64_t ws = rng.pick(by_town[d.town]);
    conn.exec(
        "INSERT INTO deputies (person_id, level, term, constituency, workstation_id, started_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {d.person_id, d.level, term, constituency, ws, d.started_on});
  }

  // Organizational coverage: all but 18 party-member deputies join a functional branch
  // (双重组织生活, non-primary) → 240 / 258.
  std::vector<std::pair<std::int64_t, std::string>> branches;
  for (const auto& r : conn.query(
           "SELECT id, name FROM org_units WHERE kind = 'functional_branch' AND retired_at IS NULL "
           "ORDER BY sort_order, id")) {
    branches.emplace_back(r.i64("id"), r.str("name"));
  }
  const std::size_t liu = 5 + 27;  // 刘建军: the first district deputy
  std::vector<std::size_t> party_idx, nonparty_idx;
  for (std::size_t i = 0; i < deputies.size(); ++i)
    (deputies[i].party ? party_idx : nonparty_idx).push_back(i);
  std::vector<std::size_t> shuffled = party_idx;
  rng.shuffle(shuffled);
  std::set<std::size_t> uncovered;
  for (std::size_t i : shuffled) {
    if (uncovered.size() == 18) break;
    if (i >= liu && i < liu + kNamed.size()) continue;  // the named ones are all covered
    uncovered.insert(i);
  }
  if (!branches.empty()) {
    std::int64_t legal = branches.front().first;
    for (const auto& b : branches)
      if (b.second.find("法制") != std::string::npos) legal = b.first;
    for (std::size_t i : party_idx) {
      if (uncovered.count(i)) continue;
      std::int64_t unit = i == liu ? legal : rng.pick(branches).first;
      org::add_membership(conn, deputies[i].person_id, unit, "member", false,
                          add_days("2022-03-01", rng.below(60)));
    }
  }

  // Work coverage: 38 of the 42 non-party deputies get a party-member liaison from their own
  // town or street (three of them a second one); 刘建军 keeps three.
  std::vector<std::size_t> linked = nonparty_idx;
  rng.shuffle(linked);
  linked.resize(38);
  std::vector<std::vector<std::size_t>> party_by_town(towns().size());
  for (std::size_t i : party_idx) {
    if (i != liu) party_by_town[deputies[i].town].push_back(i);
  }
  struct Link {
    std::size_t party, nonparty;
  };
  std::vector<Link> links;
  for (std::size_t k = 0; k < linked.size(); ++k) {
    std::size_t np = linked[k];
    std::size_t p = k < 3 ? liu : rng.pick(party_by_town[deputies[np].town]);
    links.push_back({p, np});
    if (k >= 3 && k < 6) {
      std::size_t second = p;
      while (second == p) second = rng.pick(party_by_town[deputies[np].town]);
      links.push_back({second, np});
    }
  }
  std::string quarter = quarter_start(today);
  std::int64_t days_in = days_from_date(today) - days_from_date(quarter) + 1;
  std::optional<std::int64_t> recorder;
  if (auto r = conn.query_one("SELECT id FROM users WHERE username = 'clerk'"))
    recorder = r->i64("id");
  std::int64_t contacts = 0, overdue = 0;
  for (std::size_t k = 0; k < links.size(); ++k) {
    const Link& l = links[k];
    std::string assigned = add_days("2022-03-01", rng.below(120));
    std::int64_t id =
        conn.query_one(
                "INSERT INTO liaisons (party_person_id, nonparty_person_id, "
                "assigned_on) VALUES (?, ?, ?) RETURNING id",
                {deputies[l.party].person_id, deputies[l.nonparty].person_id, assigned})
            ->i64("id");
    std::vector<std::string> dates;
    int earlier = 1 + rng.below(4);
    for (int c = 0; c < earlier; ++c) {
      std::string d = add_days(quarter, -(1 + rng.below(540)));
      if (d >= assigned) dates.push_back(d);
    }
    // 刘建军's first and third liaisons are up to date, the second is overdue; the rest ~60 %.
    bool this_quarter = l.party == liu ? k != 1 : rng.chance(60);
    if (this_quarter) {
      dates.push_back(add_days(quarter, rng.below(static_cast<int>(days_in))));
    } else {
      ++overdue;
    }
    std::sort(dates.begin(), dates.end());
    for (const auto& d : dates) {
      conn.exec(
          "INSERT INTO contact_logs (liaison_id, contacted_on, way, content, follow_up, "
          "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {id, d, rng.pick(kWays), rng.pick(kContacts), rng.pick(kFollowUps),
           recorder ? db::Value(*recorder) : db::Value(), days_from_date(d) * 86400 + 2 * 3600});
      ++contacts;
    }
  }

  // The demo account `deputy` (刘代表) is 刘建军's user account.
  if (auto u = conn.query_one("SELECT id FROM users WHERE username = 'deputy'")) {
    conn.exec("UPDATE people SET user_id = ? WHERE id = ?",
              {u->i64("id"), deputies[liu].person_id});
  }

  report.lines.push_back(
      "Deputies: " + std::to_string(deputies.size()) +
      " (5 province, 27 city, 154 district, 114 town; " + std::to_string(party_idx.size()) +
      " party members) in " + std::to_string(stations.size()) + " workstations; " +
      std::to_string(links.size()) + " liaisons (" + std::to_string(overdue) + " overdue), " +
      std::to_string(contacts) + " contact logs; the account `deputy` is 刘建军");
}

}  // namespace md::deputies

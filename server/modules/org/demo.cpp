// Demo data: the rest of the seed article's tree (functional branches for every special
// committee, the guided town and street bodies), the committees, and about thirty office
// staff with their memberships. The demo users leader, branch, member and clerk get person
// records. A fixed seed and an own PRNG make every run produce the same people.
#include <ctime>
#include <set>
#include <stdexcept>

#include "modules/org/rules.hpp"
#include "modules/org/store.hpp"
#include "platform/core/app.hpp"

namespace md::org {
namespace {

// 64-bit LCG (Knuth's MMIX constants): the same numbers on every platform and library.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint32_t next() {
    s_ = s_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(s_ >> 33);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }

 private:
  std::uint64_t s_;
};

constexpr std::uint64_t kSeed = 20200610;

const char* const kSurnames[] = {"张", "刘", "杨", "黄", "吴", "徐", "孙", "胡", "朱", "高",
                                 "林", "何", "郭", "罗", "梁", "宋", "谢", "唐", "许", "邓",
                                 "彭", "曾", "萧", "田", "董", "袁", "潘", "蒋", "蔡", "余"};
const char* const kMaleNames[] = {"建国", "志强", "卫东", "海波", "文斌", "国平", "俊杰", "德明",
                                  "振华", "永刚", "思远", "浩然", "立军", "红兵", "家乐", "子轩"};
const char* const kFemaleNames[] = {"丽华", "晓燕", "秀英", "静怡", "雅琴", "慧敏", "玉兰", "海燕",
                                    "春梅", "婷婷", "佳怡", "美玲", "素芳", "雪梅", "小红", "桂英"};
const char* const kPosts[] = {"一级主任科员", "二级主任科员", "四级主任科员", "科员",
                              "秘书",         "副主任",       "一级科员"};

struct CommitteeDef {
  const char* name;
  int order;
};
const CommitteeDef kCommittees[] = {{"法制委员会", 1},
                                    {"财政经济委员会", 2},
                                    {"农业农村委员会", 3},
                                    {"教育科学文化卫生委员会", 4},
                                    {"城乡建设环境资源保护委员会", 5},
                                    {"社会建设委员会", 6}};

std::int64_t unit_id(db::Connection& conn, const std::string& name) {
  auto id = find_active_unit_by_name(conn, name);
  if (!id) throw std::runtime_error("org demo: missing unit " + name);
  return *id;
}

std::int64_t ensure_unit(db::Connection& conn, std::int64_t parent, const std::string& name,
                         const std::string& kind, std::int64_t now) {
  if (auto id = find_active_unit_by_name(conn, name)) return *id;
  std::int64_t id = insert_unit(conn, parent, name, kind, now);
  record_history(conn, id, "create", std::nullopt, name, std::nullopt, parent, std::nullopt, now);
  return id;
}

std::optional<std::int64_t> user_id(db::Connection& conn, const std::string& username) {
  auto r = conn.query_one("SELECT id FROM users WHERE username = ?", {username});
  if (!r) return std::nullopt;
  return r->i64("id");
}

struct Person {
  std::string name;
  std::string gender;
  int birth_year;
  std::string status;
  std::string unit;
  std::string post;
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  const std::string today_ = china_today(now);
  Rng rng(kSeed);

  // The skeleton accounts made: give it creation times and history.
  conn.exec("UPDATE org_units SET created_at = ? WHERE created_at = 0", {now});
  for (const auto& r : conn.query("SELECT id, parent_id, name FROM org_units ORDER BY id")) {
    record_history(conn, r.i64("id"), "create", std::nullopt, r.str("name"), std::nullopt,
                   r.opt_i64("parent_id"), std::nullopt, now);
  }
  std::int64_t group = unit_id(conn, "云溪区人大常委会党组");
  std::int64_t office = unit_id(conn, "机关党支部");
  std::int64_t office_group = unit_id(conn, "机关党支部第一党小组");

  std::vector<std::int64_t> branches;
  for (const auto& c : kCommittees) {
    std::int64_t b =
        ensure_unit(conn, group, std::string(c.name) + "功能型党支部", "functional_branch", now);
    branches.push_back(b);
    conn.exec("INSERT INTO committees (name, kind, branch_id, sort_order) VALUES (?, ?, ?, ?)",
              {std::string(c.name), std::string("special"), b, std::int64_t{c.order}});
  }
  for (const char* s : {"云溪街道人大工委", "长岭街道人大工委", "松阳湖街道人大工委"}) {
    ensure_unit(conn, group, s, "street_committee", now);
  }
  for (const char* s : {"陆城镇人大", "路口镇人大"})
    ensure_unit(conn, group, s, "town_congress", now);

  std::set<std::string> used = {"周立新", "李明", "王芳", "陈静"};
  auto random_person = [&](const std::string& unit, const std::string& status) {
    Person p;
    do {
      p.gender = rng.below(2) == 0 ? "M" : "F";
      p.name = std::string(kSurnames[rng.below(30)]) +
               (p.gender == "M" ? kMaleNames[rng.below(16)] : kFemaleNames[rng.below(16)]);
    } while (!used.insert(p.name).second);
    p.birth_year = rng.between(1966, 1997);
    p.status = status;
    p.unit = unit;
    p.post = kPosts[rng.below(7)];
    return p;
  };

  int sequence = 0;
  std::int64_t people = 0;
  auto add = [&](Person p, std::optional<std::string> username) {
    char birth[16];
    int month = rng.between(1, 12), day = rng.between(1, 28);
    std::snprintf(birth, sizeof birth, "%04d%02d%02d", p.birth_year, month, day);
    int seq = (++sequence) * 2 + (p.gender == "M" ? 1 : 0);
    char phone[16];
    std::snprintf(phone, sizeof phone, "139073%05d", rng.below(100000));
    PersonInput in;
    in.name = p.name;
    in.gender = p.gender;
    in.ethnicity = rng.below(10) == 0 ? "土家族" : "汉族";
    in.birth_date = std::string(birth).substr(0, 4) + "-" + std::string(birth).substr(4, 2) + "-" +
                    std::string(birth).substr(6, 2);
    in.id_card = make_id_card("430603", birth, seq);
    in.phone = phone;
    in.political_status = p.status;
    if (is_party_member(p.status)) {
      in.joined_party_on = add_years(in.birth_date, rng.between(20, 30));
      if (p.status == "cpc_probationary") in.joined_party_on = add_years(today_, -1);
      if (in.joined_party_on > today_) in.joined_party_on = add_years(today_, -2);
    }
    in.unit = p.unit;
    in.post = p.post;
    auto errors = validate_person(in, today_);
    if (!errors.empty()) {
      throw std::runtime_error("org demo: invalid person " + p.name + ": " + errors[0].code);
    }
    std::int64_t id = create_person(conn, app.cipher(), in, now);
    if (username) {
      if (auto uid = user_id(conn, *username)) {
        conn.exec("UPDATE people SET user_id = ? WHERE id = ?", {*uid, id});
      }
    }
    ++people;
    return std::make_pair(id, in.joined_party_on.empty()
                                  ? std::string("2016-03-01")
                                  : std::max(in.joined_party_on, std::string("2016-03-01")));
  };

  const std::string office_unit = "云溪区人大常委会办公室";
  // The demo accounts' own records.
  auto [leader, leader_from] =
      add({"周立新", "M", 1968, "cpc_member", "云溪区人大常委会", "党组书记、主任"}, "leader");
  add_membership(conn, leader, office, "member", true, leader_from);
  auto [branch, branch_from] =
      add({"李明", "M", 1975, "cpc_member", office_unit, "办公室主任"}, "branch");
  add_membership(conn, branch, office, "secretary", true, branch_from);
  auto [member, member_from] =
      add({"王芳", "F", 1988, "cpc_member", office_unit, "科员"}, "member");
  add_membership(conn, member, office, "member", true, member_from);
  add_membership(conn, member, office_group, "member", false, member_from);
  auto [clerk, clerk_from] =
      add({"陈静", "F", 1990, "cpc_member", "云溪区人大常委会法制委员会", "四级主任科员"}, "clerk");
  add_membership(conn, clerk, office, "member", true, clerk_from);
  add_membership(conn, clerk, branches[0], "member", false, clerk_from);

  // The office branch's committee (支委).
  for (const char* role : {"deputy_secretary", "organization", "propaganda", "discipline"}) {
    auto [id, from] = add(random_person(office_unit, "cpc_member"), std::nullopt);
    add_membership(conn, id, office, role, true, from);
  }
  // Committee staff: home branch = 机关党支部, plus their committee's functional branch.
  for (std::size_t i = 0; i < std::size(kCommittees); ++i) {
    std::string unit = std::string("云溪区人大常委会") + kCommittees[i].name;
    for (const char* role : {"secretary", "organization"}) {
      Person p = random_person(unit, "cpc_member");
      p.post = std::string(role) == "secretary" ? "主任委员" : "副主任";
      auto [id, from] = add(p, std::nullopt);
      add_membership(conn, id, office, "member", true, from);
      add_membership(conn, id, branches[i], role, false, from);
    }
  }
  // Further office staff, some also in the first party group.
  for (int i = 0; i < 6; ++i) {
    auto [id, from] =
        add(random_person(office_unit, i == 5 ? "cpc_probationary" : "cpc_member"), std::nullopt);
    add_membership(conn, id, office, "member", true, from);
    if (i < 3) add_membership(conn, id, office_group, "member", false, from);
  }
  // Staff who are not party members.
  for (const char* status : {"cyl_member", "democratic_party", "non_party", "masses"}) {
    add(random_person(office_unit, status), std::nullopt);
  }
  report.lines.push_back("Organization: " + std::to_string(std::size(kCommittees)) +
                         " committees with functional branches, 5 guided town/street bodies, " +
                         std::to_string(people) + " people");
}

}  // namespace md::org

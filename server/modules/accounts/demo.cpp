// Demo data: the organization skeleton of the seed article and one account per role.
// Every account starts with the same known initial password and must change it.
#include <ctime>

#include "modules/accounts/store.hpp"
#include "platform/core/app.hpp"

namespace md::accounts {

/// The initial password of every demo account (printed by `mingdeng demo`).
constexpr const char* kDemoPassword = "Mingdeng@2026";

namespace {

std::int64_t add_unit(db::Connection& conn, std::optional<std::int64_t> parent,
                      const std::string& name, const std::string& kind, std::int64_t order) {
  return conn
      .query_one(
          "INSERT INTO org_units (parent_id, name, kind, sort_order) VALUES (?, ?, ?, ?) RETURNING "
          "id",
          {parent ? db::Value(*parent) : db::Value(), name, kind, order})
      ->i64("id");
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  auto group = add_unit(conn, std::nullopt, "云溪区人大常委会党组", "party_group", 1);
  auto office = add_unit(conn, group, "机关党支部", "branch", 2);
  auto legal = add_unit(conn, group, "法制委员会功能型党支部", "functional_branch", 3);
  add_unit(conn, group, "财政经济委员会功能型党支部", "functional_branch", 4);
  add_unit(conn, group, "农业农村委员会功能型党支部", "functional_branch", 5);
  add_unit(conn, office, "机关党支部第一党小组", "group", 6);
  add_unit(conn, legal, "法制委员会党小组", "group", 7);

  struct DemoUser {
    const char* username;
    const char* name;
    const char* role;
    std::int64_t org;
    const char* phone;
  };
  const DemoUser users[] = {
      {"admin", "系统管理员", "sys_admin", group, "13807300001"},
      {"secadmin", "安全管理员", "sec_admin", group, "13807300002"},
      {"auditor", "审计管理员", "audit_admin", group, "13807300003"},
      {"leader", "周书记", "leader", group, "13807300004"},
      {"branch", "李支书", "branch_officer", office, "13807300005"},
      {"member", "王党员", "member", office, "13807300006"},
      {"deputy", "刘代表", "deputy", legal, "13807300007"},
      {"clerk", "陈干事", "clerk", office, "13807300008"},
      {"teller", "赵计票", "teller", office, "13807300009"},
      // The answering account of 区住建局 (the opinions demo links it to the department).
      {"dept", "住建局黄科长", "department", group, "13807300010"},
  };
  report.lines.emplace_back(
      "Demo accounts (initial password " + std::string(kDemoPassword) +
      ", to be changed at first sign-in; admin roles then set up a TOTP app):");
  for (const auto& u : users) {
    create_user(conn, app.cipher(), NewUser{u.username, u.name, u.phone, u.org, {u.role}}, now,
                std::string(kDemoPassword));
    report.lines.push_back("  " + std::string(u.username) + "  (" + u.role + ", " + u.name + ")");
  }
}

}  // namespace md::accounts

// POST /api/people/import: an .xlsx roster (the export's columns) checked row by row, on the
// platform import kit (platform/excel/import.hpp). mode=all imports nothing unless every row is
// valid; mode=valid imports the good rows. A row whose ID card is already registered updates
// that person (so an exported roster can be edited and imported again); the same ID twice in
// one file rejects the later row. GET /api/people/import/template: the template.
#include <map>

#include "modules/org/routes.hpp"
#include "modules/org/rules.hpp"
#include "modules/org/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/app.hpp"
#include "platform/excel/import.hpp"

namespace md::org {
using http::Context;
using http::Json;
using http::Response;

namespace {

constexpr std::size_t kMaxRows = 20000;

struct Rule {
  bool required;
  const char* example;
  const char* zh;
  const char* en;
};

// The roster columns as import columns: required ones, the template's example, the rule.
std::vector<excel::ImportColumn> import_columns() {
  static const std::map<std::string, Rule> rules = {
      {"name", {true, "张三", "姓名", "Full name"}},
      {"genderName",
       {true, "男", "男 或 女，须与身份证号一致", "男/女 (M/F), as the ID card says"}},
      {"ethnicity", {true, "汉族", "民族全称，如 汉族", "Ethnic group, e.g. 汉族"}},
      {"birthDate",
       {true, "1980-05-01", "YYYY-MM-DD，须与身份证号一致", "YYYY-MM-DD, as the ID card says"}},
      {"idCard",
       {true, "", "18 位居民身份证号（已登记的身份证号将更新此人）",
        "18-character ID card number (a registered one updates that person)"}},
      {"phone", {false, "13807300000", "11 位手机号，可空", "11-digit mobile number, optional"}},
      {"politicalStatusName",
       {true, "中共党员", "中共党员、中共预备党员、共青团员、民主党派、无党派人士或群众",
        "CPC member, probationary member, CYL member, democratic party, non-party or masses"}},
      {"joinedPartyOn",
       {false, "2005-07-01", "YYYY-MM-DD，仅党员和预备党员填写",
        "YYYY-MM-DD, only for Party members and probationary members"}},
      {"unit", {false, "区人大常委会办公室", "工作单位", "Work unit"}},
      {"post", {false, "科员", "职务", "Post"}},
      {"primaryUnitName",
       {false, "", "所属党组织全称（支部书记只能导入本支部及下级）",
        "Full name of the Party organization (branch officers: their own subtree)"}},
      {"primaryRoleName",
       {false, "党员", "书记、副书记、组织委员、宣传委员、纪检委员或党员，空为党员",
        "Secretary, deputy secretary, organization, propaganda, discipline or member; empty: "
        "member"}},
  };
  std::vector<excel::ImportColumn> cols;
  for (const auto& c : roster_columns()) {
    const auto& r = rules.at(c.key);
    std::string example = r.example;
    if (std::string(c.key) == "idCard") example = make_id_card("430602", "19800501", 11);
    cols.push_back({c.key, c.zh, c.en, r.required, example, r.zh, r.en, c.width});
  }
  return cols;
}

struct GoodRow {
  PersonInput person;
  std::optional<std::int64_t> unit;
  std::string role;
  std::optional<std::int64_t> existing;
};

}  // namespace

Response people_import_template(Context& ctx) {
  return excel::template_xlsx(
      ctx, ctx.lang == i18n::Lang::en ? "people-import-template" : "人员名册导入模板",
      import_columns());
}

Response import_people(Context& ctx) {
  excel::ImportFile file(ctx, import_columns(), kMaxRows);
  // The roster column a field error belongs to (for the report).
  file.map_field("gender", "genderName");
  file.map_field("politicalStatus", "politicalStatusName");
  file.map_field("orgUnit", "primaryUnitName");
  file.map_field("role", "primaryRoleName");

  bool whole = false;
  for (const auto& r : ctx.me().roles) whole = whole || whole_scope_roles().count(r) > 0;
  std::set<std::int64_t> scope;
  if (!whole && ctx.me().org_unit_id) scope = auth::org_subtree(ctx.db, *ctx.me().org_unit_id);
  const std::string today_ = today(ctx);
  const auto& cipher = ctx.app.cipher();

  db::Transaction tx(ctx.db);
  std::vector<GoodRow> good;
  std::map<std::string, int> seen;  // blind index → first row
  std::map<std::string, std::optional<std::int64_t>> unit_ids;
  for (const auto& row : file.data_rows()) {
    auto cell = [&](const char* key) { return file.cell(row, key); };
    PersonInput p{
        cell("name"),   cell("genderName"), cell("ethnicity"),           cell("birthDate"),
        cell("idCard"), cell("phone"),      cell("politicalStatusName"), cell("joinedPartyOn"),
        cell("unit"),   cell("post")};
    if (auto g = gender_code(p.gender); !g.empty()) p.gender = g;
    if (auto s = status_code(p.political_status); !s.empty()) p.political_status = s;
    if (p.id_card.size() == 18 && p.id_card[17] == 'x') p.id_card[17] = 'X';
    std::vector<FieldError> errors = validate_person(p, today_);

    GoodRow g{p, std::nullopt, "member", std::nullopt};
    std::string role_text = cell("primaryRoleName");
    if (!role_text.empty()) {
      g.role = role_code(role_text);
      if (g.role.empty()) errors.push_back({"role", "validation.not_an_option", {}});
    }
    std::string unit_name = cell("primaryUnitName");
    if (!unit_name.empty()) {
      if (!unit_ids.count(unit_name))
        unit_ids[unit_name] = find_active_unit_by_name(ctx.db, unit_name);
      g.unit = unit_ids[unit_name];
      if (!g.unit)
        errors.push_back({"orgUnit", "org.unit_unknown", {}});
      else if (!whole && !scope.count(*g.unit))
        errors.push_back({"orgUnit", "org.outside_scope", {}});
    } else if (!whole) {
      errors.push_back({"orgUnit", "validation.required", {}});
    }
    bool id_ok = true;
    for (const auto& e : errors) id_ok = id_ok && e.field != "idCard";
    if (id_ok) {
      std::string index = cipher.blind_index(p.id_card);
      if (auto it = seen.find(index); it != seen.end()) {
        errors.push_back(
            {"idCard", "import.duplicate_in_file", {{"row", std::to_string(it->second)}}});
      } else {
        seen[index] = row.number;
        g.existing = person_by_id_card(ctx.db, cipher, p.id_card);
        if (g.existing && !whole) {
          bool covered = false;
          for (auto u : person_units(ctx.db, *g.existing)) covered = covered || scope.count(u) > 0;
          if (!covered) errors.push_back({"idCard", "org.outside_scope", {}});
        }
      }
    }
    file.reject(row.number, errors);
    if (errors.empty()) good.push_back(std::move(g));
  }
  if (file.refused()) return file.refusal();

  bool en = ctx.lang == i18n::Lang::en;
  for (const auto& g : good) {
    if (g.existing) {
      Json before = *person_json(ctx.db, *g.existing, en);
      update_person(ctx.db, cipher, *g.existing, g.person, ctx.now);
      if (g.unit && !current_primary(ctx.db, *g.existing)) {
        add_membership(ctx.db, *g.existing, *g.unit, g.role, true, today_);
      }
      ctx.audit("people.update", "person", std::to_string(*g.existing), before,
                *person_json(ctx.db, *g.existing, en));
      ++file.updated;
    } else {
      std::int64_t id = create_person(ctx.db, cipher, g.person, ctx.now);
      if (g.unit) add_membership(ctx.db, id, *g.unit, g.role, true, today_);
      ctx.audit("people.create", "person", std::to_string(id), nullptr,
                *person_json(ctx.db, id, en));
      ++file.imported;
    }
  }
  ctx.audit("people.import", "person", "", nullptr, file.summary());
  tx.commit();
  return file.result();
}

}  // namespace md::org

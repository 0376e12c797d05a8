// POST /api/people/import: an .xlsx roster (the export's columns) checked row by row.
// mode=all imports nothing unless every row is valid; mode=valid imports the good rows.
// A row whose ID card is already registered updates that person (so an exported roster can be
// edited and imported again); the same ID twice in one file rejects the later row.
#include <map>

#include "modules/org/routes.hpp"
#include "modules/org/rules.hpp"
#include "modules/org/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/app.hpp"
#include "platform/excel/xlsx_reader.hpp"

namespace md::org {
using http::Context;
using http::Json;
using http::Response;

namespace {

constexpr std::size_t kMaxRows = 20000;

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The roster column a field error belongs to (for the report).
std::string column_key(const std::string& field) {
  static const std::map<std::string, std::string> keys = {
      {"gender", "genderName"},
      {"politicalStatus", "politicalStatusName"},
      {"orgUnit", "primaryUnitName"},
      {"role", "primaryRoleName"}};
  auto it = keys.find(field);
  return it == keys.end() ? field : it->second;
}

struct GoodRow {
  PersonInput person;
  std::optional<std::int64_t> unit;
  std::string role;
  std::optional<std::int64_t> existing;
};

}  // namespace

Response import_people(Context& ctx) {
  std::string mode = ctx.query("mode", "all");
  if (mode != "all" && mode != "valid") throw bad_request("request.bad_query", {{"param", "mode"}});
  auto limit_mb = ctx.settings().get_int("general.upload_max_mb");
  if (static_cast<std::int64_t>(ctx.req.body.size()) > limit_mb * 1024 * 1024) {
    throw ApiError(413, "request.too_large", {{"max", std::to_string(limit_mb) + " MB"}});
  }
  excel::Sheet sheet = excel::read_xlsx(ctx.req.body, kMaxRows);
  if (sheet.rows.empty() || sheet.rows[0].number != 1) throw bad_request("import.bad_header");

  // Header: each cell names a roster column in either language.
  const auto& columns = roster_columns();
  std::map<std::string, std::size_t> at;  // column key → cell index
  std::map<std::string, std::string> header_text;
  for (std::size_t i = 0; i < sheet.rows[0].cells.size(); ++i) {
    std::string h = trim(sheet.rows[0].cells[i]);
    if (h.empty()) continue;
    for (const auto& c : columns) {
      if (h == c.zh || lower(h) == lower(c.en)) {
        if (at.count(c.key)) throw bad_request("import.bad_header", {{"column", h}});
        at[c.key] = i;
        header_text[c.key] = h;
      }
    }
  }
  std::vector<FieldError> missing;  // required columns, named in the 400's fields
  for (const char* key :
       {"name", "genderName", "ethnicity", "birthDate", "idCard", "politicalStatusName"}) {
    if (at.count(key)) continue;
    for (const auto& c : columns) {
      if (std::string(c.key) == key) {
        missing.push_back({ctx.lang == i18n::Lang::en ? c.en : c.zh, "validation.required", {}});
      }
    }
  }
  if (!missing.empty()) throw ApiError(400, "import.bad_header", {}, missing);

  bool whole = false;
  for (const auto& r : ctx.me().roles) whole = whole || whole_scope_roles().count(r) > 0;
  std::set<std::int64_t> scope;
  if (!whole && ctx.me().org_unit_id) scope = auth::org_subtree(ctx.db, *ctx.me().org_unit_id);
  const std::string today_ = today(ctx);
  const auto& cipher = ctx.app.cipher();

  db::Transaction tx(ctx.db);
  Json rejected = Json::array();
  std::vector<GoodRow> good;
  std::map<std::string, int> seen;  // blind index → first row
  std::map<std::string, std::optional<std::int64_t>> unit_ids;
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const auto& row = sheet.rows[r];
    auto cell = [&](const char* key) {
      auto it = at.find(key);
      if (it == at.end() || it->second >= row.cells.size()) return std::string();
      return trim(row.cells[it->second]);
    };
    std::vector<FieldError> errors;
    PersonInput p{
        cell("name"),   cell("genderName"), cell("ethnicity"),           cell("birthDate"),
        cell("idCard"), cell("phone"),      cell("politicalStatusName"), cell("joinedPartyOn"),
        cell("unit"),   cell("post")};
    if (auto g = gender_code(p.gender); !g.empty()) p.gender = g;
    if (auto s = status_code(p.political_status); !s.empty()) p.political_status = s;
    if (p.id_card.size() == 18 && p.id_card[17] == 'x') p.id_card[17] = 'X';
    errors = validate_person(p, today_);

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
    for (const auto& e : errors) {
      std::string key = column_key(e.field);
      rejected.push_back({{"row", row.number},
                          {"field", e.field},
                          {"column", header_text.count(key) ? header_text[key] : key},
                          {"code", e.code},
                          {"message", ctx.t(e.code, e.params)}});
    }
    if (errors.empty()) good.push_back(std::move(g));
  }

  if (mode == "all" && !rejected.empty()) {
    std::size_t rows = 0;
    int last = 0;
    for (const auto& e : rejected) {
      if (e["row"].get<int>() != last) ++rows;
      last = e["row"].get<int>();
    }
    return Response::json(
        {{"code", "import.rows_invalid"},
         {"message", ctx.t("import.rows_invalid", {{"count", std::to_string(rows)}})},
         {"fields", Json::array()},
         {"report", {{"imported", 0}, {"updated", 0}, {"rejected", rejected}}}},
        422);
  }

  std::int64_t imported = 0, updated = 0;
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
      ++updated;
    } else {
      std::int64_t id = create_person(ctx.db, cipher, g.person, ctx.now);
      if (g.unit) add_membership(ctx.db, id, *g.unit, g.role, true, today_);
      ctx.audit("people.create", "person", std::to_string(id), nullptr,
                *person_json(ctx.db, id, en));
      ++imported;
    }
  }
  ctx.audit("people.import", "person", "", nullptr,
            {{"mode", mode},
             {"imported", imported},
             {"updated", updated},
             {"rejected", rejected.size()}});
  tx.commit();
  return Response::json({{"imported", imported}, {"updated", updated}, {"rejected", rejected}});
}

}  // namespace md::org

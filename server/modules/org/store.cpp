#include "modules/org/store.hpp"

#include "modules/org/rules.hpp"
#include "platform/crypto/mask.hpp"
#include "platform/i18n/collation.hpp"

namespace md::org {
namespace {

db::Value opt(std::optional<std::int64_t> v) { return v ? db::Value(*v) : db::Value(); }
db::Value opt_text(const std::string& s) { return s.empty() ? db::Value() : db::Value(s); }
json opt_json(std::optional<std::int64_t> v) { return v ? json(*v) : json(); }
json opt_json(const std::optional<std::string>& v) { return v ? json(*v) : json(); }

Unit unit_of(const db::Row& r) {
  return Unit{r.i64("id"), r.opt_i64("parent_id"), r.str("name"), r.str("kind"),
              !r.is_null("retired_at")};
}

Membership membership_of(const db::Row& r) {
  return Membership{r.i64("id"),          r.i64("person_id"),       r.i64("org_unit_id"),
                    r.str("role"),        r.i64("is_primary") != 0, r.str("started_on"),
                    r.opt_str("ended_on")};
}

constexpr const char* kMembershipColumns =
    "SELECT id, person_id, org_unit_id, role, is_primary, started_on, ended_on FROM memberships ";

}  // namespace

std::optional<Unit> find_unit(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      "SELECT id, parent_id, name, kind, retired_at FROM org_units WHERE id = ?", {id});
  if (!r) return std::nullopt;
  return unit_of(*r);
}

std::optional<std::int64_t> find_active_unit_by_name(db::Connection& conn,
                                                     const std::string& name) {
  auto r = conn.query_one(
      "SELECT id FROM org_units WHERE name = ? AND retired_at IS NULL ORDER BY id LIMIT 1", {name});
  if (!r) return std::nullopt;
  return r->i64("id");
}

std::map<std::int64_t, std::optional<std::int64_t>> unit_parents(db::Connection& conn) {
  std::map<std::int64_t, std::optional<std::int64_t>> out;
  for (const auto& r : conn.query("SELECT id, parent_id FROM org_units")) {
    out[r.i64("id")] = r.opt_i64("parent_id");
  }
  return out;
}

json unit_json(const Unit& u) {
  return {{"id", u.id},
          {"parentId", opt_json(u.parent_id)},
          {"name", u.name},
          {"kind", u.kind},
          {"retired", u.retired}};
}

std::int64_t insert_unit(db::Connection& conn, std::optional<std::int64_t> parent,
                         const std::string& name, const std::string& kind, std::int64_t now) {
  std::int64_t order = conn.scalar("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM org_units");
  return conn
      .query_one(
          "INSERT INTO org_units (parent_id, name, kind, sort_order, created_at) "
          "VALUES (?, ?, ?, ?, ?) RETURNING id",
          {opt(parent), name, kind, order, now})
      ->i64("id");
}

void record_history(db::Connection& conn, std::int64_t unit, const std::string& action,
                    const std::optional<std::string>& old_name,
                    const std::optional<std::string>& new_name,
                    std::optional<std::int64_t> old_parent, std::optional<std::int64_t> new_parent,
                    std::optional<std::int64_t> by, std::int64_t now) {
  conn.exec(
      "INSERT INTO org_unit_history (org_unit_id, action, old_name, new_name, old_parent_id, "
      "new_parent_id, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {unit, action, old_name ? db::Value(*old_name) : db::Value(),
       new_name ? db::Value(*new_name) : db::Value(), opt(old_parent), opt(new_parent), opt(by),
       now});
}

std::int64_t current_member_count(db::Connection& conn, std::int64_t unit) {
  return conn.scalar("SELECT COUNT(*) FROM memberships WHERE org_unit_id = ? AND ended_on IS NULL",
                     {unit});
}

std::int64_t active_child_count(db::Connection& conn, std::int64_t unit) {
  return conn.scalar("SELECT COUNT(*) FROM org_units WHERE parent_id = ? AND retired_at IS NULL",
                     {unit});
}

bool sibling_name_taken(db::Connection& conn, std::optional<std::int64_t> parent,
                        const std::string& name, std::int64_t except_id) {
  if (parent) {
    return conn.scalar(
               "SELECT COUNT(*) FROM org_units WHERE parent_id = ? AND name = ? AND id <> ? "
               "AND retired_at IS NULL",
               {*parent, name, except_id}) > 0;
  }
  return conn.scalar(
             "SELECT COUNT(*) FROM org_units WHERE parent_id IS NULL AND name = ? AND id <> ? "
             "AND retired_at IS NULL",
             {name, except_id}) > 0;
}

json tree_json(db::Connection& conn, bool with_retired, bool) {
  json out = json::array();
  std::string sql =
      "SELECT o.id, o.parent_id, o.name, o.kind, o.retired_at, "
      "(SELECT COUNT(*) FROM memberships m WHERE m.org_unit_id = o.id AND m.ended_on IS NULL) "
      "AS member_count, c.id AS committee_id, c.name AS committee_name FROM org_units o "
      "LEFT JOIN committees c ON c.branch_id = o.id";
  if (!with_retired) sql += " WHERE o.retired_at IS NULL";
  sql += " ORDER BY o.sort_order, o.id";
  for (const auto& r : conn.query(sql)) {
    json u = unit_json(unit_of(r));
    u["memberCount"] = r.i64("member_count");
    if (auto cid = r.opt_i64("committee_id")) {
      u["committee"] = {{"id", *cid}, {"name", r.str("committee_name")}};
    }
    out.push_back(u);
  }
  return out;
}

json unit_detail_json(db::Connection& conn, const Unit& u, bool en) {
  json officers = json::array(), members = json::array(), history = json::array();
  std::string collate(conn.pinyin_collation());
  for (const auto& r : conn.query(
           "SELECT m.id, m.person_id, p.name, m.role, m.is_primary, m.started_on FROM memberships "
           "m "
           "JOIN people p ON p.id = m.person_id WHERE m.org_unit_id = ? AND m.ended_on IS NULL "
           "ORDER BY CASE m.role WHEN 'secretary' THEN 1 WHEN 'deputy_secretary' THEN 2 "
           "WHEN 'organization' THEN 3 WHEN 'propaganda' THEN 4 WHEN 'discipline' THEN 5 "
           "ELSE 6 END, p.name" +
               collate + ", m.id",
           {u.id})) {
    json m = {{"membershipId", r.i64("id")},
              {"personId", r.i64("person_id")},
              {"name", r.str("name")},
              {"role", r.str("role")},
              {"roleName", role_name(r.str("role"), en)},
              {"isPrimary", r.i64("is_primary") != 0},
              {"startedOn", r.str("started_on")}};
    if (r.str("role") != "member") officers.push_back(m);
    members.push_back(m);
  }
  for (const auto& r :
       conn.query("SELECT h.action, h.old_name, h.new_name, h.old_parent_id, h.new_parent_id, "
                  "h.changed_at, h.changed_by, u.display_name FROM org_unit_history h "
                  "LEFT JOIN users u ON u.id = h.changed_by WHERE h.org_unit_id = ? ORDER BY h.id",
                  {u.id})) {
    history.push_back({{"action", r.str("action")},
                       {"oldName", opt_json(r.opt_str("old_name"))},
                       {"newName", opt_json(r.opt_str("new_name"))},
                       {"oldParentId", opt_json(r.opt_i64("old_parent_id"))},
                       {"newParentId", opt_json(r.opt_i64("new_parent_id"))},
                       {"changedAt", r.i64("changed_at")},
                       {"changedBy", opt_json(r.opt_i64("changed_by"))},
                       {"changedByName", opt_json(r.opt_str("display_name"))}});
  }
  json unit = unit_json(u);
  unit["memberCount"] = members.size();
  if (auto c = conn.query_one("SELECT id, name FROM committees WHERE branch_id = ?", {u.id})) {
    unit["committee"] = {{"id", c->i64("id")}, {"name", c->str("name")}};
  }
  return {{"unit", unit}, {"officers", officers}, {"members", members}, {"history", history}};
}

json committees_json(db::Connection& conn) {
  json out = json::array();
  for (const auto& r : conn.query(
           "SELECT c.id, c.name, c.kind, c.branch_id, o.name AS branch_name FROM committees c "
           "LEFT JOIN org_units o ON o.id = c.branch_id ORDER BY c.sort_order, c.id")) {
    auto b = r.opt_i64("branch_id");
    out.push_back({{"id", r.i64("id")},
                   {"name", r.str("name")},
                   {"kind", r.str("kind")},
                   {"branch", b ? json{{"id", *b}, {"name", r.str("branch_name")}} : json()}});
  }
  return out;
}

const char* const kPersonColumns =
    "p.id, p.name, p.name_initials, p.gender, p.ethnicity, p.birth_date, p.id_card_masked, "
    "p.phone_masked, p.political_status, p.joined_party_on, p.unit, p.post, p.user_id, "
    "p.created_at, p.updated_at, pm.org_unit_id AS primary_unit_id, pm.role AS primary_role, "
    "po.name AS primary_unit_name FROM people p "
    "LEFT JOIN memberships pm ON pm.id = (SELECT MIN(m.id) FROM memberships m WHERE "
    "m.person_id = p.id AND m.is_primary = 1 AND m.ended_on IS NULL) "
    "LEFT JOIN org_units po ON po.id = pm.org_unit_id";

json person_row_json(const db::Row& r, bool en) {
  auto pu = r.opt_i64("primary_unit_id");
  std::string status = r.str("political_status");
  return {{"id", r.i64("id")},
          {"name", r.str("name")},
          {"nameInitials", r.str("name_initials")},
          {"gender", r.str("gender")},
          {"genderName", gender_name(r.str("gender"), en)},
          {"ethnicity", r.str("ethnicity")},
          {"birthDate", r.str("birth_date")},
          {"idCard", r.str("id_card_masked")},
          {"phone", r.str("phone_masked")},
          {"politicalStatus", status},
          {"politicalStatusName", status_name(status, en)},
          {"partyMember", is_party_member(status)},
          {"joinedPartyOn", opt_json(r.opt_str("joined_party_on"))},
          {"unit", r.str("unit")},
          {"post", r.str("post")},
          {"userId", opt_json(r.opt_i64("user_id"))},
          {"primaryUnit", pu ? json{{"id", *pu}, {"name", r.str("primary_unit_name")}} : json()},
          {"primaryRole", pu ? json(r.str("primary_role")) : json()},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

std::optional<json> person_json(db::Connection& conn, std::int64_t id, bool en) {
  auto r = conn.query_one(std::string("SELECT ") + kPersonColumns + " WHERE p.id = ?", {id});
  if (!r) return std::nullopt;
  return person_row_json(*r, en);
}

json person_detail_json(db::Connection& conn, const json& person) {
  json out = person;
  std::int64_t id = person["id"].get<std::int64_t>();
  json memberships = json::array(), transfers = json::array(), deputy_roles = json::array();
  for (const auto& r :
       conn.query("SELECT m.id, m.org_unit_id, o.name, m.role, m.is_primary, m.started_on, "
                  "m.ended_on FROM memberships m JOIN org_units o ON o.id = m.org_unit_id "
                  "WHERE m.person_id = ? ORDER BY m.ended_on IS NOT NULL, m.started_on, m.id",
                  {id})) {
    memberships.push_back({{"id", r.i64("id")},
                           {"orgUnit", {{"id", r.i64("org_unit_id")}, {"name", r.str("name")}}},
                           {"role", r.str("role")},
                           {"isPrimary", r.i64("is_primary") != 0},
                           {"startedOn", r.str("started_on")},
                           {"endedOn", opt_json(r.opt_str("ended_on"))}});
  }
  for (const auto& r : conn.query(
           "SELECT t.id, t.from_unit_id, f.name AS from_name, t.to_unit_id, o.name AS to_name, "
           "t.transferred_on, t.reason, t.recorded_at FROM transfers t "
           "LEFT JOIN org_units f ON f.id = t.from_unit_id JOIN org_units o ON o.id = "
           "t.to_unit_id WHERE t.person_id = ? ORDER BY t.transferred_on, t.id",
           {id})) {
    auto from = r.opt_i64("from_unit_id");
    transfers.push_back(
        {{"id", r.i64("id")},
         {"fromUnit", from ? json{{"id", *from}, {"name", r.str("from_name")}} : json()},
         {"toUnit", {{"id", r.i64("to_unit_id")}, {"name", r.str("to_name")}}},
         {"transferredOn", r.str("transferred_on")},
         {"reason", r.str("reason")},
         {"recordedAt", r.i64("recorded_at")}});
  }
  for (const auto& r :
       conn.query("SELECT id, level, term, constituency, started_on, ended_on FROM deputies "
                  "WHERE person_id = ? ORDER BY id",
                  {id})) {
    deputy_roles.push_back({{"id", r.i64("id")},
                            {"level", r.str("level")},
                            {"term", r.i64("term")},
                            {"constituency", r.str("constituency")},
                            {"startedOn", r.str("started_on")},
                            {"endedOn", opt_json(r.opt_str("ended_on"))}});
  }
  out["memberships"] = memberships;
  out["transfers"] = transfers;
  out["deputyRoles"] = deputy_roles;
  return out;
}

std::int64_t create_person(db::Connection& conn, const crypto::FieldCipher& cipher,
                           const PersonInput& p, std::int64_t now) {
  std::string id_card = p.id_card;
  if (id_card.size() == 18 && id_card[17] == 'x') id_card[17] = 'X';
  return conn
      .query_one(
          "INSERT INTO people (name, name_key, name_initials, gender, ethnicity, birth_date, "
          "id_card_enc, id_card_index, id_card_masked, phone_enc, phone_masked, political_status, "
          "joined_party_on, unit, post, created_at, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {p.name, i18n::pinyin_sort_key(p.name), pinyin_initials(p.name), p.gender, p.ethnicity,
           p.birth_date, cipher.encrypt(id_card), cipher.blind_index(id_card),
           crypto::mask_id_card(id_card), p.phone.empty() ? std::string() : cipher.encrypt(p.phone),
           p.phone.empty() ? std::string() : crypto::mask_phone(p.phone), p.political_status,
           opt_text(p.joined_party_on), p.unit, p.post, now, now})
      ->i64("id");
}

void update_person(db::Connection& conn, const crypto::FieldCipher& cipher, std::int64_t id,
                   const PersonInput& p, std::int64_t now) {
  std::string id_card = p.id_card;
  if (id_card.size() == 18 && id_card[17] == 'x') id_card[17] = 'X';
  conn.exec(
      "UPDATE people SET name = ?, name_key = ?, name_initials = ?, gender = ?, ethnicity = ?, "
      "birth_date = ?, id_card_enc = ?, id_card_index = ?, id_card_masked = ?, phone_enc = ?, "
      "phone_masked = ?, political_status = ?, joined_party_on = ?, unit = ?, post = ?, "
      "updated_at = ? WHERE id = ?",
      {p.name, i18n::pinyin_sort_key(p.name), pinyin_initials(p.name), p.gender, p.ethnicity,
       p.birth_date, cipher.encrypt(id_card), cipher.blind_index(id_card),
       crypto::mask_id_card(id_card), p.phone.empty() ? std::string() : cipher.encrypt(p.phone),
       p.phone.empty() ? std::string() : crypto::mask_phone(p.phone), p.political_status,
       opt_text(p.joined_party_on), p.unit, p.post, now, id});
}

std::optional<std::int64_t> person_by_id_card(db::Connection& conn,
                                              const crypto::FieldCipher& cipher,
                                              const std::string& id_card) {
  std::string v = id_card;
  if (v.size() == 18 && v[17] == 'x') v[17] = 'X';
  auto r = conn.query_one("SELECT id FROM people WHERE id_card_index = ?", {cipher.blind_index(v)});
  if (!r) return std::nullopt;
  return r->i64("id");
}

std::set<std::int64_t> person_units(db::Connection& conn, std::int64_t person) {
  std::set<std::int64_t> out;
  for (const auto& r :
       conn.query("SELECT org_unit_id FROM memberships WHERE person_id = ? AND ended_on IS NULL",
                  {person})) {
    out.insert(r.i64("org_unit_id"));
  }
  return out;
}

std::int64_t add_membership(db::Connection& conn, std::int64_t person_id, std::int64_t org_unit_id,
                            const std::string& role, bool primary, const std::string& started_on) {
  return conn
      .query_one(
          "INSERT INTO memberships (person_id, org_unit_id, role, is_primary, started_on) "
          "VALUES (?, ?, ?, ?, ?) RETURNING id",
          {person_id, org_unit_id, role, std::int64_t{primary ? 1 : 0}, started_on})
      ->i64("id");
}

std::optional<Membership> current_primary(db::Connection& conn, std::int64_t person) {
  auto r = conn.query_one(std::string(kMembershipColumns) +
                              "WHERE person_id = ? AND is_primary = 1 AND ended_on IS NULL "
                              "ORDER BY id LIMIT 1",
                          {person});
  if (!r) return std::nullopt;
  return membership_of(*r);
}

std::optional<Membership> find_membership(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(std::string(kMembershipColumns) + "WHERE id = ?", {id});
  if (!r) return std::nullopt;
  return membership_of(*r);
}

bool is_current_member(db::Connection& conn, std::int64_t person, std::int64_t unit) {
  return conn.scalar(
             "SELECT COUNT(*) FROM memberships WHERE person_id = ? AND org_unit_id = ? AND "
             "ended_on IS NULL",
             {person, unit}) > 0;
}

void end_membership(db::Connection& conn, std::int64_t id, const std::string& ended_on) {
  conn.exec("UPDATE memberships SET ended_on = ? WHERE id = ?", {ended_on, id});
}

json membership_json(db::Connection& conn, std::int64_t id, bool en) {
  auto r = conn.query_one(
      "SELECT m.id, m.person_id, p.name AS person_name, m.org_unit_id, o.name, m.role, "
      "m.is_primary, m.started_on, m.ended_on FROM memberships m JOIN org_units o ON o.id = "
      "m.org_unit_id JOIN people p ON p.id = m.person_id WHERE m.id = ?",
      {id});
  if (!r) return nullptr;
  return {{"id", r->i64("id")},
          {"person", {{"id", r->i64("person_id")}, {"name", r->str("person_name")}}},
          {"orgUnit", {{"id", r->i64("org_unit_id")}, {"name", r->str("name")}}},
          {"role", r->str("role")},
          {"roleName", role_name(r->str("role"), en)},
          {"isPrimary", r->i64("is_primary") != 0},
          {"startedOn", r->str("started_on")},
          {"endedOn", opt_json(r->opt_str("ended_on"))}};
}

std::int64_t insert_transfer(db::Connection& conn, std::int64_t person,
                             std::optional<std::int64_t> from, std::int64_t to,
                             const std::string& on, const std::string& reason,
                             std::optional<std::int64_t> by, std::int64_t now) {
  return conn
      .query_one(
          "INSERT INTO transfers (person_id, from_unit_id, to_unit_id, transferred_on, reason, "
          "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {person, opt(from), to, on, reason, opt(by), now})
      ->i64("id");
}

std::optional<std::int64_t> person_of_user(db::Connection& conn, std::int64_t user_id) {
  auto r = conn.query_one("SELECT id FROM people WHERE user_id = ? ORDER BY id LIMIT 1", {user_id});
  if (!r) return std::nullopt;
  return r->i64("id");
}

}  // namespace md::org

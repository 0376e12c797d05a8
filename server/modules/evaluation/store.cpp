// Reading the evaluation tables.
#include "modules/evaluation/store.hpp"

#include <map>

#include "platform/auth/scope.hpp"
#include "platform/core/errors.hpp"

namespace md::evaluation {

const char* const kCampaignColumns =
    "c.id, c.unit_id, u.name AS unit_name, c.year, c.title, c.status, c.vote_id, c.notice_from, "
    "c.notice_to, c.created_by, c.created_at, c.updated_at, c.finalized_at, "
    "c.scrutineer_user_ids";
const char* const kCampaignFrom =
    " FROM evaluation_campaigns c JOIN org_units u ON u.id = c.unit_id";

Campaign campaign_from_row(const db::Row& r) {
  Campaign c;
  c.id = r.i64("id");
  c.unit_id = r.i64("unit_id");
  c.unit_name = r.str("unit_name");
  c.year = r.i64("year");
  c.title = r.str("title");
  c.status = r.str("status");
  c.vote_id = r.opt_i64("vote_id");
  c.notice_from = r.opt_str("notice_from");
  c.notice_to = r.opt_str("notice_to");
  c.created_by = r.opt_i64("created_by");
  c.created_at = r.i64("created_at");
  c.updated_at = r.i64("updated_at");
  c.finalized_at = r.opt_i64("finalized_at");
  auto ids = Json::parse(r.str("scrutineer_user_ids"), nullptr, false);
  if (ids.is_array()) {
    for (const auto& id : ids) {
      if (id.is_number_integer()) c.scrutineers.push_back(id.get<std::int64_t>());
    }
  }
  return c;
}

Campaign load_campaign(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      std::string("SELECT ") + kCampaignColumns + kCampaignFrom + " WHERE c.id = ?", {id});
  if (!r) throw not_found("evaluation.not_found");
  return campaign_from_row(*r);
}

namespace {
Json opt(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }
Json opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(); }
}  // namespace

Json campaign_json(const Campaign& c) {
  return {{"id", c.id},
          {"orgUnitId", c.unit_id},
          {"orgUnitName", c.unit_name},
          {"year", c.year},
          {"title", c.title},
          {"status", c.status},
          {"voteId", opt(c.vote_id)},
          {"noticeFrom", opt(c.notice_from)},
          {"noticeTo", opt(c.notice_to)},
          {"scrutineerUserIds", c.scrutineers},
          {"createdAt", c.created_at},
          {"updatedAt", c.updated_at},
          {"finalizedAt", opt(c.finalized_at)}};
}

std::vector<Item> load_items(db::Connection& conn, std::int64_t campaign_id) {
  std::vector<Item> items;
  for (const auto& r :
       conn.query("SELECT title, description, weight FROM evaluation_items WHERE campaign_id = ? "
                  "ORDER BY position",
                  {campaign_id})) {
    items.push_back({r.str("title"), r.str("description"), r.i64("weight")});
  }
  return items;
}

Template load_template(db::Connection& conn, std::int64_t unit_id) {
  Template t;
  auto read = [&](const std::string& where, const db::Params& params) {
    for (const auto& r : conn.query("SELECT title, description, weight FROM "
                                    "evaluation_item_templates WHERE " +
                                        where + " ORDER BY position, id",
                                    params)) {
      t.items.push_back({r.str("title"), r.str("description"), r.i64("weight")});
    }
  };
  read("unit_id = ?", {unit_id});
  t.own = !t.items.empty();
  if (!t.own) read("unit_id IS NULL", {});
  return t;
}

Json items_json(const std::vector<Item>& items) {
  Json a = Json::array();
  std::int64_t position = 0;
  for (const auto& i : items) {
    a.push_back({{"position", ++position},
                 {"title", i.title},
                 {"description", i.description},
                 {"weight", i.weight}});
  }
  return a;
}

std::optional<std::vector<Item>> items_from_json(const Json& j) {
  if (!j.is_array()) return std::nullopt;
  std::vector<Item> items;
  for (const auto& it : j) {
    if (!it.is_object() || !it.contains("title") || !it["title"].is_string() ||
        !it.contains("weight") || !it["weight"].is_number_integer()) {
      return std::nullopt;
    }
    for (const auto& [key, value] : it.items()) {
      if (key != "title" && key != "description" && key != "weight" && key != "position") {
        return std::nullopt;
      }
    }
    std::string description;
    if (it.contains("description")) {
      if (!it["description"].is_string()) return std::nullopt;
      description = it["description"].get<std::string>();
    }
    items.push_back(
        {it["title"].get<std::string>(), description, it["weight"].get<std::int64_t>()});
  }
  return items;
}

namespace {

const char* const kMemberSelect =
    "SELECT m.person_id, p.name, m.probationary, m.self_assessment, m.self_submitted_at, "
    "m.peer_counts_json, m.review_flag, m.proposed_grade, m.final_grade, m.outcome, "
    "m.outcome_note FROM evaluation_members m JOIN people p ON p.id = m.person_id "
    "WHERE m.campaign_id = ?";

std::optional<PeerCounts> parse_peer(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto j = Json::parse(*text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  PeerCounts p;
  p.excellent = j.value("excellent", std::int64_t{0});
  p.qualified = j.value("qualified", std::int64_t{0});
  p.basic = j.value("basic", std::int64_t{0});
  p.unqualified = j.value("unqualified", std::int64_t{0});
  p.abstained = j.value("abstained", std::int64_t{0});
  return p;
}

Member member_from_row(const db::Row& r, std::size_t item_count) {
  Member m;
  m.person_id = r.i64("person_id");
  m.name = r.str("name");
  m.probationary = r.i64("probationary") != 0;
  m.self_assessment = r.str("self_assessment");
  m.self_submitted_at = r.opt_i64("self_submitted_at");
  m.peer = parse_peer(r.opt_str("peer_counts_json"));
  m.review_flag = r.i64("review_flag") != 0;
  m.proposed_grade = r.opt_str("proposed_grade");
  m.final_grade = r.opt_str("final_grade");
  m.outcome = r.opt_str("outcome");
  m.outcome_note = r.str("outcome_note");
  m.scores.assign(item_count, std::nullopt);
  return m;
}

void attach_scores(db::Connection& conn, std::vector<Member>& members,
                   const std::string& person_filter, const db::Params& params) {
  std::map<std::int64_t, Member*> by_person;
  for (auto& m : members) by_person[m.person_id] = &m;
  for (const auto& r :
       conn.query("SELECT person_id, position, score FROM evaluation_scores WHERE campaign_id = ?" +
                      person_filter,
                  params)) {
    auto it = by_person.find(r.i64("person_id"));
    auto index = r.i64("position") - 1;
    if (it == by_person.end() || index < 0) continue;
    auto& scores = it->second->scores;
    if (static_cast<std::size_t>(index) < scores.size()) {
      scores[static_cast<std::size_t>(index)] = r.i64("score");
    }
  }
}

}  // namespace

std::vector<Member> load_members(db::Connection& conn, std::int64_t campaign_id,
                                 std::size_t item_count) {
  std::vector<Member> out;
  for (const auto& r : conn.query(std::string(kMemberSelect) + " ORDER BY p.name" +
                                      std::string(conn.pinyin_collation()) + ", m.person_id",
                                  {campaign_id})) {
    out.push_back(member_from_row(r, item_count));
  }
  attach_scores(conn, out, "", {campaign_id});
  return out;
}

std::optional<Member> load_member(db::Connection& conn, std::int64_t campaign_id,
                                  std::int64_t person_id, std::size_t item_count) {
  auto r =
      conn.query_one(std::string(kMemberSelect) + " AND m.person_id = ?", {campaign_id, person_id});
  if (!r) return std::nullopt;
  std::vector<Member> one = {member_from_row(*r, item_count)};
  attach_scores(conn, one, " AND person_id = ?", {campaign_id, person_id});
  return one[0];
}

Json peer_json(const std::optional<PeerCounts>& p) {
  if (!p) return nullptr;
  return {{"excellent", p->excellent},     {"qualified", p->qualified}, {"basic", p->basic},
          {"unqualified", p->unqualified}, {"abstained", p->abstained}, {"cast", p->cast()}};
}

Json member_json(const Member& m, bool with_text) {
  Json scores = Json::array();
  bool complete = !m.scores.empty();
  std::int64_t total = 0;
  for (const auto& s : m.scores) {
    scores.push_back(s ? Json(*s) : Json());
    if (s) {
      total += *s;
    } else {
      complete = false;
    }
  }
  Json j = {{"personId", m.person_id},
            {"name", m.name},
            {"probationary", m.probationary},
            {"selfSubmitted", m.self_submitted_at.has_value()},
            {"selfSubmittedAt", opt(m.self_submitted_at)},
            {"peer", peer_json(m.peer)},
            {"reviewFlag", m.review_flag},
            {"scores", scores},
            {"scoreTotal", complete ? Json(total) : Json()},
            {"proposedGrade", opt(m.proposed_grade)},
            {"finalGrade", opt(m.final_grade)},
            {"outcome", opt(m.outcome)},
            {"outcomeNote", m.outcome_note}};
  if (with_text) j["selfAssessment"] = m.self_assessment;
  return j;
}

std::vector<Participant> participants(db::Connection& conn, std::int64_t unit_id) {
  auto units = auth::org_subtree(conn, unit_id);
  std::string ids;
  for (auto id : units) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
  auto kind = conn.query_one("SELECT kind FROM org_units WHERE id = ?", {unit_id});
  bool functional = kind && kind->str("kind") == "functional_branch";
  std::string primary = functional ? "" : " AND ms.is_primary = 1";
  std::vector<Participant> out;
  for (const auto& r : conn.query(
           "SELECT p.id, p.name, p.political_status FROM people p WHERE p.political_status IN "
           "('cpc_member', 'cpc_probationary') AND p.id IN (SELECT ms.person_id FROM memberships "
           "ms WHERE ms.ended_on IS NULL AND ms.org_unit_id IN (" +
           (ids.empty() ? std::string("NULL") : ids) + ")" + primary + ") ORDER BY p.name" +
           std::string(conn.pinyin_collation()) + ", p.id")) {
    out.push_back({r.i64("id"), r.str("name"), r.str("political_status") == "cpc_probationary"});
  }
  return out;
}

std::int64_t graded_count(db::Connection& conn, std::int64_t campaign_id) {
  return conn.scalar(
      "SELECT COUNT(*) FROM evaluation_members WHERE campaign_id = ? AND probationary = 0",
      {campaign_id});
}

std::int64_t grade_count(db::Connection& conn, std::int64_t campaign_id, const std::string& column,
                         const std::string& grade) {
  // `column` is one of two constants of this module, never user input.
  return conn.scalar(
      "SELECT COUNT(*) FROM evaluation_members WHERE campaign_id = ? AND "
      "probationary = 0 AND " +
          column + " = ?",
      {campaign_id, grade});
}

}  // namespace md::evaluation

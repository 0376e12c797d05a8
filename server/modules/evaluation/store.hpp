#pragma once
// The evaluation module's tables (migrations/0001_evaluation.sql): campaigns, their items and
// members, the item templates, and who takes part. No HTTP.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/evaluation/rules.hpp"
#include "platform/db/db.hpp"

namespace md::evaluation {

using Json = nlohmann::json;

struct Campaign {
  std::int64_t id = 0, unit_id = 0, year = 0;
  std::string unit_name, title, status;
  std::optional<std::int64_t> vote_id, created_by, finalized_at;
  std::optional<std::string> notice_from, notice_to;
  std::int64_t created_at = 0, updated_at = 0;
  std::vector<std::int64_t> scrutineers;  ///< user ids; empty = server-held key
};
/// The campaign or 404 evaluation.not_found.
Campaign load_campaign(db::Connection& conn, std::int64_t id);
Json campaign_json(const Campaign& c);
extern const char* const kCampaignColumns;
extern const char* const kCampaignFrom;
Campaign campaign_from_row(const db::Row& r);

/// The campaign's own items, in order.
std::vector<Item> load_items(db::Connection& conn, std::int64_t campaign_id);
/// A unit's template: its own items, else the default ones (`own` false).
struct Template {
  std::vector<Item> items;
  bool own = false;
};
Template load_template(db::Connection& conn, std::int64_t unit_id);
Json items_json(const std::vector<Item>& items);
/// Items from a request's JSON array; nullopt when it is not [{title, description?, weight}].
std::optional<std::vector<Item>> items_from_json(const Json& j);

/// A member taking part, with everything the console shows.
struct Member {
  std::int64_t person_id = 0;
  std::string name;
  bool probationary = false;
  std::string self_assessment;
  std::optional<std::int64_t> self_submitted_at;
  std::optional<PeerCounts> peer;
  bool review_flag = false;
  std::optional<std::string> proposed_grade, final_grade, outcome;
  std::string outcome_note;
  std::vector<std::optional<std::int64_t>> scores;  ///< by item position (1-based → index)
};
/// The campaign's members in pinyin order, with their scores for `item_count` items.
std::vector<Member> load_members(db::Connection& conn, std::int64_t campaign_id,
                                 std::size_t item_count);
/// One member of the campaign, or nullopt.
std::optional<Member> load_member(db::Connection& conn, std::int64_t campaign_id,
                                  std::int64_t person_id, std::size_t item_count);
Json member_json(const Member& m, bool with_text);
Json peer_json(const std::optional<PeerCounts>& p);

/// Who takes part: the current party members (cpc_member, cpc_probationary) whose home
/// (primary) membership lies in the unit's subtree, or, for a functional branch, any current
/// membership in it. Pinyin order.
struct Participant {
  std::int64_t person_id = 0;
  std::string name;
  bool probationary = false;
};
std::vector<Participant> participants(db::Connection& conn, std::int64_t unit_id);

/// Counts of the graded (non-probationary) members and of grades in a column
/// ("proposed_grade" or "final_grade").
std::int64_t graded_count(db::Connection& conn, std::int64_t campaign_id);
std::int64_t grade_count(db::Connection& conn, std::int64_t campaign_id, const std::string& column,
                         const std::string& grade);

}  // namespace md::evaluation

#pragma once
// The receptions module's tables (migrations/0001_receptions.sql) and the duty record read
// from other modules' tables (orglife attendance, deputies' contact logs, the vote roster,
// opinions and suggestions when that module is present). Callers hold any transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/receptions/rules.hpp"
#include "platform/db/db.hpp"
#include "platform/db/id_list.hpp"

namespace md::receptions {

using Json = nlohmann::json;

/// The SELECT list of reception rows and the FROM clause that goes with it.
extern const char* const kReceptionColumns;
extern const char* const kReceptionFrom;
/// A reception row as lists show it (deputies are added by add_deputies).
Json reception_row_json(const db::Row& row, std::int64_t notice_days);
/// Sets "deputies": [{personId, name}] on each item (by "id"), in pinyin order.
void add_deputies(db::Connection& conn, Json& items);
/// One reception with its deputies, or nullopt.
std::optional<Json> reception_json(db::Connection& conn, std::int64_t id, std::int64_t notice_days);
/// The duties of planned and held receptions on a day (for double_booked).
std::vector<Duty> duties_on(db::Connection& conn, const std::string& day);
/// The given people who do not serve as deputies (ended_on IS NULL) at any level.
std::vector<std::int64_t> not_serving(db::Connection& conn, const std::vector<std::int64_t>& ids);
/// "张三、李四" of the people, in the order given.
std::string names_of(db::Connection& conn, const std::vector<std::int64_t>& ids);
/// Replaces the deputies on duty at a reception.
void set_duties(db::Connection& conn, std::int64_t reception_id,
                const std::vector<std::int64_t>& people);

/// Held reception duties per person in a year: person id → count.
std::vector<std::pair<std::int64_t, std::int64_t>> held_duty_counts(db::Connection& conn, int year);

/// A guidance record row; nullopt when missing.
std::optional<Json> guidance_json(db::Connection& conn, std::int64_t id);
extern const char* const kGuidanceColumns;
Json guidance_row_json(const db::Row& row);

/// A deputy's yearly duty record: the counts and items of every source, the entries by hand
/// with their evidence.
Json duty_record(db::Connection& conn, std::int64_t person, int year);
/// The counts only, for many people at once: person id → {meetings, receptions, …}.
std::vector<std::pair<std::int64_t, Json>> duty_counts(db::Connection& conn,
                                                       const std::vector<std::int64_t>& people,
                                                       int year);

using db::id_list;

}  // namespace md::receptions

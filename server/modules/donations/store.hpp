#pragma once
// The donations table's reads shared by the routes (migrations/0001_donations.sql).
#include <optional>

#include <nlohmann/json.hpp>

#include "modules/donations/rules.hpp"
#include "platform/db/db.hpp"

namespace md::donations {

using Json = nlohmann::json;

/// The SELECT list of a donation row (alias d).
extern const char* const kColumns;
/// A donation row as the API shows it (worthFen added: what it counts for in totals).
Json donation_json(const db::Row& r);
/// One donation, or nullopt.
std::optional<Json> find_donation(db::Connection& conn, std::int64_t id);
/// The ledger lines of a year (0: every year) and campaign ("" for all), for the totals.
std::vector<Line> ledger_lines(db::Connection& conn, int year, const std::string& campaign);

}  // namespace md::donations

#pragma once
// The warning engine: judges every party member's runs (rules.hpp) on facts read set-based
// (store.hpp) and issues, escalates, proposes lifting or reactivates the engine's cards. It
// never lifts a card, expels or grades anyone: lifting is an officer's confirmation.
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "modules/warnings/rules.hpp"
#include "platform/audit/audit.hpp"
#include "platform/db/db.hpp"
#include "platform/settings/settings.hpp"

namespace md::warnings {

struct EngineInput {
  Thresholds thresholds;
  Level evaluation_level = Level::yellow;
  std::string last_month;  ///< the last complete month (China time), "YYYY-MM"
  std::int64_t now = 0;
  std::optional<std::set<std::int64_t>> units;  ///< only members of these units; nullopt: all
  audit::Event actor;  ///< who asked (user, ip); each change is audited as this actor
  /// False only for the demo loader: demo data starts with an empty audit log, like every
  /// other module's demo data.
  bool audited = true;
};

struct EngineResult {
  std::int64_t members = 0;
  std::int64_t issued = 0;
  std::int64_t escalated = 0;
  std::int64_t proposed = 0;
  std::int64_t reactivated = 0;
  nlohmann::json to_json() const;
};

/// Runs the engine inside the caller's open transaction (every change audited in it).
EngineResult evaluate(db::Connection& conn, const EngineInput& in);

/// The thresholds and evaluation card level from the settings.
Thresholds thresholds_from(const settings::Snapshot& s);
Level evaluation_level_from(const settings::Snapshot& s);
/// The month before the China-time month of `now`.
std::string last_complete_month(std::int64_t now);

/// One member's card page: per criterion the run, its level and the last 12 months' facts.
nlohmann::json member_runs(db::Connection& conn, std::int64_t person, const Thresholds& t,
                           const std::string& last_month);

/// Registers the warnings settings (thresholds, evaluation card level).
void define_settings();

}  // namespace md::warnings

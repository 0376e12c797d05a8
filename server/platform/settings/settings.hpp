#pragma once
// Rule thresholds and dictionaries an administrator may change. Modules define their
// settings with defaults (DOMAIN-RULES.md); stored values override them; every change is
// audited by the caller. Values are read from the database on use, so every instance agrees.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/db/db.hpp"

namespace md::settings {

enum class Type { integer, boolean, text, choice };

/// A setting's definition.
struct Definition {
  std::string key;    ///< e.g. "security.password_min_length"
  std::string group;  ///< tab in the settings page; "security" needs settings.security
  Type type = Type::integer;
  nlohmann::json default_value;
  std::optional<std::int64_t> min, max;
  std::vector<std::string> options;  ///< for Type::choice
  std::string label_zh, label_en;
  std::string description_zh, description_en;
};

/// Adds definitions (modules call this at registration).
void define(const std::vector<Definition>& defs);
/// All definitions in definition order.
std::vector<Definition> definitions();
/// A definition by key, or nullopt.
std::optional<Definition> find(std::string_view key);

/// All stored values read in one query; answers get() without further queries. A request
/// takes one snapshot, so it sees one consistent set of settings.
class Snapshot {
 public:
  /// Reads every stored setting.
  static Snapshot load(db::Connection& conn);
  /// The current value (stored or default); throws std::logic_error for an undefined key.
  nlohmann::json get(std::string_view key) const;
  std::int64_t get_int(std::string_view key) const { return get(key).get<std::int64_t>(); }
  bool get_bool(std::string_view key) const { return get(key).get<bool>(); }
  std::string get_text(std::string_view key) const { return get(key).get<std::string>(); }

 private:
  std::map<std::string, std::string, std::less<>> stored_;
};

/// The current value (stored or default); throws std::logic_error for an undefined key.
nlohmann::json get(db::Connection& conn, std::string_view key);
/// Integer value of an integer setting.
std::int64_t get_int(db::Connection& conn, std::string_view key);
/// Boolean value of a boolean setting.
bool get_bool(db::Connection& conn, std::string_view key);
/// Text value of a text or choice setting.
std::string get_text(db::Connection& conn, std::string_view key);

/// Checks a new value against the definition; returns an error code or nullopt. Pure.
std::optional<std::string> check_value(const Definition& def, const nlohmann::json& value);
/// Stores a value (after check_value); returns the previous value.
nlohmann::json set(db::Connection& conn, const Definition& def, const nlohmann::json& value,
                   std::int64_t user_id, std::int64_t now);

}  // namespace md::settings

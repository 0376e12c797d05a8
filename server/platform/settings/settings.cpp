#include "platform/settings/settings.hpp"

#include <algorithm>
#include <deque>
#include <mutex>
#include <stdexcept>

namespace md::settings {
namespace {

std::mutex& mu() {
  static std::mutex m;
  return m;
}

// A deque keeps addresses stable, so lookups can hand out pointers without copying.
std::deque<Definition>& registry() {
  static std::deque<Definition> r;
  return r;
}

const Definition* lookup(std::string_view key) {
  std::lock_guard lock(mu());
  for (const auto& d : registry()) {
    if (d.key == key) return &d;
  }
  return nullptr;
}

}  // namespace

void define(const std::vector<Definition>& defs) {
  std::lock_guard lock(mu());
  for (const auto& d : defs) {
    auto& r = registry();
    auto it = std::find_if(r.begin(), r.end(), [&](const Definition& e) { return e.key == d.key; });
    if (it != r.end())
      *it = d;
    else
      r.push_back(d);
  }
}

std::vector<Definition> definitions() {
  std::lock_guard lock(mu());
  return {registry().begin(), registry().end()};
}

std::optional<Definition> find(std::string_view key) {
  const Definition* d = lookup(key);
  return d ? std::optional<Definition>(*d) : std::nullopt;
}

namespace {

nlohmann::json value_or_default(const Definition& def, const std::optional<std::string>& stored) {
  if (!stored) return def.default_value;
  auto v = nlohmann::json::parse(*stored, nullptr, false);
  // A stored value that no longer fits the definition (e.g. after a range change) falls back.
  if (v.is_discarded() || check_value(def, v)) return def.default_value;
  return v;
}

const Definition& must_find(std::string_view key) {
  const Definition* def = lookup(key);
  if (!def) throw std::logic_error("undefined setting " + std::string(key));
  return *def;
}

}  // namespace

Snapshot Snapshot::load(db::Connection& conn) {
  Snapshot s;
  for (const auto& r : conn.query("SELECT key, value_json FROM settings")) {
    s.stored_.emplace(r.str("key"), r.str("value_json"));
  }
  return s;
}

nlohmann::json Snapshot::get(std::string_view key) const {
  auto it = stored_.find(key);
  return value_or_default(
      must_find(key), it == stored_.end() ? std::nullopt : std::optional<std::string>(it->second));
}

nlohmann::json get(db::Connection& conn, std::string_view key) {
  const auto& def = must_find(key);
  auto row = conn.query_one("SELECT value_json FROM settings WHERE key = ?", {std::string(key)});
  return value_or_default(def, row ? row->opt_str("value_json") : std::nullopt);
}

std::int64_t get_int(db::Connection& conn, std::string_view key) {
  return get(conn, key).get<std::int64_t>();
}

bool get_bool(db::Connection& conn, std::string_view key) { return get(conn, key).get<bool>(); }

std::string get_text(db::Connection& conn, std::string_view key) {
  return get(conn, key).get<std::string>();
}

std::optional<std::string> check_value(const Definition& def, const nlohmann::json& value) {
  switch (def.type) {
    case Type::integer: {
      if (!value.is_number_integer()) return "settings.wrong_type";
      auto n = value.get<std::int64_t>();
      if ((def.min && n < *def.min) || (def.max && n > *def.max)) return "settings.out_of_range";
      return std::nullopt;
    }
    case Type::boolean:
      return value.is_boolean() ? std::nullopt : std::optional<std::string>("settings.wrong_type");
    case Type::text:
      if (!value.is_string()) return "settings.wrong_type";
      if (value.get_ref<const std::string&>().size() > 2000) return "settings.too_long";
      return std::nullopt;
    case Type::choice:
      if (!value.is_string()) return "settings.wrong_type";
      if (std::find(def.options.begin(), def.options.end(), value.get<std::string>()) ==
          def.options.end()) {
        return "settings.not_an_option";
      }
      return std::nullopt;
  }
  return "settings.wrong_type";
}

nlohmann::json set(db::Connection& conn, const Definition& def, const nlohmann::json& value,
                   std::int64_t user_id, std::int64_t now) {
  nlohmann::json before = get(conn, def.key);
  std::string text = value.dump();
  if (conn.exec("UPDATE settings SET value_json = ?, updated_by = ?, updated_at = ? WHERE key = ?",
                {text, user_id, now, def.key}) == 0) {
    conn.exec("INSERT INTO settings (key, value_json, updated_by, updated_at) VALUES (?, ?, ?, ?)",
              {def.key, text, user_id, now});
  }
  return before;
}

}  // namespace md::settings

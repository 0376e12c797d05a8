#pragma once
// Everything a handler needs for one request: the request, the signed-in user, a database
// connection on a worker thread, the language, the validated body, and "now".
#include <optional>

#include "platform/auth/principal.hpp"
#include "platform/db/db.hpp"
#include "platform/http/types.hpp"
#include "platform/i18n/i18n.hpp"
#include "platform/settings/settings.hpp"

namespace md {
class App;
namespace audit {
struct Event;
}
}  // namespace md

namespace md::http {

class Context {
 public:
  Context(App& app_, const Request& req_, db::Connection& db_, i18n::Lang lang_, std::int64_t now_)
      : app(app_), req(req_), db(db_), lang(lang_), now(now_) {}

  App& app;
  const Request& req;
  db::Connection& db;
  i18n::Lang lang;
  std::int64_t now;  ///< unix seconds, fixed for the whole request
  std::optional<auth::Principal> user;
  Json body;  ///< the validated JSON body (empty object when the route has none)
  std::vector<std::pair<std::string, std::string>> extra_headers;  ///< e.g. Set-Cookie

  /// The settings as of this request (read once, on first use).
  const settings::Snapshot& settings();
  /// Forgets the snapshot after this request changed a setting.
  void settings_changed() { settings_.reset(); }
  /// The signed-in user (the dispatcher guarantees one on non-public routes).
  const auth::Principal& me() const;
  /// A path parameter declared as {name} (always a positive integer).
  std::int64_t id(const std::string& name = "id") const;
  /// A non-integer path parameter such as {key}.
  std::string param(const std::string& name) const;
  /// A query parameter or `fallback`.
  std::string query(const std::string& name, std::string fallback = "") const;
  /// Translates a code into the request's language.
  std::string t(std::string_view code, const MessageParams& params = {}) const;
  /// An audit event pre-filled with the acting user, IP and action.
  audit::Event audit_event(std::string action, std::string object_type,
                           std::string object_id) const;
  /// Appends an audit record inside the caller's open transaction.
  void audit(std::string action, std::string object_type, std::string object_id,
             Json before = nullptr, Json after = nullptr);

 private:
  std::optional<settings::Snapshot> settings_;
};

}  // namespace md::http

#include "platform/http/context.hpp"

#include "platform/audit/audit.hpp"
#include "platform/core/errors.hpp"

namespace md::http {

const settings::Snapshot& Context::settings() {
  if (!settings_) settings_ = settings::Snapshot::load(db);
  return *settings_;
}

const auth::Principal& Context::me() const {
  if (!user) throw ApiError(401, "auth.required");
  return *user;
}

std::int64_t Context::id(const std::string& name) const {
  auto it = req.path_params.find(name);
  if (it == req.path_params.end()) throw not_found();
  return std::stoll(it->second);
}

std::string Context::param(const std::string& name) const {
  auto it = req.path_params.find(name);
  if (it == req.path_params.end()) throw not_found();
  return it->second;
}

std::string Context::query(const std::string& name, std::string fallback) const {
  auto it = req.query.find(name);
  return it == req.query.end() ? fallback : it->second;
}

std::string Context::t(std::string_view code, const MessageParams& params) const {
  return i18n::translate(code, lang, params);
}

audit::Event Context::audit_event(std::string action, std::string object_type,
                                  std::string object_id) const {
  audit::Event e;
  if (user) {
    e.user_id = user->user_id;
    e.username = user->username;
  }
  e.ip = req.remote_ip;
  e.action = std::move(action);
  e.object_type = std::move(object_type);
  e.object_id = std::move(object_id);
  return e;
}

void Context::audit(std::string action, std::string object_type, std::string object_id, Json before,
                    Json after) {
  auto e = audit_event(std::move(action), std::move(object_type), std::move(object_id));
  e.before = audit::mask_personal(std::move(before));
  e.after = audit::mask_personal(std::move(after));
  audit::append(db, e, now);
}

}  // namespace md::http

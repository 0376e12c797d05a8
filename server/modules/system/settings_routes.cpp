#include "modules/system/routes.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/settings/settings.hpp"

namespace md::system {
using http::Context;
using http::Json;
using http::Response;

namespace {

std::string_view type_name(settings::Type t) {
  switch (t) {
    case settings::Type::integer:
      return "integer";
    case settings::Type::boolean:
      return "boolean";
    case settings::Type::text:
      return "text";
    case settings::Type::choice:
      return "choice";
  }
  return "text";
}

Json setting_json(Context& ctx, const settings::Definition& d) {
  bool en = ctx.lang == i18n::Lang::en;
  Json j = {{"key", d.key},
            {"group", d.group},
            {"type", type_name(d.type)},
            {"value", ctx.settings().get(d.key)},
            {"defaultValue", d.default_value},
            {"label", en ? d.label_en : d.label_zh},
            {"description", en ? d.description_en : d.description_zh}};
  if (d.min) j["min"] = *d.min;
  if (d.max) j["max"] = *d.max;
  if (!d.options.empty()) j["options"] = d.options;
  return j;
}

Response list_settings(Context& ctx) {
  Json out = Json::array();
  for (const auto& d : settings::definitions()) out.push_back(setting_json(ctx, d));
  return Response::json(out);
}

Response update_setting(Context& ctx) {
  std::string key = ctx.param("key");
  auto def = settings::find(key);
  if (!def) throw not_found("settings.unknown");
  const auto& me = ctx.me();
  bool allowed = def->group == "security" ? me.can("settings.security") : me.can("settings.manage");
  if (!allowed) throw forbidden();
  const Json& value = ctx.body["value"];
  if (auto err = settings::check_value(*def, value)) {
    MessageParams p;
    if (def->min) p["min"] = std::to_string(*def->min);
    if (def->max) p["max"] = std::to_string(*def->max);
    throw invalid_field("value", *err, p);
  }
  db::Transaction tx(ctx.db);
  Json before = settings::set(ctx.db, *def, value, me.user_id, ctx.now);
  ctx.audit("settings.update", "setting", key, {{"value", before}}, {{"value", value}});
  tx.commit();
  ctx.settings_changed();
  return Response::json(setting_json(ctx, *def));
}

}  // namespace

std::vector<http::Route> settings_routes() {
  using http::Method;
  // The value's type depends on the setting, so the schema admits any JSON type for it and
  // settings::check_value decides.
  http::FieldSpec value = http::any_value("value").req();
  return {
      {.method = Method::get,
       .path = "/api/settings",
       .permission = "settings.read",
       .summary = "All settings with current and default values",
       .tag = "system",
       .handler = list_settings},
      // settings.read lets a caller in; the setting's group then decides (security admin for
      // "security", system admin for the rest).
      {.method = Method::put,
       .path = "/api/settings/{key}",
       .permission = "settings.read",
       .summary = "Change one setting (security group: security admin; others: system admin)",
       .tag = "system",
       .body = http::body({value}),
       .handler = update_setting},
  };
}

}  // namespace md::system

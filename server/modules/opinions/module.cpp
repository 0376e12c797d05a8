// The one place the opinions module registers with the platform.
#include "modules/opinions/module.hpp"

#include "modules/opinions/followup.hpp"
#include "modules/opinions/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/settings/settings.hpp"

namespace md::opinions {

std::vector<http::Route> import_routes();  // import_routes.cpp

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
bool opinion_photo_allowed(http::Context& ctx, std::int64_t id, bool write);

namespace {

settings::Definition integer(std::string key, std::int64_t def, std::int64_t min, std::int64_t max,
                             std::string zh, std::string en, std::string zh_doc,
                             std::string en_doc) {
  // Shown on the settings page's "deputy work" tab beside the liaison period.
  return {
      std::move(key), "deputies",        settings::Type::integer, def, min, max, {}, std::move(zh),
      std::move(en),  std::move(zh_doc), std::move(en_doc)};
}

void define_settings() {
  settings::define({
      integer("opinions.classify_workdays", 5, 1, 30, "选民意见分类交办期限（工作日）",
              "Working days to classify and refer an opinion",
              "自受理之日起的工作日数，按节假日日历计算", "Counted on the holiday calendar"),
      integer("opinions.reply_months", 3, 1, 12, "承办单位答复期限（月）",
              "Months for the department's reply", "自交办之日起", "From the referral"),
      integer("opinions.reply_months_complex", 6, 1, 12, "复杂事项答复期限（月）",
              "Months for the reply to a complex case", "自交办之日起", "From the referral"),
      integer("opinions.reopen_months", 1, 1, 6, "不满意重新办理期限（月）",
              "Months to answer again after 不满意", "自评价之日起", "From the rating"),
      integer("opinions.archive_unrated_days", 30, 1, 365, "答复后未评价自动归档（天）",
              "Days after a reply before an unrated case may be archived",
              "选民始终未评价的，超过该天数后可归档", "The voter never rated it"),
      integer("opinions.public_queue_max", 500, 1, 1000000, "待分类网上意见上限",
              "Most unclassified public submissions", "达到上限时暂停网上提交，提示稍后再试",
              "Above it the public page answers 503"),
      integer("opinions.public_per_ip_hour", 20, 1, 100000, "每个 IP 每小时可提交意见数",
              "Public submissions per IP and hour", "", ""),
      integer("opinions.public_per_device_hour", 5, 1, 100000, "每台设备每小时可提交意见数",
              "Public submissions per device and hour", "", ""),
      integer("opinions.lookup_per_ip_10min", 30, 1, 100000, "每个 IP 每 10 分钟查询码查询次数",
              "Query-code lookups per IP in 10 minutes", "", ""),
      integer("opinions.photo_max_kb", 5120, 64, 51200, "意见照片大小上限（KB）",
              "Largest photo of an opinion (KB)", "", ""),
  });
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  files::register_owner_type("opinion", opinion_photo_allowed);
  Module m;
  m.name = "opinions";
  m.migrations = embedded_migrations("opinions");
  m.grants = grants();
  m.routes = public_routes();
  for (auto make : {public_photo_routes, opinion_routes, followup_routes, suggestion_routes,
                    calendar_routes, department_routes, import_routes}) {
    for (auto& r : make()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::opinions

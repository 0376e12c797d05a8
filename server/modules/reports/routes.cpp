// The dashboard (R12.1) and the annual party-building work report (R12.2): thin handlers over
// figures.cpp (the numbers) and rules.cpp (the prose); only the edited paragraphs are stored.
#include "modules/reports/figures.hpp"
#include "modules/reports/rules.hpp"
#include "modules/reports/snapshot.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::reports {
using http::Context;
using http::Response;
using http::Route;

std::vector<Route> report_routes();

namespace {

bool english(const Context& ctx) { return ctx.lang == i18n::Lang::en; }

int year_of(const Context& ctx, const std::string& today) {
  std::string y = ctx.query("year", today.substr(0, 4));
  if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(y) < 2000 || std::stoi(y) > 2100) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  return std::stoi(y);
}

[[noreturn]] void bad_period(const std::string& field, const std::string& code) {
  throw ApiError(400, "reports.bad_period", {}, {FieldError{field, code, {}}});
}

void require_period(const std::string& from, const std::string& to) {
  if (auto e = check_period(from, to)) bad_period(e->first, e->second);
}

/// from..to of the request: `from` and `to`, or the calendar `year` (this year by default).
std::pair<std::string, std::string> period_of(const Context& ctx, const std::string& today) {
  std::string from = ctx.query("from"), to = ctx.query("to");
  if (from.empty() && to.empty()) {
    auto y = std::to_string(year_of(ctx, today));
    return {y + "-01-01", y + "-12-31"};
  }
  if (from.empty()) bad_period("from", "reports.date_format");
  if (to.empty()) bad_period("to", "reports.date_format");
  require_period(from, to);
  return {from, to};
}

Response dashboard(Context& ctx) {
  auto today = china_date(ctx.now);
  int year = year_of(ctx, today);
  Json out = dashboard_snapshot(ctx.db, year, today, ctx.now);
  return Response::json({{"year", year},
                         {"asOf", today},
                         {"updatedAt", out["updatedAt"]},
                         {"figures", out["figures"]},
                         {"monthly", out["monthly"]}});
}

std::string title_of(const Context& ctx, const std::string& from, const std::string& to) {
  std::string years = from.substr(0, 4);
  if (to.substr(0, 4) != years) years += (english(ctx) ? "–" : "—") + to.substr(0, 4);
  return ctx.t("reports.title", {{"years", years}});
}

std::string figure_display(const Figure& f, bool en) {
  if (f.unit == "permille") return f.value < 0 ? "—" : permille_text(f.value);
  if (f.unit == "fen") return money_text(f.value, en);
  if (f.unit == "minutes") return hours_text(f.value) + (en ? " hours" : "小时");
  return std::to_string(f.value);
}

Facts facts_of(Context& ctx, const std::vector<Figure>& figures, const ReportData& d) {
  bool en = english(ctx);
  Facts facts;
  for (const auto& f : figures) facts.n[f.key] = f.value;
  facts.s["org"] = ctx.settings().get_text("general.organization_name");
  facts.s["period"] = date_text(d.from, en) + (en ? " to " : "至") + date_text(d.to, en);
  facts.s["studyHoursText"] = hours_text(d.learning.minutes);
  facts.s["volunteerHoursText"] = hours_text(d.volunteers.minutes);
  auto donated = d.donations.total_fen();
  facts.s["donationsText"] = money_text(donated, en);
  std::string projects;
  for (const auto& p : d.projects) {
    if (!projects.empty()) projects += en ? "; " : "，";
    projects += en ? p.body + " " + std::to_string(p.year) + ": " + std::to_string(p.projects)
                   : p.body + "在" + std::to_string(p.year) + "年度对" +
                         std::to_string(p.projects) + "件民生实事实行人大代表投票表决";
  }
  facts.s["projectsText"] = projects;
  return facts;
}

Response annual(Context& ctx) {
  auto today = china_date(ctx.now);
  auto [from, to] = period_of(ctx, today);
  bool en = english(ctx);
  auto data = collect_report(ctx.db, from, to, today);
  std::map<std::pair<std::string, std::string>, std::string> edited;
  for (const auto& r :
       ctx.db.query("SELECT section, key, text FROM reports_paragraphs WHERE period_from = ? AND "
                    "period_to = ?",
                    {from, to})) {
    edited[{r.str("section"), r.str("key")}] = r.str("text");
  }
  Json sections = Json::array();
  for (const auto& [key, figures] : report_figures(data)) {
    Json figs = Json::array();
    for (const auto& f : figures) {
      figs.push_back({{"key", f.key},
                      {"label", f.label.empty() ? ctx.t("reports.figure." + f.key)
                                                : (en ? f.label : f.label + "年度票决项目")},
                      {"value", f.value < 0 ? Json() : Json(f.value)},
                      {"unit", ctx.t("reports.unit." + f.unit)},
                      {"unitCode", f.unit},
                      {"display", figure_display(f, en)}});
    }
    auto facts = facts_of(ctx, figures, data);
    Json paragraphs = Json::array();
    for (const auto& p : paragraph_keys(key)) {
      auto it = edited.find({key, p});
      bool is_edited = it != edited.end();
      paragraphs.push_back({{"key", p},
                            {"text", is_edited ? it->second : paragraph(key, p, facts, en)},
                            {"edited", is_edited}});
    }
    sections.push_back({{"key", key},
                        {"title", ctx.t("reports.section." + key)},
                        {"figures", figs},
                        {"paragraphs", paragraphs}});
  }
  return Response::json({{"title", title_of(ctx, from, to)},
                         {"organization", ctx.settings().get_text("general.organization_name")},
                         {"from", from},
                         {"to", to},
                         {"generatedAt", ctx.now},
                         {"sections", sections}});
}

struct Target {
  std::string from, to, section, key;
  std::string id() const { return from + "/" + to + "/" + section + "/" + key; }
};

Target target_of(const std::string& from, const std::string& to, const std::string& section,
                 const std::string& key, int status) {
  require_period(from, to);
  const auto& keys = section_keys();
  if (std::find(keys.begin(), keys.end(), section) == keys.end()) {
    if (status == 404) throw not_found("reports.section_unknown");
    throw invalid_field("section", "reports.section_unknown");
  }
  if (!is_paragraph(section, key)) {
    if (status == 404) throw not_found("reports.paragraph_unknown");
    throw invalid_field("key", "reports.paragraph_unknown");
  }
  return {from, to, section, key};
}

std::optional<std::string> stored(Context& ctx, const Target& t) {
  auto r = ctx.db.query_one(
      "SELECT text FROM reports_paragraphs WHERE period_from = ? AND period_to = ? AND section = "
      "? AND key = ?",
      {t.from, t.to, t.section, t.key});
  if (!r) return std::nullopt;
  return r->str("text");
}

Json paragraph_json(const Target& t, const std::string& text, bool edited) {
  return {{"from", t.from}, {"to", t.to},   {"section", t.section},
          {"key", t.key},   {"text", text}, {"edited", edited}};
}

Response put_paragraph(Context& ctx) {
  const auto& b = ctx.body;
  auto t = target_of(b["from"].get<std::string>(), b["to"].get<std::string>(),
                     b["section"].get<std::string>(), b["key"].get<std::string>(), 422);
  std::string text = b["text"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto before = stored(ctx, t);
  ctx.db.exec(
      "DELETE FROM reports_paragraphs WHERE period_from = ? AND period_to = ? AND section = ? AND "
      "key = ?",
      {t.from, t.to, t.section, t.key});
  ctx.db.exec(
      "INSERT INTO reports_paragraphs (period_from, period_to, section, key, text, updated_by, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {t.from, t.to, t.section, t.key, text, ctx.me().user_id, ctx.now});
  Json after = paragraph_json(t, text, true);
  ctx.audit("reports.paragraph_edit", "report_paragraph", t.id(),
            before ? paragraph_json(t, *before, true) : Json(), after);
  tx.commit();
  return Response::json(after);
}

Response delete_paragraph(Context& ctx) {
  auto t =
      target_of(ctx.query("from"), ctx.query("to"), ctx.query("section"), ctx.query("key"), 404);
  db::Transaction tx(ctx.db);
  auto before = stored(ctx, t);
  if (!before) throw not_found("reports.not_edited");
  ctx.db.exec(
      "DELETE FROM reports_paragraphs WHERE period_from = ? AND period_to = ? AND section = ? AND "
      "key = ?",
      {t.from, t.to, t.section, t.key});
  ctx.audit("reports.paragraph_restore", "report_paragraph", t.id(),
            paragraph_json(t, *before, true), Json());
  tx.commit();
  // The generated text again, as the annual report now shows it.
  auto today = china_date(ctx.now);
  auto data = collect_report(ctx.db, t.from, t.to, today);
  for (const auto& [key, figures] : report_figures(data)) {
    if (key == t.section) {
      return Response::json(paragraph_json(
          t, paragraph(t.section, t.key, facts_of(ctx, figures, data), english(ctx)), false));
    }
  }
  return Response::json(paragraph_json(t, "", false));
}

}  // namespace

std::vector<Route> report_routes() {
  using http::Method;
  const std::string tag = "reports";
  std::vector<http::QueryParam> period = {
      {"year", "integer", "a calendar year (default this year)"},
      {"from", "string", "first day YYYY-MM-DD (with to; at most two years)"},
      {"to", "string", "last day YYYY-MM-DD"}};
  return {
      {.method = Method::get,
       .path = "/api/reports/dashboard",
       .permission = "reports.view",
       .summary = "The leaders' dashboard of a year: coverage, meetings, attendance, dues, "
                  "warnings, rectification, opinions by town, satisfaction, learning, deputies; "
                  "computed at most once a minute (updatedAt: unix seconds of the figures)",
       .tag = tag,
       .query = {{"year", "integer", "a calendar year (default this year)"}},
       .handler = dashboard},
      {.method = Method::get,
       .path = "/api/reports/annual",
       .permission = "reports.view",
       .summary = "The annual party-building work report of a period: sections with figures "
                  "from the data and narrative paragraphs (generated or edited)",
       .tag = tag,
       .query = period,
       .handler = annual},
      {.method = Method::put,
       .path = "/api/reports/annual/paragraphs",
       .permission = "reports.edit",
       .summary = "Store an edited narrative paragraph of a period's report",
       .tag = tag,
       .body = http::body({http::str("from").req().len(10, 10), http::str("to").req().len(10, 10),
                           http::str("section").req().len(1, 40), http::str("key").req().len(1, 40),
                           http::str("text").req().len(1, 5000)}),
       .handler = put_paragraph},
      {.method = Method::del,
       .path = "/api/reports/annual/paragraphs",
       .permission = "reports.edit",
       .summary = "Restore a paragraph's generated text (drop the edit)",
       .tag = tag,
       .query = {{"from", "string", "first day YYYY-MM-DD"},
                 {"to", "string", "last day YYYY-MM-DD"},
                 {"section", "string", "section key"},
                 {"key", "string", "paragraph key"}},
       .handler = delete_paragraph},
  };
}

}  // namespace md::reports

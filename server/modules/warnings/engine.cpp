// The warning engine (engine.hpp).
#include "modules/warnings/engine.hpp"

#include <map>

#include "modules/dues/rules.hpp"
#include "modules/warnings/store.hpp"
#include "platform/core/china_time.hpp"

namespace md::warnings {

namespace {

const char* const kOpenEngineCards =
    "SELECT id, person_id, criterion, level, status FROM warning_cards WHERE issued_by IS NULL "
    "AND criterion IN ('orglife', 'dues') AND status IN ('active', 'lift_proposed')";
const char* const kInsertCard =
    "INSERT INTO warning_cards (person_id, criterion, level, consecutive_months, reason, "
    "evidence_json, campaign_id, issued_on, issued_at, issued_by, status) VALUES (?, ?, ?, ?, ?, "
    "?, ?, ?, ?, NULL, 'active') RETURNING id";
// Finalized 不合格 grades without their card yet (one card per member and campaign).
const char* const kUnqualified =
    "SELECT em.person_id, c.id AS campaign_id, c.year, c.title, c.finalized_at FROM "
    "evaluation_members em JOIN evaluation_campaigns c ON c.id = em.campaign_id WHERE c.status "
    "= 'final' AND em.final_grade = 'unqualified' AND NOT EXISTS (SELECT 1 FROM warning_cards w "
    "WHERE w.criterion = 'evaluation' AND w.campaign_id = c.id AND w.person_id = em.person_id)";

struct OpenCard {
  std::int64_t id = 0;
  Level level = Level::none;
  bool lift_proposed = false;
};

std::string run_reason(const std::string& criterion, int count, Level level) {
  std::string what = criterion == "orglife" ? "未参加党的组织生活" : "未按规定交纳党费";
  std::string s = "连续 " + std::to_string(count) + " 个月" + what;
  if (level == Level::review) s += "，已达六个月规定，请支部按党章第九条研究处置";
  return s;
}

class Writer {
 public:
  Writer(db::Connection& conn, const EngineInput& in) : conn_(conn), in_(in) {}

  std::int64_t issue(std::int64_t person, const std::string& criterion, Level level, int count,
                     const std::string& reason, const Json& evidence,
                     std::optional<std::int64_t> campaign, const std::string& issued_on) {
    auto id =
        conn_
            .query(kInsertCard, {person, criterion, level_name(level),
                                 static_cast<std::int64_t>(count), reason, evidence.dump(),
                                 campaign ? db::Value(*campaign) : db::Value(), issued_on, in_.now})
            .at(0)
            .i64("id");
    audit("warnings.issue", id, nullptr,
          {{"personId", person},
           {"criterion", criterion},
           {"level", level_name(level)},
           {"consecutiveMonths", count},
           {"reason", reason},
           {"byEngine", true}});
    return id;
  }

  void set_status(std::int64_t id, const std::string& action, const std::string& from,
                  const std::string& to, const std::string& sql, const db::Params& params) {
    conn_.exec(sql, params);
    audit(action, id, {{"status", from}}, {{"status", to}});
  }

 private:
  void audit(const std::string& action, std::int64_t id, Json before, Json after) {
    if (!in_.audited) return;
    auto e = in_.actor;
    e.action = action;
    e.object_type = "warning_card";
    e.object_id = std::to_string(id);
    e.before = std::move(before);
    e.after = std::move(after);
    audit::append(conn_, e, in_.now);
  }

  db::Connection& conn_;
  const EngineInput& in_;
};

void judge(db::Connection& conn, Writer& w, EngineResult& res, const EngineInput& in,
           std::int64_t person, const std::string& criterion, const MemberFacts* f,
           const Window& win, std::optional<OpenCard> open) {
  static const std::vector<MonthFact> kNone;
  const auto& facts = f ? (criterion == "orglife" ? f->orglife : f->dues) : kNone;
  auto run = consecutive(facts);
  std::optional<CardState> state;
  if (open) state = CardState{open->level, open->lift_proposed};
  auto action = decide(state, run.count, in.thresholds);
  auto level = level_for(run.count, in.thresholds);
  auto today = china_date(in.now);
  auto evidence = [&] {
    return criterion == "orglife" ? orglife_evidence(conn, *f, win, run)
                                  : dues_evidence(*f, win, run);
  };
  switch (action) {
    case Action::nothing:
      return;
    case Action::issue:
      w.issue(person, criterion, level, run.count, run_reason(criterion, run.count, level),
              evidence(), std::nullopt, today);
      ++res.issued;
      return;
    case Action::escalate: {
      auto id = w.issue(person, criterion, level, run.count,
                        run_reason(criterion, run.count, level), evidence(), std::nullopt, today);
      w.set_status(open->id, "warnings.supersede", open->lift_proposed ? "lift_proposed" : "active",
                   "superseded",
                   "UPDATE warning_cards SET status = 'superseded', superseded_by = ? WHERE id = ?",
                   {id, open->id});
      ++res.escalated;
      return;
    }
    case Action::propose:
      w.set_status(open->id, "warnings.propose_lift", "active", "lift_proposed",
                   "UPDATE warning_cards SET status = 'lift_proposed', lift_proposed_at = ? WHERE "
                   "id = ?",
                   {in.now, open->id});
      ++res.proposed;
      return;
    case Action::reactivate:
      w.set_status(open->id, "warnings.reactivate", "lift_proposed", "active",
                   "UPDATE warning_cards SET status = 'active', lift_proposed_at = NULL WHERE id "
                   "= ?",
                   {open->id});
      ++res.reactivated;
      return;
  }
}

void judge_evaluations(db::Connection& conn, Writer& w, EngineResult& res, const EngineInput& in,
                       const std::set<std::int64_t>& members) {
  if (!has_evaluation_tables(conn)) return;
  for (const auto& r : conn.query(kUnqualified)) {
    auto person = r.i64("person_id");
    if (!members.count(person)) continue;
    auto year = std::to_string(r.i64("year"));
    std::string reason = year + " 年度民主评议党员被评定为不合格（" + r.str("title") + "）";
    Json evidence = Json::array({{{"campaignId", r.i64("campaign_id")},
                                  {"year", r.i64("year")},
                                  {"title", r.str("title")},
                                  {"grade", "unqualified"}}});
    auto at = r.is_null("finalized_at") ? in.now : r.i64("finalized_at");
    w.issue(person, "evaluation", in.evaluation_level, 0, reason, evidence, r.i64("campaign_id"),
            china_date(at));
    ++res.issued;
  }
}

}  // namespace

Json EngineResult::to_json() const {
  return {{"members", members},
          {"issued", issued},
          {"escalated", escalated},
          {"proposed", proposed},
          {"reactivated", reactivated}};
}

EngineResult evaluate(db::Connection& conn, const EngineInput& in) {
  EngineResult res;
  auto members = party_members(conn, in.units);
  res.members = static_cast<std::int64_t>(members.size());
  auto win = Window::ending(in.last_month);
  auto facts = load_facts(conn, win, std::nullopt);
  std::map<std::pair<std::int64_t, std::string>, OpenCard> open;
  for (const auto& r : conn.query(kOpenEngineCards)) {
    open[{r.i64("person_id"), r.str("criterion")}] = {
        r.i64("id"), parse_level(r.str("level")).value_or(Level::yellow),
        r.str("status") == "lift_proposed"};
  }
  Writer w(conn, in);
  for (auto person : members) {
    auto it = facts.find(person);
    const MemberFacts* f = it == facts.end() ? nullptr : &it->second;
    for (const std::string criterion : {"orglife", "dues"}) {
      auto o = open.find({person, criterion});
      std::optional<OpenCard> card;
      if (o != open.end()) card = o->second;
      judge(conn, w, res, in, person, criterion, f, win, card);
    }
  }
  judge_evaluations(conn, w, res, in, members);
  return res;
}

Thresholds thresholds_from(const settings::Snapshot& s) {
  return {static_cast<int>(s.get_int("warnings.yellow_months")),
          static_cast<int>(s.get_int("warnings.red_months")),
          static_cast<int>(s.get_int("warnings.review_months"))};
}

Level evaluation_level_from(const settings::Snapshot& s) {
  return parse_level(s.get_text("warnings.evaluation_level")).value_or(Level::yellow);
}

std::string last_complete_month(std::int64_t now) {
  return previous_month(china_date(now).substr(0, 7));
}

Json member_runs(db::Connection& conn, std::int64_t person, const Thresholds& t,
                 const std::string& last_month) {
  auto win = Window::ending(last_month);
  auto all = load_facts(conn, win, person);
  MemberFacts f;
  f.orglife.assign(static_cast<std::size_t>(win.size()), MonthFact::kept);
  f.dues = f.orglife;
  if (all.count(person)) f = all[person];
  auto fact_name = [](MonthFact m) {
    return m == MonthFact::missed ? "missed" : m == MonthFact::excused ? "excused" : "kept";
  };
  Json out = Json::object();
  for (const std::string criterion : {"orglife", "dues"}) {
    const auto& facts = criterion == "orglife" ? f.orglife : f.dues;
    auto run = consecutive(facts);
    Json months = Json::array();
    for (int i = win.size() - 12; i < win.size(); ++i) {
      months.push_back({{"month", dues::month_name(win.first + i)},
                        {"fact", fact_name(facts[static_cast<std::size_t>(i)])}});
    }
    out[criterion] = {{"count", run.count},
                      {"level", level_name(level_for(run.count, t))},
                      {"months", months},
                      {"evidence", criterion == "orglife" ? orglife_evidence(conn, f, win, run)
                                                          : dues_evidence(f, win, run)}};
  }
  return out;
}

void define_settings() {
  using settings::Type;
  auto months = [](const char* key, int def, const char* zh, const char* en, const char* dzh,
                   const char* den) {
    return settings::Definition{key, "party", Type::integer, def, 1, 12, {}, zh, en, dzh, den};
  };
  settings::define({
      months("warnings.yellow_months", 3, "黄牌预警：连续月数", "Yellow card: consecutive months",
             "连续这么多个月未参加组织生活或未交纳党费，亮黄牌",
             "A yellow card after this many consecutive months without organizational life or "
             "without dues"),
      months("warnings.red_months", 5, "红牌预警：连续月数", "Red card: consecutive months",
             "连续这么多个月，亮红牌（须早于六个月的自行脱党界限）",
             "A red card after this many consecutive months (before the six-month line)"),
      months("warnings.review_months", 6, "六个月审查：连续月数",
             "Six-month review: consecutive months",
             "连续这么多个月，提请支部按党章第九条研究处置（系统不作任何处理决定）",
             "After this many consecutive months the branch is asked to review the case under "
             "art. 9 (the system decides nothing)"),
      {"warnings.evaluation_level",
       "party",
       Type::choice,
       "yellow",
       {},
       {},
       {"yellow", "red"},
       "民主评议不合格的预警等级",
       "Card level of an 'unqualified' evaluation grade",
       "民主评议党员最终评定为不合格时亮牌的等级",
       "The card issued when a democratic evaluation's final grade is unqualified"},
  });
}

}  // namespace md::warnings

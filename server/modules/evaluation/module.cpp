// The one place the evaluation module registers with the platform.
#include "modules/evaluation/module.hpp"

#include "modules/evaluation/routes.hpp"
#include "platform/settings/settings.hpp"

namespace md::evaluation {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();

namespace {

// The shares are fractions of two integers so that 1/3 is exactly a third (a permille of 333
// would cap 3 graded members at 0 excellent instead of 1).
void define_settings() {
  using settings::Type;
  settings::define({
      {"evaluation.excellent_cap_numerator",
       "party",
       Type::integer,
       1,
       0,
       100,
       {},
       "民主评议优秀比例上限（分子）",
       "Excellent share cap (numerator)",
       "评定为优秀的党员不超过参加评定等次党员人数的 分子/分母（向下取整），默认 1/3",
       "At most numerator/denominator of the graded members may be rated excellent (rounded "
       "down); default 1/3"},
      {"evaluation.excellent_cap_denominator",
       "party",
       Type::integer,
       3,
       1,
       100,
       {},
       "民主评议优秀比例上限（分母）",
       "Excellent share cap (denominator)",
       "与分子一起确定优秀比例上限",
       "With the numerator, the excellent share cap"},
      {"evaluation.review_share_numerator",
       "party",
       Type::integer,
       1,
       0,
       100,
       {},
       "民主测评不合格票提示比例（分子）",
       "Review flag share of 'unqualified' votes (numerator)",
       "某党员的不合格票超过所投票数的 分子/分母 时，提示支委会重点审议（只作提示，不自动定等次）",
       "A member whose 'unqualified' votes are more than numerator/denominator of the ballots "
       "cast is flagged for the committee's review (a flag only, never a grade)"},
      {"evaluation.review_share_denominator",
       "party",
       Type::integer,
       3,
       1,
       100,
       {},
       "民主测评不合格票提示比例（分母）",
       "Review flag share (denominator)",
       "与分子一起确定提示比例",
       "With the numerator, the review flag share"},
      {"evaluation.notice_days",
       "party",
       Type::integer,
       7,
       1,
       30,
       {},
       "评议结果公示天数",
       "Notice period (days)",
       "评议结果公示期默认天数（含首尾）",
       "Default length of the notice period of the results, in calendar days"},
  });
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  Module m;
  m.name = "evaluation";
  m.migrations = embedded_migrations("evaluation");
  m.grants = grants();
  for (auto* group : {campaign_routes, flow_routes, member_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::evaluation

// The daily warning evaluation: the same engine run as POST /api/warnings/evaluate, over every
// member, as the scheduler (the route stays for an officer who wants it now). Audited like the
// route, but only when the run changed a card, so a quiet day adds no audit record.
#include "modules/warnings/engine.hpp"
#include "platform/jobs/jobs.hpp"

namespace md::warnings {

jobs::Job evaluation_job() {
  return {"warnings.evaluate", 86400, [](jobs::RunContext& run) {
            auto s = settings::Snapshot::load(run.conn);
            EngineInput in;
            in.thresholds = thresholds_from(s);
            if (!thresholds_valid(in.thresholds))
              return std::string("thresholds invalid: nothing done");
            in.evaluation_level = evaluation_level_from(s);
            in.last_month = last_complete_month(run.now);
            in.now = run.now;
            in.actor = run.actor();
            auto res = evaluate(run.conn, in);
            auto result = res.to_json();
            if (res.issued + res.escalated + res.proposed + res.reactivated > 0) {
              audit::Event e = run.actor();
              e.action = "warnings.evaluate";
              e.object_type = "warning_card";
              e.after = {{"lastMonth", in.last_month}, {"result", result}};
              audit::append(run.conn, e, run.now);
            }
            return result.dump();
          }};
}

}  // namespace md::warnings

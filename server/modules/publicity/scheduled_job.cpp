// The scheduled-publishing job. An approved article with a future publish time is already in
// state `published` and the portal shows it once its time has come (rules.hpp is_public); this
// job makes that moment an event: each article that became public in the run's window is
// audited once (the jobs table guarantees each window runs exactly once across instances) and
// every instance is told to forget its cached portal pages.
#include "platform/audit/audit.hpp"
#include "platform/http/page_cache.hpp"
#include "platform/jobs/jobs.hpp"

namespace md::publicity {

jobs::Job scheduled_publish_job() {
  return {"publicity.scheduled_publish", 60, [](jobs::RunContext& run) {
            auto due = run.conn.query(
                "SELECT id, title, published_at FROM articles WHERE state = 'published' AND "
                "published_at > ? AND published_at <= ? ORDER BY published_at, id",
                {run.window_start, run.slot});
            for (const auto& a : due) {
              audit::Event e = run.actor();
              e.action = "publicity.scheduled_publish";
              e.object_type = "article";
              e.object_id = std::to_string(a.i64("id"));
              e.after = {{"title", a.str("title")}, {"publishedAt", a.i64("published_at")}};
              audit::append(run.conn, e, run.now);
            }
            if (!due.empty()) {
              jobs::signal_change(run.conn);
              http::public_pages().invalidate();
            }
            return std::to_string(due.size()) + " article(s) published";
          }};
}

}  // namespace md::publicity

// The voter's side, no account needed (R9.2): submit an opinion from the phone page, follow it
// with the query code, rate the answer; the public list of handled opinions with personal
// data removed. Floods meet per-IP and per-device limits and a bounded queue; a wrong code
// gets one 404 that never tells whether such a code exists.
#include <map>
#include <memory>
#include <mutex>

#include "modules/opinions/intake.hpp"
#include "modules/opinions/routes.hpp"
#include "platform/auth/rate_limit.hpp"
#include "platform/core/errors.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/db/commit_group.hpp"
#include "platform/http/listing.hpp"

namespace md::opinions {
using http::Context;
using http::Response;
using http::Route;

namespace {

/// The device id the phone page keeps in localStorage and sends as X-Device-Id; only its hash
/// is stored (it identifies a browser, not a person).
std::optional<std::string> device_hash(const Context& ctx) {
  auto id = ctx.req.header("x-device-id");
  if (id.empty() || id.size() > 100) return std::nullopt;
  return crypto::sm3_hex("mingdeng.device:" + id);
}

/// How many online opinions wait to be classified (the bounded queue). Counting them on every
/// submission costs a walk over the waiting rows, so the count is taken at most once a second
/// (stopping at the limit) and the submissions taken in since are added to it. The bound is a
/// flood guard: a second's staleness is harmless, a scan per submission under a flood is not.
class QueueGauge {
 public:
  std::int64_t waiting(db::Connection& conn, std::int64_t limit, std::int64_t now) {
    std::lock_guard lock(mu_);
    if (now != counted_at_ || limit != limit_) {
      counted_ = conn.scalar(
          "SELECT COUNT(*) FROM (SELECT 1 FROM opinions o WHERE o.state = 'registered' AND "
          "o.channel = 'online' LIMIT ?) q",
          {limit});
      counted_at_ = now;
      limit_ = limit;
      added_ = 0;
    }
    return counted_ + added_;
  }
  void taken_in() {
    std::lock_guard lock(mu_);
    ++added_;
  }

 private:
  std::mutex mu_;
  std::int64_t counted_ = 0, counted_at_ = -1, limit_ = -1, added_ = 0;
};

/// Public submissions share transactions and commits (one fsync for a batch) and the queue
/// gauge. One per running app and tenant database: a batch runs every member's work on its
/// leader's connection, so two tenants' submissions must never share one.
struct PublicIntake {
  db::CommitGroup group;
  QueueGauge queue;
};

PublicIntake& public_intake(App& app) {
  static std::mutex mu;
  static std::map<std::pair<const App*, std::string>, std::unique_ptr<PublicIntake>> intakes;
  std::lock_guard lock(mu);
  auto& p = intakes[{&app, tenancy::current_key()}];
  if (!p) p = std::make_unique<PublicIntake>();
  return *p;
}

/// Runs inside the submission's transaction: the hits commit with the opinion; a refused or
/// invalid submission rolls back and stores nothing.
void limit_submissions(Context& ctx, const std::optional<std::string>& device) {
  const auto& s = ctx.settings();
  if (!auth::count_hit(ctx.db, "opinions.submit.ip:" + ctx.req.remote_ip,
                       s.get_int("opinions.public_per_ip_hour"), 3600, ctx.now)) {
    throw ApiError(429, "opinions.too_many_submissions");
  }
  if (device && !auth::count_hit(ctx.db, "opinions.submit.device:" + *device,
                                 s.get_int("opinions.public_per_device_hour"), 3600, ctx.now)) {
    throw ApiError(429, "opinions.too_many_submissions");
  }
}

Response submit(Context& ctx) {
  auto device = device_hash(ctx);
  const auto& b = ctx.body;
  Intake in;
  in.channel = "online";
  in.category = b["category"].get<std::string>();
  in.town = b["town"].get<std::string>();
  in.place = b.value("place", "");
  in.content = b["content"].get<std::string>();
  in.contact_name = b.value("contactName", "");
  in.contact_phone = b.value("contactPhone", "");
  in.received_on = today(ctx);
  in.device_hash = device;
  // Submissions share transactions and commits (db::CommitGroup): a flood is capped by the
  // disk's fsync rate otherwise. The work may run on another request's thread and connection,
  // so it uses its own context over `conn`; this request returns after that commit.
  Json out;
  auto& intake = public_intake(ctx.app);
  intake.group.run(ctx.db, [&](db::Connection& conn) {
    Context c(ctx.app, ctx.req, conn, ctx.lang, ctx.now);
    c.user = ctx.user;
    limit_submissions(c, device);
    const auto queue_max = c.settings().get_int("opinions.public_queue_max");
    if (intake.queue.waiting(conn, queue_max, c.now) >= queue_max) {
      throw ApiError(503, "opinions.queue_full");
    }
    out = take_in(c, in);
    intake.queue.taken_in();
  });
  out.erase("id");  // the voter follows the case by its code, not by an id
  return Response::json(out, 201);
}

std::string lookup_key(const Context& ctx) { return "opinions.lookup.ip:" + ctx.req.remote_ip; }

/// The case behind a typed code, or nothing. Reads only: a voter's lookup writes nothing.
std::optional<cases::Case> case_by_code(Context& ctx, const std::string& typed) {
  const auto limit = ctx.settings().get_int("opinions.lookup_per_ip_10min");
  if (!auth::under_limit(ctx.db, lookup_key(ctx), limit, 600, ctx.now)) {
    throw ApiError(429, "request.rate_limited");
  }
  auto code = normalize_code(typed);
  auto id = code ? case_of_code(ctx.db, code_hash(*code)) : std::nullopt;
  if (!id) return std::nullopt;
  return cases::load_case(ctx.db, "opinion", *id);
}

/// One 404 for every miss, never telling whether such a code exists. Only misses count
/// against the per-IP limit: guessing codes is what it stops.
[[noreturn]] void refuse_unknown_code(Context& ctx) {
  auth::allow(ctx.db, lookup_key(ctx), ctx.settings().get_int("opinions.lookup_per_ip_10min"), 600,
              ctx.now);
  throw not_found("opinions.code_unknown");
}

cases::Case case_for_code(Context& ctx, const std::string& typed) {
  if (auto c = case_by_code(ctx, typed)) return *c;
  refuse_unknown_code(ctx);
}

/// Who handles it, as the voter may know it: a department or a town, never a person.
Json public_assignee(const cases::Case& c) {
  return c.assignee.kind == "department" || c.assignee.kind == "unit" ? Json(c.assignee.name)
                                                                      : Json();
}

/// The parts a split opinion became: the voter follows them through the original code (the
/// parts' own codes were never told), each with its stage, handler and reply.
Json parts_of(Context& ctx, const cases::Case& c) {
  Json parts = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT id FROM cases WHERE parent_id = ? AND kind = 'opinion' ORDER BY id", {c.id})) {
    auto part = cases::load_case(ctx.db, "opinion", r.i64("id"));
    auto o = load_opinion(ctx.db, part.id);
    parts.push_back({{"refNo", part.ref_no},
                     {"state", part.state},
                     {"content", o.content},
                     {"assignee", public_assignee(part)},
                     {"deadline", part.deadline ? Json(*part.deadline) : Json()},
                     {"reply", o.reply},
                     {"repliedOn", o.replied_on ? Json(*o.replied_on) : Json()},
                     {"rating", o.rating ? Json(*o.rating) : Json()}});
  }
  return parts;
}

/// What the voter sees: stages and dates, the reply, the rating; no staff names or notes.
Json voter_json(Context& ctx, const cases::Case& c) {
  auto o = load_opinion(ctx.db, c.id);
  Json steps = Json::array();
  for (const auto& e : cases::events_of(ctx.db, c.id)) {
    if (e.action == "supervise") continue;  // internal
    steps.push_back({{"action", e.action}, {"to", e.to_state}, {"at", e.at}});
  }
  Json merged;
  if (c.merged_into) merged = cases::load_case(ctx.db, "opinion", *c.merged_into).ref_no;
  return {{"refNo", c.ref_no},
          {"state", c.state},
          {"category", o.category},
          {"town", o.town},
          {"content", o.content},
          {"receivedOn", o.received_on},
          {"deadline", c.deadline ? Json(*c.deadline) : Json()},
          {"assignee", public_assignee(c)},
          {"reply", o.reply},
          {"repliedOn", o.replied_on ? Json(*o.replied_on) : Json()},
          {"rating", o.rating ? Json(*o.rating) : Json()},
          {"reopened", c.reopened},
          {"mergedInto", merged},
          {"canRate", c.state == "replied"},
          {"parts", c.state == "split" ? parts_of(ctx, c) : Json::array()},
          {"steps", steps}};
}

Response track(Context& ctx) {
  const auto typed = ctx.body["code"].get<std::string>();
  {
    // The lookup's reads share one snapshot: one WAL read lock on SQLite instead of one per
    // statement (fewer system calls on the path whose p99 the issue sets).
    db::ReadBatch reads(ctx.db);
    if (auto c = case_by_code(ctx, typed)) return Response::json(voter_json(ctx, *c));
  }
  refuse_unknown_code(ctx);
}

Response rate(Context& ctx) {
  // Looked up before the transaction: a miss must still count against the IP's limit.
  auto found = case_for_code(ctx, ctx.body["code"].get<std::string>());
  db::Transaction tx(ctx.db);
  auto c = cases::lock_case(ctx.db, "opinion", found.id);
  apply_rating(ctx, c, ctx.body["rating"].get<std::string>(), ctx.body.value("comment", ""));
  tx.commit();
  return Response::json(voter_json(ctx, cases::load_case(ctx.db, "opinion", found.id)));
}

/// The public list: closed opinions only, the clerk's public summary or the text with digit
/// runs removed; never the place, the contact, names of staff or the voter.
Response public_list(Context& ctx) {
  auto p = http::parse_list(ctx, {{"closedOn", "o.closed_at"}, {"receivedOn", "o.received_on"}},
                            "closedOn", 50);
  if (ctx.query("sort").empty()) p.order_by = "o.closed_at DESC";
  // The opinion's copy of its case's state and closing time (Workflow::mirror_table) filters
  // and orders through opinions_public_closed; cases only adds the reference number to the
  // page, so the total is counted without it.
  db::Params params;
  std::string filters = " WHERE o.state = 'closed'";
  if (auto t = ctx.query("town"); !t.empty()) {
    filters += " AND o.town = ?";
    params.emplace_back(t);
  }
  if (auto cat = ctx.query("category"); !cat.empty()) {
    filters += " AND o.category = ?";
    params.emplace_back(cat);
  }
  if (!p.q.empty()) {
    filters +=
        " AND " + http::search_clause({"o.public_summary", "o.content", "o.reply"}, p.q, params);
  }
  auto page = http::query_page(
      ctx.db,
      "c.ref_no, o.closed_at, o.category, o.town, o.received_on, o.replied_on, o.content, "
      "o.public_summary, o.reply, o.rating",
      " FROM opinions o JOIN cases c ON c.id = o.case_id" + filters, params, p,
      p.order_by.ends_with(" DESC") ? "o.case_id DESC" : "o.case_id",
      [](const db::Row& r) {
        auto summary = r.str("public_summary");
        return Json{{"refNo", r.str("ref_no")},
                    {"category", r.str("category")},
                    {"town", r.str("town")},
                    {"receivedOn", r.str("received_on")},
                    {"repliedOn", r.str("replied_on")},
                    {"closedAt", r.i64("closed_at")},
                    {"summary", redact_digits(summary.empty() ? r.str("content") : summary)},
                    {"reply", redact_digits(r.str("reply"))},
                    {"rating", r.str("rating")}};
      },
      " FROM opinions o" + filters);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response options(Context& ctx) {
  Json towns = Json::array(), stations = Json::array();
  for (const auto& r : ctx.db.query("SELECT DISTINCT town FROM workstations ORDER BY town")) {
    towns.push_back(r.str("town"));
  }
  for (const auto& r : ctx.db.query("SELECT id, name, town FROM workstations ORDER BY id")) {
    stations.push_back({{"id", r.i64("id")}, {"name", r.str("name")}, {"town", r.str("town")}});
  }
  return Response::json({{"categories", categories()},
                         {"towns", towns},
                         {"workstations", stations},
                         {"photoMax", kPublicPhotoMax},
                         {"photoMaxKb", ctx.settings().get_int("opinions.photo_max_kb")}});
}

}  // namespace

std::vector<Route> public_routes() {
  using http::Method;
  using http::str;
  const std::string tag = "opinions";
  return {
      {.method = Method::post,
       .path = "/api/public/opinions",
       .access = http::Access::public_,
       .summary = "Submit an opinion without an account (rate-limited per IP and X-Device-Id; "
                  "503 when the queue of unclassified submissions is full); answers the query "
                  "code, shown only this once",
       .tag = tag,
       .body = http::body({str("category").req().len(1, 30), str("town").req().len(1, 50),
                           str("place").len(0, 100), str("content").req().len(5, 2000),
                           str("contactName").len(0, 20), str("contactPhone").len(0, 20)}),
       .handler = submit},
      {.method = Method::post,
       .path = "/api/public/opinions/track",
       .access = http::Access::public_,
       .summary = "Follow an opinion with its query code (rate-limited per IP; one 404 for any "
                  "code that does not match); a split opinion lists its parts",
       .tag = tag,
       .body = http::body({str("code").req().len(1, 40)}),
       .handler = track},
      {.method = Method::post,
       .path = "/api/public/opinions/rate",
       .access = http::Access::public_,
       .summary = "Rate the answer with the query code: satisfied | basic | unsatisfied "
                  "(unsatisfied reopens the case with a one-month deadline)",
       .tag = tag,
       .body = http::body({str("code").req().len(1, 40),
                           str("rating").req().len(1, 20).doc("satisfied | basic | unsatisfied"),
                           str("comment").len(0, 500)}),
       .handler = rate},
      {.method = Method::get,
       .path = "/api/public/opinions",
       .access = http::Access::public_,
       .summary = "Handled (closed) opinions with personal data removed: category, town, dates, "
                  "summary, reply, rating",
       .tag = tag,
       .query = http::list_query(
           {{"town", "string", "town or street"}, {"category", "string", "roads | water | …"}}),
       .handler = public_list},
      {.method = Method::get,
       .path = "/api/public/opinions/options",
       .access = http::Access::public_,
       .summary = "Categories, towns and workstations for the submission form, and the photo "
                  "limits (photoMax, photoMaxKb)",
       .tag = tag,
       .handler = options},
  };
}

}  // namespace md::opinions

// The only translation unit that includes RESTinio (it is heavy to compile): it converts
// between RESTinio's types and the plain Request/Response, and hands API work to the pool.
#include "platform/http/server.hpp"

#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <restinio/all.hpp>
#include <thread>

#include "platform/core/app.hpp"
#include "platform/http/client_ip.hpp"
#include "platform/http/dispatch.hpp"
#include "platform/http/page_cache.hpp"
#include "platform/http/static_files.hpp"
#include "platform/http/worker_pool.hpp"
#include "platform/observability/metrics.hpp"

namespace md::http {
namespace {

using Handle = restinio::request_handle_t;

Request to_request(const Handle& h) {
  Request r;
  const auto& hdr = h->header();
  r.path = url_decode(hdr.path());
  r.query = parse_query(hdr.query());
  hdr.for_each_field([&](const restinio::http_header_field_t& f) {
    std::string name = f.name();
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[name] = f.value();
  });
  r.body = h->body();
  r.remote_ip = h->remote_endpoint().address().to_string();
  return r;
}

void send(const Handle& h, Response&& resp) {
  auto out = h->create_response(restinio::http_status_line_t{
      restinio::http_status_code_t{static_cast<std::uint16_t>(resp.status)},
      std::string(reason_phrase(resp.status))});
  if (!resp.content_type.empty())
    out.append_header(restinio::http_field::content_type, resp.content_type);
  for (auto& [name, value] : resp.headers) out.append_header(name, value);
  out.set_body(std::move(resp.body));
  out.done();
}

std::int64_t seconds_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool is_api_path(std::string_view p) {
  // The public portal (publicity module) is rendered by the server, not the web app.
  return p.starts_with("/api/") || p == "/api" || p == "/healthz" || p == "/readyz" ||
         p == "/portal" || p.starts_with("/portal/");
}

void block_stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int wait_for_stop_signal() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int sig = 0;
  sigwait(&set, &sig);
  return sig;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// GET /metrics (Prometheus): loopback or --metrics-allow addresses only, never through a
// proxy; answered on a worker because the open-votes gauge reads the database.
void serve_metrics(App& app, const Handle& h, const Request& req, WorkerPool* workers) {
  auto started = std::chrono::steady_clock::now();
  bool forwarded = !req.header("x-forwarded-for").empty() || !req.header("x-real-ip").empty();
  if (!observability::metrics_allowed(req.remote_ip, forwarded)) {
    Response r =
        error_response(forbidden(), i18n::parse_accept_language(req.header("accept-language")));
    observability::metrics().observe(nullptr, observability::kMetricsRoute, Method::get, r.status,
                                     seconds_since(started));
    send(h, std::move(r));
    return;
  }
  auto work = [&app, h, started] {
    Response r;
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    r.body = observability::scrape(app);
    r.headers.emplace_back("Cache-Control", "no-store");
    observability::metrics().observe(nullptr, observability::kMetricsRoute, Method::get, r.status,
                                     seconds_since(started));
    send(h, std::move(r));
  };
  if (workers)
    workers->post(std::move(work));
  else
    work();
}

}  // namespace

int serve(App& app) {
  // Blocked before any thread starts, so only the main thread's sigwait sees SIGINT/SIGTERM.
  block_stop_signals();
  const Config& cfg = app.config();
  StaticFiles web(cfg.web_root);
  // workers == 0 runs handlers on the event-loop threads themselves: fewer thread switches,
  // but a slow query then holds up that loop thread — use it only with several io threads.
  std::unique_ptr<WorkerPool> workers =
      cfg.workers > 0 ? std::make_unique<WorkerPool>(cfg.workers) : nullptr;
  observability::metrics().init(app.router().routes());
  // The pool's size (app.cpp): one connection per handler thread plus two (jobs, command line).
  observability::metrics().set_pool_capacity(
      static_cast<std::int64_t>((cfg.workers > 0 ? cfg.workers : cfg.io_threads) + 2));

  auto handler = [&](Handle h) -> restinio::request_handling_status_t {
    auto started = std::chrono::steady_clock::now();
    auto method = parse_method(h->header().method().c_str());
    Request req = to_request(h);
    if (req.path == "/metrics" && method == Method::get) {
      serve_metrics(app, h, req, workers.get());
      return restinio::request_accepted();
    }
    req.remote_ip = client_ip(req.remote_ip, req.header("x-forwarded-for"), cfg.trusted_proxies);
    if (!is_api_path(req.path)) {
      bool gzip = req.header("accept-encoding").find("gzip") != std::string::npos;
      std::optional<Response> r;
      if (method == Method::get) r = web.serve(req.path, gzip);
      if (!r) {
        ApiError e(404, "request.not_found");
        r = error_response(e, i18n::parse_accept_language(req.header("accept-language")));
        add_security_headers(*r);
      }
      observability::metrics().observe(nullptr, observability::kStaticRoute,
                                       method.value_or(Method::get), r->status,
                                       seconds_since(started));
      send(h, std::move(*r));
      return restinio::request_accepted();
    }
    if (!method) {
      Response r = error_response(ApiError(405, "request.method_not_allowed"), i18n::Lang::zh_CN);
      send(h, std::move(r));
      return restinio::request_accepted();
    }
    req.method = *method;
    // A public page already rendered (the portal) is answered here on the event loop: no
    // worker hop, no connection, no settings or session read (platform/http/page_cache.hpp).
    if (req.method == Method::get && !public_pages().empty() && !app.draining.load()) {
      if (auto page =
              public_pages().get(PageCache::key(req.path, req.header("host")), seconds_now())) {
        finish_response(*page, i18n::parse_accept_language(req.header("accept-language")));
        observability::metrics().observe(nullptr, observability::kPageCacheRoute, Method::get,
                                         page->status, seconds_since(started));
        send(h, std::move(*page));
        return restinio::request_accepted();
      }
    }
    if (app.draining.load() && req.path != "/healthz") {
      Response r = error_response(ApiError(503, "server.stopping"),
                                  i18n::parse_accept_language(req.header("accept-language")));
      send(h, std::move(r));
      return restinio::request_accepted();
    }
    ++app.in_flight;
    auto work = [&app, h, req = std::move(req)]() mutable {
      Response resp = dispatch(app, req);
      send(h, std::move(resp));
      --app.in_flight;
    };
    if (workers)
      workers->post(std::move(work));
    else
      work();
    return restinio::request_accepted();
  };

  using namespace std::chrono;
  auto settings =
      restinio::server_settings_t<restinio::default_traits_t>{}
          .address(cfg.host)
          .port(cfg.port)
          .request_handler(handler)
          .read_next_http_message_timelimit(seconds(cfg.request_timeout_seconds))
          .write_http_response_timelimit(seconds(cfg.request_timeout_seconds))
          .handle_request_timeout(seconds(cfg.request_timeout_seconds))
          .incoming_http_msg_limits(
              restinio::incoming_http_msg_limits_t{}
                  .max_url_size(8192)
                  .max_field_name_size(256)
                  .max_field_value_size(8192)
                  .max_field_count(100)
                  // Bodies up to three times the upload limit (at least 64 MB) are
                  // read so the dispatcher can answer 413 with a
                  // message; beyond that the connection closes.
                  .max_body_size(std::max<std::size_t>(cfg.max_upload * 3, std::size_t{64} << 20)));
  auto server = restinio::run_async(restinio::own_io_context(), std::move(settings),
                                    cfg.io_threads == 0 ? 1 : cfg.io_threads);
  spdlog::info("Mingdeng is serving at http://{}:{}/ ({} web files, {} io threads, {} workers)",
               cfg.host, cfg.port, web.size(), cfg.io_threads, cfg.workers);

  int sig = wait_for_stop_signal();
  spdlog::info("signal {} received: finishing {} request(s) in flight", sig, app.in_flight.load());
  app.draining = true;
  auto deadline = steady_clock::now() + seconds(cfg.shutdown_grace_seconds);
  while (app.in_flight.load() > 0 && steady_clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(20));
  }
  if (workers) workers->stop();
  server->stop();
  server->wait();
  spdlog::info("stopped");
  return 0;
}

}  // namespace md::http

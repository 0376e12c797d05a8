#pragma once
// Runs the HTTP server until SIGINT or SIGTERM, then stops gracefully: /readyz turns 503,
// requests already running finish (up to the grace period), then the listener closes.
namespace md {
class App;
}

namespace md::http {

/// Serves the API and the web app; returns the process exit code.
int serve(App& app);

}  // namespace md::http

#pragma once
// Matches a method and path against the declared routes. {id} segments match positive
// integers only and other {name}s match slugs, so "/api/users/abc" is a 404, never a
// handler seeing junk.
#include <optional>
#include <vector>

#include "platform/http/route.hpp"

namespace md::http {

class Router {
 public:
  /// Adds a route; throws if the same method and pattern are already taken.
  void add(Route r);
  /// Result of a lookup.
  struct Match {
    const Route* route = nullptr;
    bool path_known = false;  ///< some route has this path with another method (→ 405)
    std::map<std::string, std::string> params;
  };
  /// Looks up a request.
  Match match(Method m, std::string_view path) const;
  /// All routes, in registration order.
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

/// True when a {name} path parameter holds an integer id (name "id" or ending in "Id").
bool is_integer_param(std::string_view name);
/// Splits "/a/b/c" into {"a","b","c"}.
std::vector<std::string_view> split_path(std::string_view path);

}  // namespace md::http

#include "platform/http/router.hpp"

#include <stdexcept>

namespace md::http {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    std::size_t slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  return parts;
}

namespace {

bool is_id(std::string_view s) {
  if (s.empty() || s.size() > 18 || s[0] == '0') return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// {id}-like parameters (named id or ending in "Id") are positive integers; any other name,
// such as {key}, is a slug of lower-case letters, digits, '.', '_' and '-'.
bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool match_pattern(std::string_view pattern, const std::vector<std::string_view>& parts,
                   std::map<std::string, std::string>* params) {
  auto segs = split_path(pattern);
  if (segs.size() != parts.size()) return false;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    if (segs[i].size() > 2 && segs[i].front() == '{' && segs[i].back() == '}') {
      auto name = segs[i].substr(1, segs[i].size() - 2);
      if (is_integer_param(name) ? !is_id(parts[i]) : !is_slug(parts[i])) return false;
      if (params) (*params)[std::string(segs[i].substr(1, segs[i].size() - 2))] = parts[i];
    } else if (segs[i] != parts[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool is_integer_param(std::string_view name) { return name == "id" || name.ends_with("Id"); }

void Router::add(Route r) {
  for (const auto& existing : routes_) {
    if (existing.method == r.method && existing.path == r.path) {
      throw std::logic_error("duplicate route " + r.path);
    }
  }
  routes_.push_back(std::move(r));
}

Router::Match Router::match(Method m, std::string_view path) const {
  Match result;
  auto parts = split_path(path);
  for (const auto& r : routes_) {
    std::map<std::string, std::string> params;
    if (!match_pattern(r.path, parts, &params)) continue;
    if (r.method == m) {
      result.route = &r;
      result.params = std::move(params);
      return result;
    }
    result.path_known = true;
  }
  return result;
}

}  // namespace md::http

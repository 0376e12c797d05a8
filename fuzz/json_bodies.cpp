// Every JSON request decoder: the first byte picks one of the routes that take a JSON body
// (all modules), the rest is the body; parse_and_validate must answer or throw ApiError.
#include <cstdint>
#include <string_view>
#include <vector>

#include "app/modules.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/schema.hpp"

namespace {
const std::vector<md::http::BodySchema>& schemas() {
  static const auto all = [] {
    std::vector<md::http::BodySchema> out;
    for (const auto& m : md::all_modules())
      for (const auto& r : m.routes)
        if (r.body.present) out.push_back(r.body);
    return out;
  }();
  return all;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto& all = schemas();
  const auto& schema = all[data[0] % all.size()];
  try {
    md::http::parse_and_validate(
        std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), schema);
  } catch (const md::ApiError&) {
  }
  return 0;
}

// The vote-export parser behind `mingdeng verify-vote`: any JSON document is checked or refused.
#include <cstdint>
#include <string_view>

#include "modules/votes/result.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto doc = nlohmann::json::parse(std::string_view(reinterpret_cast<const char*>(data), size),
                                   nullptr, false);
  if (!doc.is_discarded()) md::votes::verify_export(doc);
  return 0;
}

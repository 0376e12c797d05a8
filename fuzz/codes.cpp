// The query-code parser (opinions) and the sign-in QR-token parser (orglife). A query code
// that parses must print and parse back to itself.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "modules/opinions/rules.hpp"
#include "modules/orglife/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto code = md::opinions::normalize_code(text)) {
    auto again = md::opinions::normalize_code(md::opinions::format_code(*code));
    if (!again || *again != *code) std::abort();  // a finding: the printed code reads differently
  }
  md::orglife::parse_signin_token(text);
  return 0;
}

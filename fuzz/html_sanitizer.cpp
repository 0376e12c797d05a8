// The publicity HTML sanitizer: any text in, and what comes out never carries a script.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "modules/publicity/sanitize.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string out =
      md::publicity::sanitize_html(std::string_view(reinterpret_cast<const char*>(data), size));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (out.find("<script") != std::string::npos || out.find("javascript:") != std::string::npos ||
      out.find(" onerror=") != std::string::npos || out.find(" onload=") != std::string::npos) {
    std::abort();  // a finding: active content survived
  }
  return 0;
}

// The Excel importer's reader: any bytes as an uploaded .xlsx — a row table or a refusal.
#include <cstdint>
#include <exception>
#include <string_view>

#include "platform/excel/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    md::excel::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size), 2000);
  } catch (const std::exception&) {
  }
  return 0;
}

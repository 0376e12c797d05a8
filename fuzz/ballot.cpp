// The ballot and proof decoders: any JSON as a posted ballot, a tally or a partial decryption.
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "platform/ballot/ballot.hpp"

namespace {
const md::ballot::Point& vote_key() {
  static const md::ballot::Point y = md::ballot::generate_key("fuzz-vote", 1).pub;
  return y;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  auto j = nlohmann::json::parse(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), nullptr, false);
  if (j.is_discarded()) return 0;
  md::ballot::Shape shape;
  shape.form = data[0] % 3 == 0   ? md::ballot::Form::options3
               : data[0] % 3 == 1 ? md::ballot::Form::pick
                                  : md::ballot::Form::grades;
  shape.questions = 1 + data[0] % 4;
  shape.max_picks = shape.form == md::ballot::Form::pick ? 1 + data[0] % 2 : 0;
  md::ballot::check_ballot(j, "fuzz-vote", vote_key(), shape, nullptr);
  md::ballot::tally_from_json(j);
  md::ballot::partial_from_json(j);
  return 0;
}

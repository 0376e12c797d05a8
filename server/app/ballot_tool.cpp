// `mingdeng ballot-tool`: makes what a browser makes — a scrutineer's key share, an encrypted
// ballot, a partial decryption — so API tests and benches can drive a vote from the shell.
// It never talks to the server or the database.
#include "app/ballot_tool.hpp"

#include <iostream>
#include <sstream>

#include "platform/ballot/ballot.hpp"

namespace md {
namespace {

std::vector<int> parse_choices(const std::string& text) {
  std::vector<int> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(std::stoi(item));
  return out;
}

}  // namespace

void add_ballot_tool(CLI::App& cli, BallotToolArgs& a) {
  auto* tool = cli.add_subcommand(
      "ballot-tool", "make a scrutineer key, a ballot or a partial decryption as a browser would");
  tool->require_subcommand(1);
  auto* key = tool->add_subcommand("key", "a key share: {secret, publicKey, proof}");
  key->add_option("--uid", a.uid)->required();
  key->add_option("--index", a.index)->required();
  auto* ballot = tool->add_subcommand("ballot", "an encrypted ballot with proofs");
  ballot->add_option("--uid", a.uid)->required();
  ballot->add_option("--key", a.key, "the vote's public key (hex)")->required();
  ballot->add_option("--form", a.form)
      ->required()
      ->check(CLI::IsMember({"options3", "pick", "grades"}));
  ballot->add_option("--choices", a.choices, "comma-separated: option per question, or 0/1")
      ->required();
  ballot->add_option("--max-picks", a.max_picks);
  ballot->add_option("--alias", a.alias, "default: random");
  ballot->add_option("--tamper", a.tamper,
                     "proof | point | overpick: make the ballot invalid on purpose");
  auto* partial = tool->add_subcommand("partial", "a partial decryption of a tally: {items}");
  partial->add_option("--uid", a.uid)->required();
  partial->add_option("--index", a.index)->required();
  partial->add_option("--secret", a.secret)->required();
  partial->add_option("--tally", a.tally, "the tally JSON: [{a, b}, …]")->required();
  a.tool = tool;
}

int run_ballot_tool(const BallotToolArgs& a) {
  auto* sub = a.tool->get_subcommands().front();
  std::string verb = sub->get_name();
  if (verb == "key") {
    auto k = ballot::generate_key(a.uid, a.index);
    std::cout << nlohmann::json{{"secret", ballot::to_hex(k.secret.bytes)},
                                {"publicKey", ballot::to_hex(k.pub.bytes)},
                                {"proof",
                                 {{"c", ballot::to_hex(k.proof.c.bytes)},
                                  {"s", ballot::to_hex(k.proof.s.bytes)}}}}
                     .dump()
              << "\n";
    return 0;
  }
  if (verb == "ballot") {
    auto y = ballot::parse_point(a.key);
    if (!y) throw std::runtime_error("--key is not a valid point");
    auto choices = parse_choices(a.choices);
    ballot::Shape shape{ballot::form_from_name(a.form).value(), static_cast<int>(choices.size()),
                        a.max_picks};
    std::string alias = a.alias.empty() ? ballot::random_alias() : a.alias;
    if (a.tamper == "overpick") {
      // More picks than allowed: a valid ballot with the last pick left out, whose last item is
      // swapped for a valid encryption of 1 (same alias and label) — each item's proof holds,
      // the limit proof over the sum does not.
      auto within = choices;
      within.back() = 0;
      auto j = ballot::to_json(ballot::make_ballot(a.uid, alias, *y, shape, within));
      ballot::Shape loose = shape;
      loose.max_picks = static_cast<int>(choices.size());
      j["items"].back() =
          ballot::to_json(ballot::make_ballot(a.uid, alias, *y, loose, choices))["items"].back();
      std::cout << j.dump() << "\n";
      return 0;
    }
    auto b = ballot::make_ballot(a.uid, alias, *y, shape, choices);
    auto j = ballot::to_json(b);
    if (a.tamper == "proof") {
      // Another valid scalar where the first response was: the proof no longer holds.
      std::string& z =
          j["items"][0]["proof"][0].get_ref<nlohmann::json::array_t&>()[1].get_ref<std::string&>();
      z[0] = z[0] == '0' ? '1' : '0';
    } else if (a.tamper == "point") {
      // Bit 255 set: a non-canonical encoding libsodium 1.0.18 would accept.
      std::string& p = j["items"][0]["a"].get_ref<std::string&>();
      p[62] = "89abcdef01234567"[p[62] >= 'a' ? p[62] - 'a' + 10 : p[62] - '0'];
    }
    std::cout << j.dump() << "\n";
    return 0;
  }
  auto x = ballot::parse_scalar(a.secret);
  if (!x) throw std::runtime_error("--secret is not a valid scalar");
  auto tally = ballot::tally_from_json(nlohmann::json::parse(a.tally));
  if (!tally) throw std::runtime_error("--tally is not a tally");
  nlohmann::json items = nlohmann::json::array();
  ballot::Point pub = ballot::public_of(*x);
  for (const auto& ct : *tally) {
    items.push_back(ballot::partial_to_json(ballot::partial_decrypt(a.uid, a.index, *x, pub, ct)));
  }
  std::cout << nlohmann::json{{"items", items}}.dump() << "\n";
  return 0;
}

}  // namespace md

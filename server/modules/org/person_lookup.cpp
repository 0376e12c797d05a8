#include "modules/org/person_lookup.hpp"

#include "modules/org/store.hpp"
#include "platform/core/errors.hpp"

namespace md::org {

std::int64_t person_for_import(db::Connection& conn, const crypto::FieldCipher& cipher,
                               const std::string& name, const std::string& id_card,
                               const std::string& name_field, const std::string& id_field) {
  if (!id_card.empty()) {
    std::string id = id_card;
    if (id.size() == 18 && id[17] == 'x') id[17] = 'X';
    auto person = person_by_id_card(conn, cipher, id);
    if (!person) throw invalid_field(id_field, "import.person_unknown");
    auto row = conn.query_one("SELECT name FROM people WHERE id = ?", {*person});
    if (!name.empty() && row && row->str("name") != name)
      throw invalid_field(name_field, "import.person_unknown");
    return *person;
  }
  if (name.empty()) throw invalid_field(name_field, "validation.required");
  auto rows = conn.query("SELECT id FROM people WHERE name = ? ORDER BY id LIMIT 2", {name});
  if (rows.empty()) throw invalid_field(name_field, "import.person_unknown");
  if (rows.size() > 1) throw invalid_field(name_field, "import.person_ambiguous");
  return rows[0].i64("id");
}

}  // namespace md::org

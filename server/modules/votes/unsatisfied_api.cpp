#include "modules/votes/unsatisfied_api.hpp"

namespace md::votes {

std::vector<UnsatisfiedProject> unsatisfied_projects(db::Connection& conn) {
  std::vector<UnsatisfiedProject> out;
  for (const auto& r :
       conn.query("SELECT id, year, title, department, rectification_note, rectification_due, "
                  "satisfaction_rate_permille, updated_at FROM livelihood_projects WHERE "
                  "satisfaction_grade = 'unsatisfied' ORDER BY id")) {
    UnsatisfiedProject p;
    p.id = r.i64("id");
    p.year = r.i64("year");
    p.title = r.str("title");
    p.department = r.str("department");
    p.rectification_note = r.str("rectification_note");
    p.rectification_due = r.opt_str("rectification_due");
    p.rate_permille = r.opt_i64("satisfaction_rate_permille");
    p.updated_at = r.i64("updated_at");
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace md::votes

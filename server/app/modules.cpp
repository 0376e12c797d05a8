#include "app/modules.hpp"

#include "modules/accountability/module.hpp"
#include "modules/accounts/module.hpp"
#include "modules/deputies/module.hpp"
#include "modules/donations/module.hpp"
#include "modules/dues/module.hpp"
#include "modules/enterprises/module.hpp"
#include "modules/evaluation/module.hpp"
#include "modules/inspection/module.hpp"
#include "modules/learning/module.hpp"
#include "modules/opinions/module.hpp"
#include "modules/org/module.hpp"
#include "modules/orglife/module.hpp"
#include "modules/publicity/module.hpp"
#include "modules/receptions/module.hpp"
#include "modules/rectification/module.hpp"
#include "modules/regulations/module.hpp"
#include "modules/reports/module.hpp"
#include "modules/supervision/module.hpp"
#include "modules/system/module.hpp"
#include "modules/union/module.hpp"
#include "modules/volunteers/module.hpp"
#include "modules/votes/module.hpp"
#include "modules/warnings/module.hpp"

namespace md {

std::vector<Module> all_modules() {
  return {
      accounts::module(),       system::module(),      org::module(),
      deputies::module(),       votes::module(),       orglife::module(),
      learning::module(),       dues::module(),        inspection::module(),
      evaluation::module(),     warnings::module(),    receptions::module(),
      opinions::module(),       publicity::module(),   rectification::module(),
      accountability::module(), trade_union::module(), volunteers::module(),
      donations::module(),      enterprises::module(), regulations::module(),
      supervision::module(),    reports::module(),
  };
}

}  // namespace md

#pragma once
#include "platform/core/module.hpp"

namespace md::system {

/// Settings, the audit log, the message centre, attachments, health and the API document.
Module module();

}  // namespace md::system

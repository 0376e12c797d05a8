#pragma once

namespace md::settings {

/// Defines the platform's own settings (security baseline, general).
void define_platform_settings();

}  // namespace md::settings

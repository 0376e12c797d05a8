#pragma once
// The publicity module's routes and what their handlers share.
#include <vector>

#include "platform/http/route.hpp"

namespace md::publicity {

/// Articles: list, detail with history, create, edit, workflow steps, images; the word list.
std::vector<http::Route> article_routes();
/// The public portal (no sign-in): home, column, article, RSS, sitemap, public images.
std::vector<http::Route> portal_routes();

/// Forgets every cached portal page (an article was published, withdrawn or changed).
void invalidate_portal();

}  // namespace md::publicity

#pragma once
// The message centre: modules post notices to users; each notice also lands in the outbox
// for a later SMS / WeChat sender.
#include <optional>
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md::messages {

/// A notice to post.
struct Notice {
  std::string kind = "notice";  ///< e.g. "notice", "meeting", "deadline", "card"
  std::string title;
  std::string body;
  std::string link;  ///< a web route the notice points at, or ""
  std::optional<std::int64_t> sender_id;
};

/// Posts a notice to the users (inside the caller's transaction); returns the message id.
std::int64_t post(db::Connection& conn, const Notice& n, const std::vector<std::int64_t>& user_ids,
                  std::int64_t now);
/// Unread notices of a user.
std::int64_t unread_count(db::Connection& conn, std::int64_t user_id);

}  // namespace md::messages

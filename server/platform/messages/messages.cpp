#include "platform/messages/messages.hpp"

#include <set>

namespace md::messages {

std::int64_t post(db::Connection& conn, const Notice& n, const std::vector<std::int64_t>& user_ids,
                  std::int64_t now) {
  auto row = conn.query_one(
      "INSERT INTO messages (kind, title, body, link, sender_id, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {n.kind, n.title, n.body, n.link, n.sender_id ? db::Value(*n.sender_id) : db::Value(), now});
  std::int64_t id = row->i64("id");
  std::set<std::int64_t> unique(user_ids.begin(), user_ids.end());
  for (auto uid : unique) {
    conn.exec("INSERT INTO message_recipients (message_id, user_id) VALUES (?, ?)", {id, uid});
    conn.exec(
        "INSERT INTO message_outbox (message_id, user_id, channel, status, created_at) "
        "VALUES (?, ?, 'sms', 'pending', ?)",
        {id, uid, now});
  }
  return id;
}

std::int64_t unread_count(db::Connection& conn, std::int64_t user_id) {
  return conn.scalar(
      "SELECT COUNT(*) FROM message_recipients WHERE user_id = ? AND read_at IS NULL", {user_id});
}

}  // namespace md::messages

#pragma once
// The publicity module's tables: articles (with the case engine's mirror columns) and the
// sensitive-word list. Every function runs in the caller's transaction where it writes.
#include <optional>
#include <string>
#include <vector>

#include "platform/db/db.hpp"
#include "platform/http/types.hpp"

namespace md::publicity {

using http::Json;

/// The columns read for an article (alias a).
extern const char* const kArticleColumns;

/// The article row or nullopt.
std::optional<db::Row> find_article(db::Connection& conn, std::int64_t id);
/// The API shape of an article row (bodyHtml only when `with_body`).
Json article_json(const db::Row& r, std::int64_t now, bool with_body);

/// Published articles visible at `now`, newest first; `column` "" = every column.
std::vector<db::Row> public_articles(db::Connection& conn, std::int64_t now,
                                     const std::string& column, std::int64_t limit);
/// The earliest publication time after `now` (a scheduled article becoming due), if any.
std::optional<std::int64_t> next_due(db::Connection& conn, std::int64_t now);

/// The sensitive-word list in entry order.
std::vector<std::string> sensitive_words(db::Connection& conn);
/// Replaces the list.
void replace_sensitive_words(db::Connection& conn, const std::vector<std::string>& words,
                             std::int64_t now);

/// The portal's own URL of an attachment that is public with its article.
std::string file_url(std::int64_t attachment_id);

}  // namespace md::publicity

#pragma once
// The publicity module's decisions: columns, the article workflow, what may be saved, the
// sensitive-word check, who may review, and when an article is public. Pure.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/cases/workflow.hpp"

namespace md::publicity {

/// A portal column (栏目): its key in the API and its name.
struct Column {
  std::string key, zh, en;
};
const std::vector<Column>& columns();
const Column* find_column(std::string_view key);

/// draft → submit → review → approve → published → withdraw → withdrawn → redraft → draft;
/// review → reject → draft. Every step is a case event (the history).
const cases::Workflow& article_workflow();

/// The fields an author sends, after sanitizing.
struct Draft {
  std::string title, summary, column, author, body_html;
  std::optional<std::int64_t> publish_at;  ///< unix seconds; none = on approval
  bool wechat = false;
};
/// (field, code) pairs for what is wrong; empty when the draft may be saved. `body_text` is the
/// body's plain text (an article needs words, not only markup).
std::vector<std::pair<std::string, std::string>> check_draft(const Draft& d,
                                                             std::string_view body_text);

/// The listed words found in `text` (case-insensitive for ASCII), each once, in list order.
std::vector<std::string> find_sensitive(std::string_view text,
                                        const std::vector<std::string>& words);
/// Cleans an admin's list: trimmed, empty and duplicate entries removed, order kept.
std::vector<std::string> clean_word_list(const std::vector<std::string>& words);

/// The error code refusing this reviewer, or nullopt: the author (creator) and whoever sent the
/// article to review may not approve it — a second person must.
std::optional<std::string> refuse_reviewer(std::int64_t reviewer, std::int64_t created_by,
                                           std::optional<std::int64_t> submitted_by);

/// Visible on the portal: published, and its publish time (if any) has come.
bool is_public(std::string_view state, std::optional<std::int64_t> publish_at, std::int64_t now);

}  // namespace md::publicity

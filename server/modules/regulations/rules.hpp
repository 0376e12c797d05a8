#pragma once
// The rules library's pure decisions: statuses, the search query's normalization and quoting,
// highlighted snippets, and the line/character diff between two versions. No SQL, no HTTP.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::regulations {

/// current (现行) | revised (修订) | repealed (废止).
bool is_status(std::string_view s);

/// The metadata a regulation is checked on.
struct Meta {
  std::string title, issuer, status, issued_on, effective_on;
};
/// Field errors (field, code): title/issuer required, status known, dates YYYY-MM-DD or empty,
/// effective not before issued.
std::vector<std::pair<std::string, std::string>> check_meta(const Meta& m);

/// The longest search query accepted, in characters (code points).
inline constexpr std::size_t kMaxQueryChars = 100;
/// Queries shorter than this many characters cannot use the trigram index.
inline constexpr std::size_t kTrigramMinChars = 3;

/// Why a query was refused, or the query to run.
struct NormalizedQuery {
  std::string text;  ///< trimmed, inner whitespace runs collapsed to one space
  std::size_t chars = 0;
  std::optional<std::string> error;  ///< "regulations.query_required" / "…query_too_long"
};
/// Trims and collapses whitespace; refuses empty and over-long queries (counted in characters).
NormalizedQuery normalize_query(std::string_view raw);

/// The query as one FTS5 string literal: "…" with inner double quotes doubled, so operators,
/// parentheses, stars and column filters in the user's text are matched literally.
std::string fts5_phrase(std::string_view text);

/// A piece of a snippet: plain text or a hit.
struct Segment {
  std::string text;
  bool hit = false;
};
/// Up to `radius` characters either side of the first hit of `needle` in `text` (ASCII case
/// folded), with every hit inside marked; the start of the text when there is no hit.
/// Cut on character boundaries; "…" marks a cut.
std::vector<Segment> snippet(std::string_view text, std::string_view needle, std::size_t radius);

/// One piece of a diff.
struct DiffOp {
  enum Kind { same, added, removed } kind = same;
  std::string text;
};
/// Splits into code points (UTF-8).
std::vector<std::string> code_points(std::string_view s);
/// Splits into lines without their line breaks.
std::vector<std::string> lines_of(std::string_view s);
/// The shortest edit between two token lists by longest common subsequence; runs of one kind
/// are merged (tokens joined by `joiner`). Falls back to "all removed, all added" when
/// a.size() × b.size() exceeds `max_cells` (keeps time and memory bounded).
std::vector<DiffOp> diff_tokens(const std::vector<std::string>& a,
                                const std::vector<std::string>& b, std::string_view joiner,
                                std::size_t max_cells = 4'000'000);

/// A line of the version diff: same / added / removed, and for a changed line (a removed line
/// directly followed by an added one) its character-level pieces.
struct DiffLine {
  DiffOp::Kind kind = DiffOp::same;
  std::string text;
  std::vector<DiffOp> chars;  ///< set on "changed" pairs: the inline diff
};
/// The readable diff between two texts: by line, then by character inside changed lines.
std::vector<DiffLine> diff_texts(std::string_view before, std::string_view after);

/// True when a new version would change nothing (title and text equal after trimming the end
/// of each line).
bool same_text(std::string_view title_a, std::string_view body_a, std::string_view title_b,
               std::string_view body_b);

}  // namespace md::regulations

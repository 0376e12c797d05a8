#include "modules/regulations/rules.hpp"

#include <algorithm>
#include <cstdint>

#include "platform/cases/workdays.hpp"

namespace md::regulations {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Byte length of the UTF-8 sequence starting with `c` (1 for stray continuation bytes).
std::size_t seq_len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

std::string fold(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Byte offset `n` characters before / after `pos`, on character boundaries.
std::size_t back_chars(std::string_view s, std::size_t pos, std::size_t n) {
  while (pos > 0 && n > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    --n;
  }
  return pos;
}
std::size_t forward_chars(std::string_view s, std::size_t pos, std::size_t n) {
  while (pos < s.size() && n > 0) {
    pos += seq_len(static_cast<unsigned char>(s[pos]));
    --n;
  }
  return std::min(pos, s.size());
}

std::string rtrim_lines(std::string_view s) {
  std::string out;
  for (const auto& line : lines_of(s)) {
    std::string l = line;
    while (!l.empty() && is_space(static_cast<unsigned char>(l.back()))) l.pop_back();
    out += l;
    out += '\n';
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

void push(std::vector<DiffOp>& out, DiffOp::Kind kind, const std::string& token,
          std::string_view joiner) {
  if (!out.empty() && out.back().kind == kind) {
    out.back().text += joiner;
    out.back().text += token;
  } else {
    out.push_back({kind, token});
  }
}

}  // namespace

bool is_status(std::string_view s) { return s == "current" || s == "revised" || s == "repealed"; }

std::vector<std::pair<std::string, std::string>> check_meta(const Meta& m) {
  std::vector<std::pair<std::string, std::string>> errors;
  auto blank = [](const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return is_space(c); });
  };
  if (blank(m.title)) errors.emplace_back("title", "regulations.title_required");
  if (blank(m.issuer)) errors.emplace_back("issuer", "regulations.issuer_required");
  if (!is_status(m.status)) errors.emplace_back("status", "regulations.status");
  bool issued_ok = m.issued_on.empty() || cases::is_date(m.issued_on);
  bool effective_ok = m.effective_on.empty() || cases::is_date(m.effective_on);
  if (!issued_ok) errors.emplace_back("issuedOn", "regulations.date_format");
  if (!effective_ok) errors.emplace_back("effectiveOn", "regulations.date_format");
  if (issued_ok && effective_ok && !m.issued_on.empty() && !m.effective_on.empty() &&
      m.effective_on < m.issued_on)
    errors.emplace_back("effectiveOn", "regulations.effective_before_issued");
  return errors;
}

NormalizedQuery normalize_query(std::string_view raw) {
  NormalizedQuery q;
  bool pending_space = false;
  for (unsigned char c : raw) {
    if (is_space(c)) {
      pending_space = !q.text.empty();
      continue;
    }
    if (pending_space) q.text += ' ';
    pending_space = false;
    q.text += static_cast<char>(c);
  }
  for (unsigned char c : q.text)
    if ((c & 0xC0) != 0x80) ++q.chars;
  if (q.chars == 0) q.error = "regulations.query_required";
  if (q.chars > kMaxQueryChars) q.error = "regulations.query_too_long";
  return q;
}

std::string fts5_phrase(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::vector<Segment> snippet(std::string_view text, std::string_view needle, std::size_t radius) {
  std::vector<Segment> out;
  std::string hay = fold(text), pin = fold(needle);
  std::size_t first = pin.empty() ? std::string::npos : hay.find(pin);
  std::size_t from = 0, to = 0;
  if (first == std::string::npos) {
    to = forward_chars(text, 0, radius * 2);
  } else {
    from = back_chars(text, first, radius);
    to = forward_chars(text, first + pin.size(), radius);
  }
  if (from > 0) out.push_back({"…", false});
  std::size_t pos = from;
  while (first != std::string::npos && pos < to) {
    std::size_t hit = hay.find(pin, pos);
    if (hit == std::string::npos || hit + pin.size() > to) break;
    if (hit > pos) out.push_back({std::string(text.substr(pos, hit - pos)), false});
    out.push_back({std::string(text.substr(hit, pin.size())), true});
    pos = hit + pin.size();
  }
  if (pos < to) out.push_back({std::string(text.substr(pos, to - pos)), false});
  if (to < text.size()) out.push_back({"…", false});
  return out;
}

std::vector<std::string> code_points(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = std::min(seq_len(static_cast<unsigned char>(s[i])), s.size() - i);
    out.emplace_back(s.substr(i, n));
    i += n;
  }
  return out;
}

std::vector<std::string> lines_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t nl = s.find('\n', start);
    std::string_view line = s.substr(start, nl == std::string::npos ? s.npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.emplace_back(line);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  if (out.size() == 1 && out[0].empty()) out.clear();
  return out;
}

std::vector<DiffOp> diff_tokens(const std::vector<std::string>& a,
                                const std::vector<std::string>& b, std::string_view joiner,
                                std::size_t max_cells) {
  // The common head and tail need no table: versions of a regulation mostly agree.
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  std::size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<DiffOp> out;
  for (std::size_t i = 0; i < head; ++i) push(out, DiffOp::same, a[i], joiner);
  if (n * m > max_cells) {
    for (std::size_t i = 0; i < n; ++i) push(out, DiffOp::removed, a[head + i], joiner);
    for (std::size_t j = 0; j < m; ++j) push(out, DiffOp::added, b[head + j], joiner);
  } else {
    // lcs[i][j]: the LCS length of a[head+i..] and b[head+j..].
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        lcs[at(i, j)] = a[head + i] == b[head + j] ? lcs[at(i + 1, j + 1)] + 1
                                                   : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        push(out, DiffOp::same, a[head + i], joiner);
        ++i, ++j;
      } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
        push(out, DiffOp::added, b[head + j], joiner);
        ++j;
      } else {
        push(out, DiffOp::removed, a[head + i], joiner);
        ++i;
      }
    }
  }
  for (std::size_t i = a.size() - tail; i < a.size(); ++i) push(out, DiffOp::same, a[i], joiner);
  // Removals before additions inside each changed stretch reads naturally.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    if (out[k].kind == DiffOp::added && out[k + 1].kind == DiffOp::removed)
      std::swap(out[k], out[k + 1]);
  }
  return out;
}

std::vector<DiffLine> diff_texts(std::string_view before, std::string_view after) {
  std::vector<DiffLine> out;
  auto ops = diff_tokens(lines_of(before), lines_of(after), "\n");
  for (std::size_t k = 0; k < ops.size(); ++k) {
    auto ls = lines_of(ops[k].text);
    if (ls.empty()) ls.emplace_back();
    // One removed line replaced by one added line: show what changed inside it.
    if (ops[k].kind == DiffOp::removed && k + 1 < ops.size() && ops[k + 1].kind == DiffOp::added &&
        ls.size() == 1 && lines_of(ops[k + 1].text).size() <= 1) {
      DiffLine line{DiffOp::removed, ops[k].text, {}};
      line.chars = diff_tokens(code_points(ops[k].text), code_points(ops[k + 1].text), "");
      out.push_back(line);
      out.push_back({DiffOp::added, ops[k + 1].text, line.chars});
      ++k;
      continue;
    }
    for (auto& l : ls) out.push_back({ops[k].kind, l, {}});
  }
  return out;
}

bool same_text(std::string_view title_a, std::string_view body_a, std::string_view title_b,
               std::string_view body_b) {
  return rtrim_lines(title_a) == rtrim_lines(title_b) && rtrim_lines(body_a) == rtrim_lines(body_b);
}

}  // namespace md::regulations

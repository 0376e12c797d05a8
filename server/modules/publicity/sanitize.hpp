#pragma once
// The article HTML sanitizer: whatever the editor (or an attacker) sends is parsed with Gumbo,
// the HTML5 parser browsers agree with, and only allow-listed elements and attributes are
// written back out. Pure: no SQL, no HTTP.
#include <string>
#include <string_view>

namespace md::publicity {

/// Safe HTML for an article body. Allowed: p, h2–h4 (h1 becomes h2, h5/h6 become h4), strong,
/// b, em, i, u, s, blockquote, ul, ol, li, a[href http/https/mailto, title] (written with
/// rel="noopener noreferrer"), img[src https:// or /portal/files/N, alt, width, height],
/// table/thead/tbody/tfoot/tr/th/td[colspan, rowspan], br, hr, span, sub, sup, pre, code, and a
/// `style` limited to text-align. Elements that carry code or foreign content (script, style,
/// iframe, object, embed, svg, math, template, form controls…) are dropped with their content;
/// any other element (div, font, Word's o:p…) is unwrapped, keeping its text. Comments and every
/// other attribute (on*, class, id, style beyond text-align) are dropped.
std::string sanitize_html(std::string_view html);

/// Plain text of an HTML fragment (tags removed, entities decoded, whitespace collapsed), at
/// most `max_chars` UTF-8 characters — for summaries, RSS and the sensitive-word check.
std::string html_to_text(std::string_view html, std::size_t max_chars = 1000000);

/// True for a URL the sanitizer keeps in a link: http:, https: or mailto:.
bool is_safe_link(std::string_view url);
/// True for an image source the sanitizer keeps: https:// or the portal's own files.
bool is_safe_image(std::string_view url);

/// Escapes & < > " ' for HTML text and attribute values.
std::string escape_html(std::string_view s);

}  // namespace md::publicity

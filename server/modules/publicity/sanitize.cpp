// The allow-list sanitizer over Gumbo's parse tree (see sanitize.hpp). Parsing first and
// writing only what is allowed means no string trick (broken tags, entities, odd casing,
// comments, nested quotes) survives: the output is re-serialized, never copied.
#include "modules/publicity/sanitize.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace md::publicity {
namespace {

using Attrs = std::set<std::string_view>;

// Element → the attributes it may keep (style is handled apart: text-align only).
const std::map<std::string_view, Attrs>& allowed_elements() {
  static const std::map<std::string_view, Attrs> m = {
      {"p", {"style"}},
      {"h2", {"style"}},
      {"h3", {"style"}},
      {"h4", {"style"}},
      {"strong", {}},
      {"b", {}},
      {"em", {}},
      {"i", {}},
      {"u", {}},
      {"s", {}},
      {"blockquote", {}},
      {"ul", {}},
      {"ol", {}},
      {"li", {}},
      {"a", {"href", "title"}},
      {"img", {"src", "alt", "width", "height"}},
      {"table", {}},
      {"thead", {}},
      {"tbody", {}},
      {"tfoot", {}},
      {"tr", {}},
      {"th", {"colspan", "rowspan"}},
      {"td", {"colspan", "rowspan"}},
      {"br", {}},
      {"hr", {}},
      {"span", {}},
      {"sub", {}},
      {"sup", {}},
      {"pre", {}},
      {"code", {}},
  };
  return m;
}

// Dropped together with everything inside them.
bool drop_whole(GumboTag tag, GumboNamespaceEnum ns) {
  if (ns != GUMBO_NAMESPACE_HTML) return true;  // svg, math and what they hold
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
std::string without_controls(std::string_view url) {
  std::string out;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u > 0x20 && u != 0x7f) out.push_back(c);
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 5 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "text-align: center" (any case, optional semicolon) → the kept declaration, or "".
std::string text_align_of(std::string_view style) {
  std::string s = lower(without_controls(style));
  for (const char* v : {"left", "center", "right", "justify"}) {
    std::string want = std::string("text-align:") + v;
    if (s == want || s == want + ";") return want;
  }
  return "";
}

const char* element_name(GumboTag tag) {
  if (tag == GUMBO_TAG_H1) return "h2";
  if (tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6) return "h4";
  return gumbo_normalized_tagname(tag);
}

void write_children(const GumboNode* node, std::string& out);

void write_element(const GumboNode* node, std::string& out) {
  const GumboElement& el = node->v.element;
  if (drop_whole(el.tag, el.tag_namespace)) return;
  std::string_view name = el.tag == GUMBO_TAG_UNKNOWN ? "" : element_name(el.tag);
  auto it = allowed_elements().find(name);
  if (it == allowed_elements().end()) {  // unwrap: keep the text, lose the tag
    write_children(node, out);
    return;
  }
  if (name == "a") {  // a link to an unsafe place is no link: its text stays
    const GumboAttribute* href = gumbo_get_attribute(&el.attributes, "href");
    if (!href || !is_safe_link(href->value)) {
      write_children(node, out);
      return;
    }
  }
  if (name == "img") {
    const GumboAttribute* src = gumbo_get_attribute(&el.attributes, "src");
    if (!src || !is_safe_image(src->value)) return;  // an image without a safe source is nothing
  }
  out += '<';
  out += name;
  for (unsigned i = 0; i < el.attributes.length; ++i) {
    auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
    std::string attr = lower(a->name);
    if (!it->second.count(attr)) continue;
    std::string value = a->value;
    if (attr == "href" && !is_safe_link(value)) continue;
    if ((attr == "width" || attr == "height" || attr == "colspan" || attr == "rowspan") &&
        !all_digits(value)) {
      continue;
    }
    if (attr == "style") {
      value = text_align_of(value);
      if (value.empty()) continue;
    }
    out += ' ';
    out += attr;
    out += "=\"";
    out += escape_html(value);
    out += '"';
  }
  if (name == "a") out += " rel=\"noopener noreferrer\"";
  out += '>';
  if (name == "br" || name == "hr" || name == "img") return;
  write_children(node, out);
  out += "</";
  out += name;
  out += '>';
}

void write_node(const GumboNode* node, std::string& out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      out += escape_html(node->v.text.text);
      break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      write_element(node, out);
      break;
    default:  // comments, documents
      break;
  }
}

void write_children(const GumboNode* node, std::string& out) {
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) write_node(static_cast<GumboNode*>(kids.data[i]), out);
}

void text_of(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& el = node->v.element;
  if (drop_whole(el.tag, el.tag_namespace)) return;
  bool block = el.tag == GUMBO_TAG_P || el.tag == GUMBO_TAG_BR || el.tag == GUMBO_TAG_LI ||
               el.tag == GUMBO_TAG_DIV || (el.tag >= GUMBO_TAG_H1 && el.tag <= GUMBO_TAG_H6) ||
               el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH;
  if (block) out += ' ';
  for (unsigned i = 0; i < el.children.length; ++i)
    text_of(static_cast<GumboNode*>(el.children.data[i]), out);
  if (block) out += ' ';
}

// The <body> of Gumbo's document: a fragment always parses into html > head + body.
const GumboNode* body_of(const GumboOutput* doc) {
  const GumboVector& kids = doc->root->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* n = static_cast<const GumboNode*>(kids.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) return n;
  }
  return nullptr;
}

template <typename F>
std::string with_body(std::string_view html, F&& f) {
  GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string out;
  if (const GumboNode* body = body_of(doc)) f(body, out);
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  return out;
}

}  // namespace

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool is_safe_link(std::string_view url) {
  std::string u = lower(without_controls(url));
  return u.starts_with("https://") || u.starts_with("http://") || u.starts_with("mailto:");
}

bool is_safe_image(std::string_view url) {
  std::string raw(url);
  if (raw != without_controls(url)) return false;
  std::string u = lower(raw);
  if (u.starts_with("https://")) return u.size() > 8;
  const std::string own = "/portal/files/";
  if (!u.starts_with(own)) return false;
  std::string_view id = std::string_view(u).substr(own.size());
  return !id.empty() && id.size() <= 18 && id[0] != '0' &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string sanitize_html(std::string_view html) {
  return with_body(html,
                   [](const GumboNode* body, std::string& out) { write_children(body, out); });
}

std::string html_to_text(std::string_view html, std::size_t max_chars) {
  std::string raw =
      with_body(html, [](const GumboNode* body, std::string& out) { text_of(body, out); });
  // Collapse runs of ASCII whitespace and the ideographic space; cut at a character boundary.
  std::string out;
  bool space = false;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < raw.size() && chars < max_chars;) {
    auto c = static_cast<unsigned char>(raw[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        raw.compare(i, 2, "\xc2\xa0") == 0) {
      space = true;
      i += (c == 0xc2) ? 2 : 1;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
      ++chars;
    }
    space = false;
    std::size_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    out.append(raw, i, len);
    i += len;
    ++chars;
  }
  return out;
}

}  // namespace md::publicity

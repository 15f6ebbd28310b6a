// read_page_metadata on small hand-written pages: each source, their order of
// trust, and pages that try to break it.
#include "html/markup_metadata.hpp"

#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "html/author_names.hpp"
#include "html/meta_dates.hpp"
#include "html/page_title.hpp"

namespace {

using newslib::page_field_origin;
using newslib::page_metadata;
using newslib::detail::clean_author_names;
using newslib::detail::date_from_url;
using newslib::detail::parse_meta_date;
using strings = std::vector<std::string>;

// A parsed page that frees itself.
class parsed_page {
 public:
  explicit parsed_page(const std::string& html) : document_(lxb_html_document_create()) {
    const auto status = lxb_html_document_parse(
        document_, reinterpret_cast<const lxb_char_t*>(html.data()), html.size());
    EXPECT_EQ(status, LXB_STATUS_OK);
  }
  ~parsed_page() { lxb_html_document_destroy(document_); }
  parsed_page(const parsed_page&) = delete;
  parsed_page& operator=(const parsed_page&) = delete;
  lxb_html_document_t* get() const { return document_; }

 private:
  lxb_html_document_t* document_;
};

page_metadata read(const std::string& html, std::string_view url = {}) {
  const parsed_page page(html);
  return newslib::detail::read_page_metadata(page.get(), url);
}

std::string json_ld(const std::string& json) {
  return "<script type=\"application/ld+json\">" + json + "</script>";
}

// --- sources and their order ------------------------------------------------

TEST(MarkupMetadata, OpenGraphTitleAndPublishedTime) {
  const page_metadata m = read(R"(<html><head>
    <title>Storm hits coast | Daily Planet</title>
    <meta property="og:title" content="Storm hits the coast">
    <meta property="og:site_name" content="Daily Planet">
    <meta property="article:published_time" content="2024-05-17T23:30:00-07:00">
    <meta property="article:modified_time" content="2024-05-18T08:00:00Z">
    </head><body><h1>Storm hits the coast</h1></body></html>)");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Storm hits the coast");
  EXPECT_EQ(m.title->origin, page_field_origin::open_graph);
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->value.iso(), "2024-05-17");  // as written, not moved to UTC
  EXPECT_EQ(m.published->origin, page_field_origin::open_graph);
  ASSERT_TRUE(m.modified);
  EXPECT_EQ(m.modified->value.iso(), "2024-05-18");
  ASSERT_TRUE(m.site_name);
  EXPECT_EQ(m.site_name->value, "Daily Planet");
}

TEST(MarkupMetadata, JsonLdComesBeforeOpenGraph) {
  const page_metadata m = read("<html><head>"
                               "<meta property=\"og:title\" content=\"Social title\">"
                               "<meta property=\"article:published_time\" content=\"2024-01-02\">"
                               "<meta name=\"author\" content=\"Meta Author\">" +
                               json_ld(R"({"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Headline from JSON-LD","datePublished":"2024-01-01T10:00:00+09:00",
        "author":{"@type":"Person","name":"Jane Doe"}})") +
                               "</head><body></body></html>");
  ASSERT_TRUE(m.title && m.published && m.authors);
  EXPECT_EQ(m.title->value, "Headline from JSON-LD");
  EXPECT_EQ(m.title->origin, page_field_origin::json_ld);
  EXPECT_EQ(m.published->value.iso(), "2024-01-01");
  EXPECT_EQ(m.published->origin, page_field_origin::json_ld);
  EXPECT_EQ(m.authors->value, strings{"Jane Doe"});
  EXPECT_EQ(m.authors->origin, page_field_origin::json_ld);
}

TEST(MarkupMetadata, JsonLdGraphArraysAndAuthorReferences) {
  const page_metadata m = read("<html><head>" + json_ld(R"({"@context":"https://schema.org",
      "@graph":[
        {"@type":"WebSite","@id":"#site","name":"The Gazette"},
        {"@type":["Article","NewsArticle"],"headline":"Graph article",
         "datePublished":"Fri, 17 May 2024 09:30:00 GMT",
         "author":[{"@id":"#jane"},"John Roe",{"@type":"Organization","name":"The Gazette"}],
         "keywords":["floods","weather"],"articleSection":"Science"},
        {"@type":"Person","@id":"#jane","name":"Jane Doe"}]})") +
                               "</head><body></body></html>");
  ASSERT_TRUE(m.title && m.published && m.authors && m.site_name && m.section);
  EXPECT_EQ(m.title->value, "Graph article");
  EXPECT_EQ(m.published->value.iso(), "2024-05-17");
  EXPECT_EQ(m.authors->value, (strings{"Jane Doe", "John Roe"}));
  EXPECT_EQ(m.site_name->value, "The Gazette");
  EXPECT_EQ(m.section->value, "Science");
  EXPECT_EQ(m.tags, (strings{"floods", "weather"}));
}

TEST(MarkupMetadata, JsonLdInCdataAndTopLevelArray) {
  const page_metadata m = read("<html><head>" + json_ld(R"(
      <![CDATA[ [{"@type":"BreadcrumbList"},
                 {"@type":"BlogPosting","name":"Named post","dateModified":"2023-03-04"}] ]]>)") +
                               "</head></html>");
  ASSERT_TRUE(m.title && m.modified);
  EXPECT_EQ(m.title->value, "Named post");
  EXPECT_EQ(m.modified->value.iso(), "2023-03-04");
}

TEST(MarkupMetadata, MalformedJsonLdIsSkipped) {
  const page_metadata m = read("<html><head>" +
                               json_ld(R"({"@type":"NewsArticle","headline":"Broken",)") +
                               json_ld("not json at all") + json_ld(R"({"headline": [1, 2)") +
                               "<title>Title element</title></head></html>");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Title element");
  EXPECT_EQ(m.title->origin, page_field_origin::title_element);
  EXPECT_FALSE(m.published);
}

TEST(MarkupMetadata, DeeplyNestedJsonLdIsRefused) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  const std::string nested_author =
      R"({"@type":"NewsArticle","headline":"Deep","author":)" + std::string(200, '[') +
      R"("Jane Doe")" + std::string(200, ']') + "}";
  const page_metadata m = read("<html><head>" + json_ld(deep) + json_ld(nested_author) +
                               "<title>Kept</title></head></html>");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Kept");  // both blocks are past the nesting cap
}

TEST(MarkupMetadata, TitleElementLosesTheSiteName) {
  const page_metadata m = read(
      "<html><head><title>Council approves budget | Springfield Herald</title>"
      "<meta name=\"application-name\" content=\"Springfield Herald\"></head></html>");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Council approves budget");
  EXPECT_EQ(m.title->origin, page_field_origin::title_element);
}

TEST(MarkupMetadata, TitleSuffixThatIsNotTheSiteStays) {
  const page_metadata m = read(
      "<html><head><title>Review - A Quiet Film</title>"
      "<meta property=\"og:site_name\" content=\"Cinema Weekly\"></head></html>");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Review - A Quiet Film");
}

TEST(MarkupMetadata, SiteNameFromTheHostWhenNoneIsDeclared) {
  const page_metadata m =
      read("<html><head><title>Rates rise again - Examplenews</title></head></html>",
           "https://www.examplenews.com/business/rates");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Rates rise again");
}

TEST(MarkupMetadata, TitleThatOnlyNamesTheSiteYieldsToOneThatSaysMore) {
  const page_metadata m = read(R"(<html><head>
      <meta property="og:title" content="Daily Planet">
      <meta property="og:site_name" content="Daily Planet"></head>
      <body><h1>Bridge reopens after repairs</h1></body></html>)");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Bridge reopens after repairs");
  EXPECT_EQ(m.title->origin, page_field_origin::heading);

  const page_metadata home = read(R"(<html><head>
      <meta property="og:title" content="Daily Planet">
      <meta property="og:site_name" content="Daily Planet"></head></html>)");
  ASSERT_TRUE(home.title);
  EXPECT_EQ(home.title->value, "Daily Planet");
}

TEST(MarkupMetadata, HeadingKeepsTypographicQuotesAndStripsTitleDecoration) {
  const page_metadata quotes = read(R"(<html><head>
      <meta property="og:title" content="Mayor's 'bold' plan"></head>
      <body><h1>Mayor’s ‘bold’ plan</h1></body></html>)");
  ASSERT_TRUE(quotes.title);
  EXPECT_EQ(quotes.title->value, "Mayor’s ‘bold’ plan");

  const page_metadata decorated = read(
      "<html><head><title>Harvest starts early-Farm Gazette Online</title></head>"
      "<body><h1>Harvest starts early</h1></body></html>");
  ASSERT_TRUE(decorated.title);
  EXPECT_EQ(decorated.title->value, "Harvest starts early");
}

TEST(MarkupMetadata, HeadingIsTheLastResortForTheTitle) {
  const page_metadata m = read("<html><body><nav><h1>Site logo</h1></nav>"
                               "<article><h1> Only a  heading </h1></article></body></html>");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Only a heading");
  EXPECT_EQ(m.title->origin, page_field_origin::heading);
}

TEST(MarkupMetadata, MetaNameDatesAndTimeElements) {
  const page_metadata from_meta = read(
      "<html><head><meta name=\"pubdate\" content=\"20240305\"></head></html>");
  ASSERT_TRUE(from_meta.published);
  EXPECT_EQ(from_meta.published->value.iso(), "2024-03-05");
  EXPECT_EQ(from_meta.published->origin, page_field_origin::meta_tag);

  const page_metadata from_time = read(
      "<html><body><article><time datetime=\"2022-11-30T08:00:00+01:00\">Nov 30</time>"
      "</article></body></html>");
  ASSERT_TRUE(from_time.published);
  EXPECT_EQ(from_time.published->value.iso(), "2022-11-30");
  EXPECT_EQ(from_time.published->origin, page_field_origin::time_element);

  const page_metadata from_itemprop = read(
      "<html><body><span itemprop=\"datePublished\" content=\"2021-07-04\">July 4</span>"
      "</body></html>");
  ASSERT_TRUE(from_itemprop.published);
  EXPECT_EQ(from_itemprop.published->value.iso(), "2021-07-04");
}

TEST(MarkupMetadata, DateFromTheAddressWhenTheMarkupHasNone) {
  const page_metadata m =
      read("<html><head><title>x</title></head></html>", "https://example.com/2019/08/20/story/");
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->value.iso(), "2019-08-20");
  EXPECT_EQ(m.published->origin, page_field_origin::url);
}

TEST(MarkupMetadata, AuthorsFromMetaRelAuthorAndBylines) {
  const page_metadata meta = read(R"(<html><head>
      <meta property="article:author" content="https://www.facebook.com/janedoe">
      <meta name="author" content="By JANE DOE and John Roe"></head></html>)");
  ASSERT_TRUE(meta.authors);
  EXPECT_EQ(meta.authors->value, (strings{"Jane Doe", "John Roe"}));
  EXPECT_EQ(meta.authors->origin, page_field_origin::meta_tag);

  const page_metadata rel = read(R"(<html><body><article>
      <div class="meta"><a rel="author" href="/a/1">Ann Lee</a> and
        <a rel="author" href="/a/2">Bo Chen</a></div></article>
      <div class="teasers"><div><p><a rel="author" href="/a/3">Other Writer</a></p></div></div>
      </body></html>)");
  ASSERT_TRUE(rel.authors);
  EXPECT_EQ(rel.authors->value, (strings{"Ann Lee", "Bo Chen"}));
  EXPECT_EQ(rel.authors->origin, page_field_origin::link_element);

  const page_metadata byline = read(R"(<html><body class="sidebar-left"><article>
      <div class="author-avatar"><img alt="x"></div>
      <p class="byline">By Maria Garcia, Staff Writer | March 25, 2015</p></article>
      <aside><p class="byline">By Sidebar Person</p></aside></body></html>)");
  ASSERT_TRUE(byline.authors);
  EXPECT_EQ(byline.authors->value, strings{"Maria Garcia"});
  EXPECT_EQ(byline.authors->origin, page_field_origin::byline_block);
}

TEST(MarkupMetadata, MicrodataAuthorName) {
  const page_metadata m = read(R"(<html><body><span itemprop="author creator" itemscope>
      <a href="/p"><span itemprop="name">Louise Martin</span></a> (Paris)</span></body></html>)");
  ASSERT_TRUE(m.authors);
  EXPECT_EQ(m.authors->value, strings{"Louise Martin"});
}

TEST(MarkupMetadata, LanguageCanonicalDescriptionAndTags) {
  const page_metadata m = read(R"(<html lang="en-GB"><head>
      <link rel="canonical" href="/news/story-1">
      <meta property="og:locale" content="fr_FR">
      <meta name="description" content="  A short   summary. ">
      <meta property="article:section" content="World">
      <meta property="article:tag" content="Elections">
      <meta property="article:tag" content="Europe, Elections">
      <meta name="keywords" content="ignored, because, article tags exist">
      </head></html>)",
                               "https://news.example.org/world/page?id=3");
  ASSERT_TRUE(m.language && m.canonical_url && m.description && m.section);
  EXPECT_EQ(m.language->value, "en-GB");
  EXPECT_EQ(m.language->origin, page_field_origin::html_lang);
  EXPECT_EQ(m.canonical_url->value, "https://news.example.org/news/story-1");
  EXPECT_EQ(m.canonical_url->origin, page_field_origin::link_element);
  EXPECT_EQ(m.description->value, "A short summary.");
  EXPECT_EQ(m.section->value, "World");
  EXPECT_EQ(m.tags, (strings{"Elections", "Europe"}));

  const page_metadata locale =
      read(R"(<html><head><meta property="og:locale" content="es_MX"></head></html>)");
  ASSERT_TRUE(locale.language);
  EXPECT_EQ(locale.language->value, "es-MX");
  EXPECT_EQ(locale.language->origin, page_field_origin::open_graph);
}

TEST(MarkupMetadata, EmptyPageGivesNothing) {
  const page_metadata m = read("");
  EXPECT_FALSE(m.title || m.published || m.authors || m.site_name || m.language ||
               m.canonical_url || m.description || m.section || m.modified);
  EXPECT_TRUE(m.tags.empty());
  EXPECT_FALSE(newslib::detail::read_page_metadata(nullptr, "").title);
}

// --- hostile pages --------------------------------------------------------------

// An element of `page` with one text child.
lxb_dom_node_t* element_with_text(lxb_html_document_t* page, const std::string& tag,
                                  const std::string& cls, const std::string& text) {
  lxb_dom_document_t* document = lxb_dom_interface_document(page);
  lxb_dom_element_t* element = lxb_dom_document_create_element(
      document, reinterpret_cast<const lxb_char_t*>(tag.data()), tag.size(), nullptr);
  if (!cls.empty()) {
    lxb_dom_element_set_attribute(element, reinterpret_cast<const lxb_char_t*>("class"), 5,
                                  reinterpret_cast<const lxb_char_t*>(cls.data()), cls.size());
  }
  lxb_dom_text_t* content = lxb_dom_document_create_text_node(
      document, reinterpret_cast<const lxb_char_t*>(text.data()), text.size());
  lxb_dom_node_insert_child(lxb_dom_interface_node(element), lxb_dom_interface_node(content));
  return lxb_dom_interface_node(element);
}

TEST(MarkupMetadata, DeepDomDoesNotRecurse) {
  // Built through the DOM: the HTML parser itself slows down on such depth.
  const parsed_page page("<html><body></body></html>");
  lxb_dom_node_t* node = lxb_dom_interface_node(lxb_html_document_body_element(page.get()));
  lxb_dom_document_t* document = lxb_dom_interface_document(page.get());
  for (int i = 0; i < 300000; ++i) {
    lxb_dom_element_t* div = lxb_dom_document_create_element(
        document, reinterpret_cast<const lxb_char_t*>("div"), 3, nullptr);
    lxb_dom_node_insert_child(node, lxb_dom_interface_node(div));
    node = lxb_dom_interface_node(div);
  }
  lxb_dom_node_insert_child(node, element_with_text(page.get(), "p", "byline", "By Dana Deep"));
  lxb_dom_node_insert_child(node, element_with_text(page.get(), "h1", "", "Deep heading"));
  const page_metadata m = newslib::detail::read_page_metadata(page.get(), "");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Deep heading");
  ASSERT_TRUE(m.authors);
  EXPECT_EQ(m.authors->value, strings{"Dana Deep"});
}

TEST(MarkupMetadata, TenMegabytePageStaysFast) {
  std::string html = "<html><head><title>Big page</title></head><body><article>";
  const std::string paragraph =
      "<p class=\"author-note\">Text of a long article, with <a href=\"#\">links</a> and "
      "<time datetime=\"2020-01-01\">dates</time> in every paragraph.</p>\n";
  while (html.size() < 10u << 20) html += paragraph;
  html += "</article></body></html>";
  const parsed_page page(html);
  const auto start = std::chrono::steady_clock::now();
  const page_metadata m = newslib::detail::read_page_metadata(page.get(), "");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Big page");
  // One pass over the nodes with capped candidate lists takes well under a
  // second; anything quadratic would take minutes.
  EXPECT_LT(seconds, 5.0);
}

// --- helpers --------------------------------------------------------------------

TEST(AuthorNames, DropsNoise) {
  EXPECT_EQ(clean_author_names({"Staff", "Reuters", "Associated Press", "admin",
                                "@janedoe", "jane@example.com", "https://twitter.com/x",
                                "Daily Planet"},
                               "Daily Planet"),
            strings{});
  EXPECT_EQ(clean_author_names({"Jane Doe, Senior Political Correspondent"}, ""),
            strings{"Jane Doe"});
  EXPECT_EQ(clean_author_names({"By Jane Doe and JOHN ROE", "jane doe", "John Roe | Reuters"},
                               ""),
            (strings{"Jane Doe", "John Roe"}));
  EXPECT_EQ(clean_author_names({"Brenda Goodman, MA"}, ""), strings{"Brenda Goodman"});
  EXPECT_EQ(clean_author_names({"Sports Desk", "Web Team"}, ""), strings{});
  EXPECT_EQ(clean_author_names({"Source: AP", "Last Updated: January 7, 2025"}, ""), strings{});
  EXPECT_EQ(clean_author_names({"Martin Dupont (avec Ana Ruiz et Paul Weber)"}, ""),
            (strings{"Martin Dupont", "Ana Ruiz", "Paul Weber"}));
  EXPECT_EQ(clean_author_names({"Bruno (Henrique) Rodrigues"}, ""),
            strings{"Bruno (Henrique) Rodrigues"});
}

TEST(AuthorNames, KeepsAPersonNamedLikeTheSite) {
  EXPECT_EQ(clean_author_names({"Ada Lovelace"}, "Ada Lovelace"), strings{"Ada Lovelace"});
  EXPECT_EQ(clean_author_names({"Springfield News"}, "Springfield News"), strings{});
}

TEST(MetaDates, Forms) {
  EXPECT_EQ(parse_meta_date("2024-05-17T23:30:00-07:00")->iso(), "2024-05-17");
  EXPECT_EQ(parse_meta_date("2024-05-17")->iso(), "2024-05-17");
  EXPECT_EQ(parse_meta_date("2024/5/7 09:30")->iso(), "2024-05-07");
  EXPECT_EQ(parse_meta_date("20240517")->iso(), "2024-05-17");
  EXPECT_EQ(parse_meta_date("Fri, 17 May 2024 09:30:00 GMT")->iso(), "2024-05-17");
  EXPECT_EQ(parse_meta_date("May 17, 2024 9:30 AM")->iso(), "2024-05-17");
  EXPECT_FALSE(parse_meta_date("1715938200"));  // epoch seconds are not read as a date
  EXPECT_FALSE(parse_meta_date("2024-02-30"));
  EXPECT_FALSE(parse_meta_date("yesterday"));
  EXPECT_FALSE(parse_meta_date(""));
}

TEST(MetaDates, FromAddresses) {
  EXPECT_EQ(date_from_url("https://x.com/2013/11/27/travel/story/index.html")->iso(),
            "2013-11-27");
  EXPECT_EQ(date_from_url("http://x.cn/fortune/2023-11/17/c_1129981476.htm")->iso(),
            "2023-11-17");
  EXPECT_EQ(date_from_url("https://x.com/news/story-2024-05-17-slug")->iso(), "2024-05-17");
  EXPECT_FALSE(date_from_url("https://x.com/2014/12/story.html"));  // no day
  EXPECT_FALSE(date_from_url("https://x.com/article/20240517123"));
  EXPECT_FALSE(date_from_url("https://20240517.example.com/"));    // the host is no path
}

TEST(PageTitle, StripsOnlyTheSite) {
  using newslib::detail::strip_site_name;
  EXPECT_EQ(strip_site_name("Headline | Section | The Daily Planet", "Daily Planet", ""),
            "Headline | Section");
  EXPECT_EQ(strip_site_name("BBC News - Headline here", "", "www.bbc.co.uk"), "Headline here");
  EXPECT_EQ(strip_site_name("A - B", "", ""), "A - B");
}

}  // namespace

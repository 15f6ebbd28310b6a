#include "newslib/config.hpp"
#include "html/markup_metadata.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <lexbor/dom/dom.h>

#include "html/author_names.hpp"
#include "html/collapse_whitespace.hpp"
#include "html/dom_attributes.hpp"
#include "html/json_ld.hpp"
#include "html/meta_dates.hpp"
#include "html/page_title.hpp"
#include "text/case_fold.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Text longer than this is not a title, byline or date; reading stops there.
constexpr std::size_t kShortTextLimit = 600;
// Headings, bylines and <time> elements looked at (the first ones in the page).
constexpr std::size_t kMaxCandidates = 16;

std::string_view attribute(lxb_dom_node_t* node, std::string_view name) {
  return attribute_value(lxb_dom_interface_element(node), name);
}

bool has_attribute(lxb_dom_node_t* node, std::string_view name) {
  return detail::has_attribute(lxb_dom_interface_element(node), name);
}

std::string_view character_data(lxb_dom_node_t* node) {
  const lexbor_str_t& data = lxb_dom_interface_character_data(node)->data;
  return {reinterpret_cast<const char*>(data.data), data.length};
}

// The text of an element's subtree, whitespace collapsed, without scripts and
// styles; stops once `limit` bytes are read. Iterative: page depth is unbounded.
std::string subtree_text(lxb_dom_node_t* root, std::size_t limit) {
  std::string out;
  lxb_dom_node_t* node = root->first_child;
  while (node != nullptr && out.size() < limit) {
    bool descend = false;
    if (node->type == LXB_DOM_NODE_TYPE_TEXT) {
      append_collapsed(out, character_data(node));
    } else if (node->type == LXB_DOM_NODE_TYPE_ELEMENT) {
      const lxb_tag_id_t tag = lxb_dom_node_tag_id(node);
      descend = tag != LXB_TAG_SCRIPT && tag != LXB_TAG_STYLE && tag != LXB_TAG_NOSCRIPT &&
                tag != LXB_TAG_TEMPLATE;
      // Block elements and line breaks separate words.
      if (tag == LXB_TAG_BR || tag == LXB_TAG_P || tag == LXB_TAG_DIV || tag == LXB_TAG_LI) {
        append_collapsed(out, " ");
      }
    }
    if (descend && node->first_child != nullptr) {
      node = node->first_child;
      continue;
    }
    while (node != nullptr && node != root && node->next == nullptr) node = node->parent;
    if (node == nullptr || node == root) break;
    node = node->next;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// True if a class or id value marks an element as a byline ("byline",
// "article-author", "author-name") rather than an author's bio, photo or links.
bool marks_byline(std::string_view value) {
  const std::string lower = ascii_lowercase(value);
  const bool named = lower.find("byline") != std::string::npos ||
                     (lower.find("author") != std::string::npos &&
                      lower.find("authority") == std::string::npos) ||
                     lower.find("contributor") != std::string::npos;
  if (!named) return false;
  for (const char* other : {"bio", "avatar", "image", "img", "photo", "pic", "thumb", "social",
                            "follow", "twitter", "email", "more", "about", "comment", "related",
                            "description", "desc", "title", "job", "role", "date", "time"}) {
    if (lower.find(other) != std::string::npos) return false;
  }
  return true;
}

// Whatever the walk over the page finds, in page order.
struct markup_facts {
  std::string html_lang;
  std::vector<std::pair<std::string, std::string>> metas;  // lowercase key, content
  std::string canonical;
  std::string title_element;
  std::vector<std::string> headings;
  std::vector<std::string> rel_authors;   // from the first block that has any
  lxb_dom_node_t* rel_author_block = nullptr;
  std::vector<std::string> itemprop_authors;
  std::vector<std::string> bylines;
  std::vector<std::string> times;         // datetime of <time> elements in the article
  std::string marked_time;                // <time pubdate> / itemprop=datePublished
  std::vector<std::string> json_ld;
};

struct walk_frame {
  lxb_dom_node_t* node;
  bool in_chrome;  // inside nav, aside, footer or a comments block
};

bool is_chrome(lxb_dom_node_t* node, lxb_tag_id_t tag) {
  if (tag == LXB_TAG_NAV || tag == LXB_TAG_ASIDE || tag == LXB_TAG_FOOTER) return true;
  // Classes of <body> and of the article's own containers describe the page's
  // layout ("sidebar-primary", "comments-open"), not a side block.
  if (tag == LXB_TAG_HTML || tag == LXB_TAG_BODY || tag == LXB_TAG_MAIN || tag == LXB_TAG_ARTICLE) {
    return false;
  }
  const std::string id = ascii_lowercase(attribute(node, "id"));
  const std::string cls = ascii_lowercase(attribute(node, "class"));
  for (const std::string* v : {&id, &cls}) {
    if (v->find("comment") != std::string::npos || v->find("related") != std::string::npos ||
        v->find("sidebar") != std::string::npos) {
      return true;
    }
  }
  return false;
}

void read_element(lxb_dom_node_t* node, lxb_tag_id_t tag, bool in_chrome, markup_facts& facts) {
  switch (tag) {
    case LXB_TAG_HTML:
      if (facts.html_lang.empty()) facts.html_lang = collapse_whitespace(attribute(node, "lang"));
      return;
    case LXB_TAG_META: {
      std::string_view key = attribute(node, "property");
      if (key.empty()) key = attribute(node, "name");
      if (key.empty()) key = attribute(node, "itemprop");
      std::string full_key;
      if (key.empty()) {
        const std::string_view equiv = attribute(node, "http-equiv");
        if (equiv.empty()) return;
        full_key = "http-equiv:" + ascii_lowercase(equiv);
      } else {
        full_key = ascii_lowercase(collapse_whitespace(key));
      }
      const std::string content = collapse_whitespace(attribute(node, "content"));
      if (content.empty()) return;
      // property="og:title twitter:title" gives one value to several keys.
      std::size_t begin = 0;
      while (begin < full_key.size()) {
        std::size_t end = full_key.find(' ', begin);
        if (end == std::string::npos) end = full_key.size();
        if (end > begin) facts.metas.emplace_back(full_key.substr(begin, end - begin), content);
        begin = end + 1;
      }
      return;
    }
    case LXB_TAG_LINK: {
      const std::string rel = ascii_lowercase(attribute(node, "rel"));
      if (rel == "canonical" && facts.canonical.empty()) {
        facts.canonical = collapse_whitespace(attribute(node, "href"));
      }
      return;
    }
    case LXB_TAG_TITLE:
      if (facts.title_element.empty()) facts.title_element = subtree_text(node, kShortTextLimit);
      return;
    case LXB_TAG_H1:
      if (facts.headings.size() < kMaxCandidates && !in_chrome) {
        std::string text = subtree_text(node, kShortTextLimit);
        if (!text.empty()) facts.headings.push_back(std::move(text));
      }
      return;
    case LXB_TAG_TIME:
      if (!in_chrome && facts.times.size() < kMaxCandidates) {
        std::string value = collapse_whitespace(attribute(node, "datetime"));
        if (value.empty()) value = subtree_text(node, kShortTextLimit);
        if (has_attribute(node, "pubdate") && facts.marked_time.empty()) facts.marked_time = value;
        facts.times.push_back(std::move(value));
      }
      return;
    case LXB_TAG_SCRIPT: {
      const std::string type = ascii_lowercase(collapse_whitespace(attribute(node, "type")));
      if (type.rfind("application/ld+json", 0) != 0) return;
      std::string block;
      for (lxb_dom_node_t* child = node->first_child; child != nullptr; child = child->next) {
        if (child->type == LXB_DOM_NODE_TYPE_TEXT) block.append(character_data(child));
      }
      facts.json_ld.push_back(std::move(block));
      return;
    }
    default:
      break;
  }
}

// Microdata and link markup any element may carry: itemprop=author,
// itemprop=datePublished, rel=author, and byline classes.
void read_markers(lxb_dom_node_t* node, lxb_tag_id_t tag, bool in_chrome, markup_facts& facts) {
  const std::string_view itemprop = attribute(node, "itemprop");
  if (!itemprop.empty() && tag != LXB_TAG_META) {
    // itemprop="author creator" names two properties.
    std::string prop = ascii_lowercase(collapse_whitespace(itemprop));
    prop = prop.substr(0, prop.find(' '));
    if ((prop == "author" || prop == "creator") && facts.itemprop_authors.size() < kMaxCandidates) {
      // <span itemprop=author><span itemprop=name>Jane Doe</span></span>: the
      // name, else the element's text.
      std::string name;
      std::vector<lxb_dom_node_t*> stack{node};
      while (!stack.empty() && name.empty()) {
        lxb_dom_node_t* n = stack.back();
        stack.pop_back();
        for (lxb_dom_node_t* c = n->last_child; c != nullptr; c = c->prev) {
          if (c->type != LXB_DOM_NODE_TYPE_ELEMENT) continue;
          if (ascii_lowercase(attribute(c, "itemprop")) == "name") {
            const std::string_view content = attribute(c, "content");
            name = content.empty() ? subtree_text(c, kShortTextLimit)
                                   : collapse_whitespace(content);
            break;
          }
          if (stack.size() < 256) stack.push_back(c);
        }
      }
      if (name.empty()) name = subtree_text(node, kShortTextLimit);
      if (!name.empty() && name.size() < kShortTextLimit) facts.itemprop_authors.push_back(name);
    } else if (prop == "datepublished" || prop == "datemodified" || prop == "datecreated") {
      std::string value = collapse_whitespace(attribute(node, "datetime"));
      if (value.empty()) value = collapse_whitespace(attribute(node, "content"));
      if (value.empty()) value = subtree_text(node, kShortTextLimit);
      if (!value.empty()) facts.metas.emplace_back(prop, std::move(value));
    }
  }
  if (tag == LXB_TAG_A || tag == LXB_TAG_LINK) {
    if (ascii_lowercase(attribute(node, "rel")) == "author" && tag == LXB_TAG_A &&
        facts.rel_authors.size() < kMaxCandidates && !in_chrome) {
      // Several authors of one article sit together; rel=author links
      // elsewhere (teasers of other stories) belong to other articles.
      lxb_dom_node_t* grandparent = node->parent ? node->parent->parent : nullptr;
      if (facts.rel_authors.empty()) facts.rel_author_block = grandparent;
      if (grandparent == facts.rel_author_block) {
        std::string text = subtree_text(node, kShortTextLimit);
        if (!text.empty()) facts.rel_authors.push_back(std::move(text));
      }
    }
    return;
  }
  if (in_chrome || facts.bylines.size() >= kMaxCandidates) return;
  if (tag == LXB_TAG_BODY || tag == LXB_TAG_HTML || tag == LXB_TAG_ARTICLE ||
      tag == LXB_TAG_MAIN || tag == LXB_TAG_SECTION) {
    return;
  }
  if (marks_byline(attribute(node, "class")) || marks_byline(attribute(node, "id"))) {
    std::string text = subtree_text(node, kShortTextLimit);
    if (!text.empty() && text.size() < 200) facts.bylines.push_back(std::move(text));
  }
}

markup_facts walk(lxb_html_document_t* page) {
  markup_facts facts;
  lxb_dom_node_t* root = lxb_dom_interface_node(page);
  std::vector<walk_frame> stack;
  for (lxb_dom_node_t* c = root->last_child; c != nullptr; c = c->prev) stack.push_back({c, false});
  while (!stack.empty()) {
    const walk_frame frame = stack.back();
    stack.pop_back();
    lxb_dom_node_t* node = frame.node;
    if (node->type != LXB_DOM_NODE_TYPE_ELEMENT) continue;
    const lxb_tag_id_t tag = lxb_dom_node_tag_id(node);
    // SVG and MathML have their own <title>; templates are not shown.
    if (tag == LXB_TAG_SVG || tag == LXB_TAG_MATH || tag == LXB_TAG_TEMPLATE ||
        tag == LXB_TAG_STYLE) {
      continue;
    }
    const bool in_chrome = frame.in_chrome || is_chrome(node, tag);
    read_element(node, tag, in_chrome, facts);
    read_markers(node, tag, in_chrome, facts);
    if (tag == LXB_TAG_SCRIPT || tag == LXB_TAG_TITLE) continue;
    for (lxb_dom_node_t* c = node->last_child; c != nullptr; c = c->prev) {
      if (c->type == LXB_DOM_NODE_TYPE_ELEMENT) stack.push_back({c, in_chrome});
    }
  }
  return facts;
}

// The metadata tags, by kind, in order of trust. "og:" and "article:"
// properties are OpenGraph; the rest are other <meta> conventions.
constexpr const char* kTitleKeys[] = {"dc:title",      "dcterm:title", "dcterms:title",
                                      "og:title",      "twitter:title", "headline",
                                      "title",         "dc.title",      "sailthru.title",
                                      "parsely-title"};
constexpr const char* kDescriptionKeys[] = {"og:description", "description",
                                            "twitter:description", "dc.description"};
constexpr const char* kSiteNameKeys[] = {"og:site_name", "application-name",
                                         "apple-mobile-web-app-title"};
constexpr const char* kPublishedKeys[] = {
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "datepublished", "published_time", "article.published",
    "pubdate", "publishdate", "publish-date", "publish_date", "pub_date", "date_published",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.date", "dc.date.created", "dcterms.created", "datecreated", "article.created",
    "article_date_original", "original-publish-date", "citation_publication_date",
    "cxenseparse:recs:publishtime", "displaydate", "date", "ptime", "og:pubdate",
    "rnews:datepublished", "created"};
constexpr const char* kModifiedKeys[] = {
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:updated_time",
    "datemodified", "dcterms.modified", "dc.date.modified", "modified_time", "lastmod",
    "last-modified", "http-equiv:last-modified", "utime", "revised"};
constexpr const char* kAuthorKeys[] = {
    "article:author", "og:article:author", "dc:creator", "dcterm:creator", "dcterms:creator",
    "author", "dc.creator", "dcterms.creator",
    "sailthru.author", "parsely-author", "byl", "article.author", "author_name", "authors",
    "citation_author", "twitter:creator"};
constexpr const char* kSectionKeys[] = {"article:section", "og:article:section", "section",
                                        "parsely-section", "article.section", "category"};
constexpr const char* kLanguageKeys[] = {"http-equiv:content-language", "og:locale",
                                         "content-language", "language", "dc.language",
                                         "dcterms.language"};

page_field_origin origin_of_key(std::string_view key) {
  return (key.rfind("og:", 0) == 0 || key.rfind("article:", 0) == 0)
             ? page_field_origin::open_graph
             : page_field_origin::meta_tag;
}

class field_finder {
 public:
  explicit field_finder(const markup_facts& facts) : facts_(facts) {}

  // The first non-empty value among `keys`, trusted in that order.
  template <std::size_t N>
  std::optional<page_field<std::string>> first(const char* const (&keys)[N]) const {
    for (const char* key : keys) {
      for (const auto& [k, v] : facts_.metas) {
        if (k == key) return page_field<std::string>{v, origin_of_key(k)};
      }
    }
    return std::nullopt;
  }

  // Every value of `key`, in page order.
  std::vector<std::string> all(std::string_view key) const {
    std::vector<std::string> values;
    for (const auto& [k, v] : facts_.metas) {
      if (k == key) values.push_back(v);
    }
    return values;
  }

  // The first key of `keys` whose value reads as a date.
  template <std::size_t N>
  std::optional<page_field<calendar_date>> date(const char* const (&keys)[N]) const {
    for (const char* key : keys) {
      for (const auto& [k, v] : facts_.metas) {
        if (k != key) continue;
        if (const auto d = parse_meta_date(v)) {
          return page_field<calendar_date>{*d, origin_of_key(k)};
        }
      }
    }
    return std::nullopt;
  }

 private:
  const markup_facts& facts_;
};

std::string resolve_url(std::string_view href, std::string_view base) {
  if (href.empty() || href.find("://") != std::string_view::npos) return std::string(href);
  const std::size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(href);
  if (href.rfind("//", 0) == 0) {
    return std::string(base.substr(0, scheme_end + 1)) + std::string(href);
  }
  const std::size_t path = base.find('/', scheme_end + 3);
  const std::string_view origin = path == std::string_view::npos ? base : base.substr(0, path);
  if (href.front() == '/') return std::string(origin) + std::string(href);
  std::string_view directory = base.substr(0, base.find_first_of("?#"));
  const std::size_t slash = directory.rfind('/');
  directory = slash != std::string_view::npos && slash > scheme_end + 2
                  ? directory.substr(0, slash + 1)
                  : origin;
  std::string out(directory);
  if (out.back() != '/') out.push_back('/');
  return out + std::string(href);
}

// "en_US" (og:locale) is "en-US" in BCP 47.
std::string as_language_tag(std::string_view value) {
  std::string tag = collapse_whitespace(value);
  const std::size_t comma = tag.find(',');  // "en, fr": the first
  if (comma != std::string::npos) tag = collapse_whitespace(tag.substr(0, comma));
  std::replace(tag.begin(), tag.end(), '_', '-');
  return tag;
}

void add_tags(std::vector<std::string>& tags, std::string_view list) {
  std::size_t begin = 0;
  while (begin <= list.size()) {
    std::size_t end = list.find(',', begin);
    if (end == std::string_view::npos) end = list.size();
    std::string tag = collapse_whitespace(list.substr(begin, end - begin));
    if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) {
      tags.push_back(std::move(tag));
    }
    begin = end + 1;
  }
}

// `text` with curly quotes made straight and en and em dashes made hyphens.
std::string plain_punctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xE2\x80") == 0 && i + 2 < text.size()) {
      const auto c = static_cast<unsigned char>(text[i + 2]);
      if (c == 0x98 || c == 0x99) {  // ‘ ’
        out.push_back('\'');
        i += 2;
        continue;
      }
      if (c == 0x9C || c == 0x9D) {  // “ ”
        out.push_back('"');
        i += 2;
        continue;
      }
      if (c == 0x93 || c == 0x94) {  // – —
        out.push_back('-');
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

bool contains_ignoring_case(std::string_view text, std::string_view part) {
  return !part.empty() && ascii_lowercase(text).find(ascii_lowercase(part)) != std::string::npos;
}

// The article's JSON-LD "headline", or its "name" when only the name is what
// the <title> shows (some pages put a summary line in "headline").
std::string json_ld_title(const json_ld_article& ld, std::string_view title_element) {
  if (ld.headline.empty()) return ld.name;
  if (!ld.name.empty() && ld.name != ld.headline &&
      contains_ignoring_case(title_element, ld.name) &&
      !contains_ignoring_case(title_element, ld.headline)) {
    return ld.name;
  }
  return ld.headline;
}

std::optional<page_field<std::string>> text_field(std::string value, page_field_origin origin) {
  if (value.empty()) return std::nullopt;
  return page_field<std::string>{std::move(value), origin};
}

}  // namespace

page_metadata read_page_metadata(lxb_html_document_t* page, std::string_view url) {
  page_metadata out;
  if (page == nullptr) return out;
  const markup_facts facts = walk(page);
  const field_finder metas(facts);
  std::vector<std::string_view> blocks(facts.json_ld.begin(), facts.json_ld.end());
  const json_ld_article ld = read_json_ld(blocks);

  // Canonical address first: its host helps recognise the site's name.
  if (!facts.canonical.empty()) {
    out.canonical_url = page_field<std::string>{resolve_url(facts.canonical, url),
                                                page_field_origin::link_element};
  } else if (auto og_url = metas.first({"og:url"})) {
    out.canonical_url = page_field<std::string>{resolve_url(og_url->value, url), og_url->origin};
  } else if (!ld.url.empty()) {
    out.canonical_url =
        page_field<std::string>{resolve_url(ld.url, url), page_field_origin::json_ld};
  }
  std::string_view host = host_of(url);
  if (host.empty() && out.canonical_url) host = host_of(out.canonical_url->value);

  // Site name.
  if (auto site = metas.first(kSiteNameKeys)) {
    out.site_name = std::move(site);
  } else {
    out.site_name = text_field(ld.publisher, page_field_origin::json_ld);
  }
  const std::string site_name = out.site_name ? out.site_name->value : std::string{};

  // Title: the article's own headline (JSON-LD, Dublin Core, OpenGraph, other
  // <meta>) before the browser-tab <title>, and that before a lone <h1>.
  {
    std::vector<page_field<std::string>> candidates;
    const std::string ld_title = json_ld_title(ld, facts.title_element);
    if (!ld_title.empty()) candidates.push_back({ld_title, page_field_origin::json_ld});
    if (auto m = metas.first(kTitleKeys)) candidates.push_back(std::move(*m));
    if (!facts.title_element.empty()) {
      // A heading that the <title> contains is the <title> without its
      // decoration ("Headline-Site", "Section: Headline"), whatever the separator.
      const std::string* inner = nullptr;
      for (const std::string& heading : facts.headings) {
        if (heading.size() * 2 >= facts.title_element.size() &&
            heading.size() < facts.title_element.size() &&
            facts.title_element.find(heading) != std::string::npos) {
          inner = &heading;
          break;
        }
      }
      if (inner != nullptr) {
        candidates.push_back({*inner, page_field_origin::heading});
      } else {
        candidates.push_back({facts.title_element, page_field_origin::title_element});
      }
    }
    if (!facts.headings.empty()) {
      candidates.push_back({facts.headings.front(), page_field_origin::heading});
    }
    for (page_field<std::string>& c : candidates) {
      if (c.origin != page_field_origin::heading) {
        c.value = strip_site_name(c.value, site_name, host);
      }
      // A home page's og:title or JSON-LD name is often just the site's name:
      // taken only when no candidate says more.
      if (c.value.empty()) continue;
      if (!names_site(c.value, site_name, host)) {
        out.title = std::move(c);
        break;
      }
      if (!out.title) out.title = c;
    }
    // Metadata often flattens typographic quotes and dashes; the heading the
    // reader sees keeps them. Same words, same case: take the heading's text.
    if (out.title) {
      const std::string key = plain_punctuation(out.title->value);
      for (const std::string& heading : facts.headings) {
        if (heading != out.title->value && plain_punctuation(heading) == key) {
          out.title = page_field<std::string>{heading, page_field_origin::heading};
          break;
        }
      }
    }
  }
  if (out.title && out.title->value.empty()) out.title.reset();

  // Description.
  if (auto description = metas.first(kDescriptionKeys)) {
    out.description = std::move(description);
  } else {
    out.description = text_field(ld.description, page_field_origin::json_ld);
  }

  // Dates.
  if (const auto d = parse_meta_date(ld.date_published)) {
    out.published = page_field<calendar_date>{*d, page_field_origin::json_ld};
  } else if (auto m = metas.date(kPublishedKeys)) {
    out.published = m;
  } else if (const auto t = parse_meta_date(facts.marked_time)) {
    out.published = page_field<calendar_date>{*t, page_field_origin::time_element};
  } else if (const auto u = date_from_url(url.empty() && out.canonical_url
                                              ? std::string_view(out.canonical_url->value)
                                              : url)) {
    out.published = page_field<calendar_date>{*u, page_field_origin::url};
  } else {
    for (const std::string& value : facts.times) {
      if (const auto t2 = parse_meta_date(value)) {
        out.published = page_field<calendar_date>{*t2, page_field_origin::time_element};
        break;
      }
    }
  }
  if (const auto d = parse_meta_date(ld.date_modified)) {
    out.modified = page_field<calendar_date>{*d, page_field_origin::json_ld};
  } else {
    out.modified = metas.date(kModifiedKeys);
  }

  // Authors: the first source that names people.
  {
    std::vector<std::string> names = clean_author_names(ld.authors, site_name);
    page_field_origin origin = page_field_origin::json_ld;
    // Keys in order of trust; article:author is often a profile link, which
    // cleaning drops, and then the next key speaks.
    for (const char* key : kAuthorKeys) {
      if (!names.empty()) break;
      names = clean_author_names(metas.all(key), site_name);
      origin = origin_of_key(key);
    }
    if (names.empty()) {
      names = clean_author_names(facts.rel_authors, site_name);
      origin = page_field_origin::link_element;
    }
    if (names.empty()) {
      names = clean_author_names(facts.itemprop_authors, site_name);
      origin = page_field_origin::meta_tag;
    }
    if (names.empty()) {
      for (const std::string& byline : facts.bylines) {
        names = clean_author_names({byline}, site_name);
        origin = page_field_origin::byline_block;
        if (!names.empty()) break;
      }
    }
    if (!names.empty()) {
      out.authors = page_field<std::vector<std::string>>{std::move(names), origin};
    }
  }

  // Section.
  if (auto section = metas.first(kSectionKeys)) {
    out.section = std::move(section);
  } else {
    out.section = text_field(ld.section, page_field_origin::json_ld);
  }

  // Language.
  if (!facts.html_lang.empty()) {
    out.language = page_field<std::string>{as_language_tag(facts.html_lang),
                                           page_field_origin::html_lang};
  } else if (auto meta_language = metas.first(kLanguageKeys)) {
    out.language = page_field<std::string>{as_language_tag(meta_language->value),
                                           meta_language->origin};
  } else if (!ld.language.empty()) {
    out.language =
        page_field<std::string>{as_language_tag(ld.language), page_field_origin::json_ld};
  }
  if (out.language && out.language->value.empty()) out.language.reset();

  // Tags: article:tag, then JSON-LD keywords, then keyword meta tags.
  for (const auto& [key, value] : facts.metas) {
    if (key == "article:tag" || key == "og:article:tag") add_tags(out.tags, value);
  }
  if (out.tags.empty()) {
    for (const std::string& k : ld.keywords) add_tags(out.tags, k);
  }
  if (out.tags.empty()) {
    for (const char* key : {"news_keywords", "keywords"}) {
      for (const auto& [k, v] : facts.metas) {
        if (k == key) add_tags(out.tags, v);
      }
      if (!out.tags.empty()) break;
    }
  }
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

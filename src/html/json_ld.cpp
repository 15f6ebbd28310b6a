#include "newslib/config.hpp"
#include "html/json_ld.hpp"

#include <algorithm>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "html/collapse_whitespace.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

using json = nlohmann::json;

// Deepest nesting of objects and arrays in `text`, read without parsing
// (brackets inside strings do not count). Lets a hostile block be refused
// before the parser builds it.
int nesting_depth(std::string_view text) noexcept {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

// The @type names of an object ("NewsArticle", or a list of them).
std::vector<std::string> types_of(const json& object) {
  std::vector<std::string> types;
  const auto it = object.find("@type");
  if (it == object.end()) return types;
  if (it->is_string()) types.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string()) types.push_back(t.get<std::string>());
    }
  }
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  for (std::string& t : types) {
    const std::size_t cut = t.find_last_of("/:");
    if (cut != std::string::npos) t.erase(0, cut + 1);
  }
  return types;
}

bool has_type(const json& object, std::initializer_list<std::string_view> names) {
  for (const std::string& t : types_of(object)) {
    for (std::string_view n : names) {
      if (t == n) return true;
    }
  }
  return false;
}

// How much an object looks like the page's article: 2 for news and blog
// article types, 1 for other creative works that carry a headline, 0 otherwise.
int article_rank(const json& object) {
  for (const std::string& t : types_of(object)) {
    const bool article = t.size() >= 7 && t.compare(t.size() - 7, 7, "Article") == 0;
    if (article || t == "BlogPosting" || t == "LiveBlogPosting" || t == "SocialMediaPosting" ||
        t == "Report") {
      return 2;
    }
  }
  if (has_type(object, {"WebPage", "ItemPage", "CreativeWork", "VideoObject"}) &&
      object.contains("headline")) {
    return 1;
  }
  return 0;
}

// A string field, or the first string of an array field, whitespace collapsed.
std::string text_of(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  const json* value = &*it;
  if (value->is_array() && !value->empty()) value = &(*value)[0];
  if (value->is_object()) {
    // {"@value": "…"} and language maps {"@language": …, "@value": …}.
    const auto v = value->find("@value");
    if (v == value->end()) return {};
    value = &*v;
  }
  if (!value->is_string()) return {};
  return collapse_whitespace(value->get_ref<const std::string&>());
}

// A string field (or the first string of an array field) as written: line
// breaks are kept, since they are the only paragraph marks a body has.
std::string raw_text_of(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  const json* value = &*it;
  if (value->is_array() && !value->empty()) value = &(*value)[0];
  if (!value->is_string()) return {};
  return value->get<std::string>();
}

class json_ld_reader {
 public:
  void add_block(const json& root) {
    // Every object of the block, found without recursion: "@graph" lists,
    // arrays of objects and nested values alike.
    std::vector<const json*> stack{&root};
    std::size_t visited = 0;
    while (!stack.empty() && visited < 100000) {
      const json* node = stack.back();
      stack.pop_back();
      ++visited;
      if (node->is_array()) {
        for (auto it = node->rbegin(); it != node->rend(); ++it) stack.push_back(&*it);
        continue;
      }
      if (!node->is_object()) continue;
      objects_.push_back(node);
      const auto id = node->find("@id");
      if (id != node->end() && id->is_string() && node->size() > 1) {
        by_id_.emplace(id->get<std::string>(), node);
      }
      // Children in reverse so they come off the stack in page order.
      std::vector<const json*> children;
      for (const auto& item : node->items()) {
        if (item.value().is_structured()) children.push_back(&item.value());
      }
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
  }

  json_ld_article result() const {
    json_ld_article out;
    const json* article = nullptr;
    int best = 0;
    for (const json* object : objects_) {
      const int rank = article_rank(*object);
      if (rank > best) {
        best = rank;
        article = object;
      }
    }
    if (article == nullptr) {
      // Untyped or oddly typed objects still say which is the article by
      // carrying its headline or date.
      for (const json* object : objects_) {
        if (object->contains("headline") || object->contains("datePublished")) {
          article = object;
          break;
        }
      }
    }
    const json* page = find_typed({"WebPage", "ItemPage"});
    if (article) {
      out.found_article = best == 2;
      out.headline = text_of(*article, "headline");
      out.name = text_of(*article, "name");
      out.description = text_of(*article, "description");
      out.date_published = text_of(*article, "datePublished");
      if (out.date_published.empty()) out.date_published = text_of(*article, "dateCreated");
      out.date_modified = text_of(*article, "dateModified");
      out.section = text_of(*article, "articleSection");
      out.language = text_of(*article, "inLanguage");
      read_authors(*article, out.authors);
      read_keywords(*article, out.keywords);
      out.url = text_of(*article, "url");
      if (out.url.empty()) out.url = url_of_main_entity(*article);
      out.publisher = name_of_reference(*article, "publisher");
      out.article_body = raw_text_of(*article, "articleBody");
    }
    // A WebPage often carries the dates when the article object does not.
    if (page && page != article) {
      if (out.date_published.empty()) out.date_published = text_of(*page, "datePublished");
      if (out.date_modified.empty()) out.date_modified = text_of(*page, "dateModified");
      if (out.language.empty()) out.language = text_of(*page, "inLanguage");
      if (out.authors.empty() && article == nullptr) read_authors(*page, out.authors);
    }
    if (out.publisher.empty()) {
      if (const json* site = find_typed({"WebSite"})) out.publisher = text_of(*site, "name");
    }
    if (out.publisher.empty()) {
      if (const json* org = find_typed({"NewsMediaOrganization", "Organization"})) {
        out.publisher = text_of(*org, "name");
      }
    }
    return out;
  }

 private:
  const json* find_typed(std::initializer_list<std::string_view> names) const {
    for (const json* object : objects_) {
      if (has_type(*object, names)) return object;
    }
    return nullptr;
  }

  // An {"@id": …} stub stands for the full object of that id elsewhere in the page.
  const json& resolve(const json& value) const {
    if (!value.is_object() || value.size() != 1) return value;
    const auto id = value.find("@id");
    if (id == value.end() || !id->is_string()) return value;
    const auto it = by_id_.find(id->get<std::string>());
    return it == by_id_.end() ? value : *it->second;
  }

  std::string name_of_reference(const json& object, const char* key) const {
    const auto it = object.find(key);
    if (it == object.end()) return {};
    const json* value = &*it;
    if (value->is_array() && !value->empty()) value = &(*value)[0];
    if (value->is_string()) return collapse_whitespace(value->get_ref<const std::string&>());
    if (!value->is_object()) return {};
    return text_of(resolve(*value), "name");
  }

  std::string url_of_main_entity(const json& object) const {
    const auto it = object.find("mainEntityOfPage");
    if (it == object.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_object()) {
      std::string id = text_of(*it, "@id");
      return id.empty() ? text_of(*it, "url") : id;
    }
    return {};
  }

  void read_authors(const json& object, std::vector<std::string>& names) const {
    for (const char* key : {"author", "creator"}) {
      const auto it = object.find(key);
      if (it == object.end()) continue;
      std::vector<const json*> values;
      if (it->is_array()) {
        for (const json& v : *it) values.push_back(&v);
      } else {
        values.push_back(&*it);
      }
      for (const json* v : values) {
        const json& author = resolve(*v);
        if (author.is_string()) {
          names.push_back(author.get<std::string>());
        } else if (author.is_object()) {
          // Organisations are outlets, not people.
          if (has_type(author, {"Organization", "NewsMediaOrganization", "Corporation"})) continue;
          std::string name = text_of(author, "name");
          if (name.empty()) {
            const std::string given = text_of(author, "givenName");
            const std::string family = text_of(author, "familyName");
            name = given.empty() ? family : family.empty() ? given : given + " " + family;
          }
          if (!name.empty()) names.push_back(std::move(name));
        }
      }
      if (!names.empty()) return;
    }
  }

  static void read_keywords(const json& object, std::vector<std::string>& keywords) {
    const auto it = object.find("keywords");
    if (it == object.end()) return;
    auto add = [&](std::string_view list) {
      // One string may hold a comma-separated list.
      std::size_t begin = 0;
      while (begin <= list.size()) {
        std::size_t end = list.find(',', begin);
        if (end == std::string_view::npos) end = list.size();
        std::string word = collapse_whitespace(list.substr(begin, end - begin));
        if (!word.empty() && std::find(keywords.begin(), keywords.end(), word) == keywords.end()) {
          keywords.push_back(std::move(word));
        }
        begin = end + 1;
      }
    };
    if (it->is_string()) add(it->get_ref<const std::string&>());
    if (it->is_array()) {
      for (const json& k : *it) {
        if (k.is_string()) add(k.get_ref<const std::string&>());
      }
    }
  }

  std::vector<const json*> objects_;
  std::unordered_map<std::string, const json*> by_id_;
};

}  // namespace

json_ld_article read_json_ld(const std::vector<std::string_view>& blocks) {
  std::vector<json> roots;
  roots.reserve(blocks.size());
  for (std::string_view block : blocks) {
    if (nesting_depth(block) > kMaxJsonLdDepth) continue;
    // Some pages wrap the JSON in a CDATA section or an HTML comment (whose
    // "<![CDATA[" holds a bracket of its own); trailing semicolons are common too.
    for (std::string_view marker : {std::string_view("<![CDATA["), std::string_view("<!--")}) {
      const std::size_t at = block.find(marker);
      if (at != std::string_view::npos && block.find_first_of("{[") >= at) {
        block.remove_prefix(at + marker.size());
      }
    }
    for (std::string_view marker : {std::string_view("]]>"), std::string_view("-->")}) {
      const std::size_t at = block.rfind(marker);
      if (at != std::string_view::npos && block.find_last_of("}]", at) != std::string_view::npos &&
          block.find_first_of("{[") < at) {
        block = block.substr(0, at);
      }
    }
    std::size_t begin = block.find_first_of("{[");
    std::size_t end = block.find_last_of("}]");
    if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) continue;
    json root = json::parse(block.substr(begin, end - begin + 1), nullptr,
                            /*allow_exceptions=*/false, /*ignore_comments=*/true);
    if (root.is_discarded()) continue;
    roots.push_back(std::move(root));
  }
  json_ld_reader reader;
  for (const json& root : roots) reader.add_block(root);
  return reader.result();
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

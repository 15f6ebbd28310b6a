// Article selection: container scoring in the spirit of Readability's
// published heuristics, with a prose fallback like jusText's.
#include "newslib/config.hpp"
#include "html/article_extractor.hpp"
#include "html/credit_lines.hpp"
#include "html/dom_attributes.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr double unscored = -1e300;

// A passage scoring this share of the best container's score, and at least
// the score of a few paragraphs, is strong enough to be a section of the
// article when there are two or more.
constexpr double section_share = 0.3;
constexpr double min_section_score = 40;

// A teaser list has this many items or more.
constexpr std::size_t min_teasers = 4;

// How far above the best container a wrapper with a twin of its class is
// looked for (see has_strong_twin).
constexpr int max_twin_level = 2;

// Paragraphs this long, several of them different, coming again in the same
// order are a second copy of the article (pages that carry it twice, for a
// paged and a single view), not a repetition the writer meant.
constexpr std::size_t min_copied_bytes = 80;
constexpr std::size_t min_copied_paragraphs = 3;

struct block_stats {
  std::vector<std::uint64_t> chars;   // prefix sums over blocks
  std::vector<std::uint64_t> links;
  std::vector<std::uint64_t> commas;
  std::vector<std::uint32_t> paragraphs;  // blocks made by <p>
  std::vector<std::uint32_t> items;       // list items

  // Boxed blocks count for nothing unless `with_boxed`.
  block_stats(const page_text& t, bool with_boxed) {
    const std::size_t n = t.blocks.size();
    chars.assign(n + 1, 0);
    links.assign(n + 1, 0);
    commas.assign(n + 1, 0);
    paragraphs.assign(n + 1, 0);
    items.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
      const text_block& b = t.blocks[i];
      if (b.boxed && !with_boxed) {
        chars[i + 1] = chars[i];
        links[i + 1] = links[i];
        commas[i + 1] = commas[i];
        paragraphs[i + 1] = paragraphs[i];
        items[i + 1] = items[i];
        continue;
      }
      chars[i + 1] = chars[i] + b.text.size();
      links[i + 1] = links[i] + b.link_chars;
      commas[i + 1] = commas[i] + static_cast<std::uint64_t>(
                                      std::count(b.text.begin(), b.text.end(), ','));
      paragraphs[i + 1] = paragraphs[i] + (t.elements[b.element].tag == LXB_TAG_P ? 1 : 0);
      items[i + 1] = items[i] + (b.kind == block_kind::list_item ? 1 : 0);
    }
  }
  template <class V>
  static std::uint64_t range(const V& v, const element_info& e) {
    return v[e.end_block] - v[e.first_block];
  }
  [[nodiscard]] double link_density(const element_info& e) const {
    const std::uint64_t c = range(chars, e);
    return c == 0 ? 0.0 : static_cast<double>(range(links, e)) / static_cast<double>(c);
  }
};

int tag_score(lxb_tag_id_t tag) noexcept {
  switch (tag) {
    case LXB_TAG_DIV: case LXB_TAG_ARTICLE: case LXB_TAG_MAIN: case LXB_TAG_SECTION:
      return 5;
    case LXB_TAG_PRE: case LXB_TAG_TD: case LXB_TAG_BLOCKQUOTE:
      return 3;
    case LXB_TAG_ADDRESS: case LXB_TAG_OL: case LXB_TAG_UL: case LXB_TAG_DL: case LXB_TAG_DD:
    case LXB_TAG_DT: case LXB_TAG_LI: case LXB_TAG_FORM:
      return -3;
    case LXB_TAG_H1: case LXB_TAG_H2: case LXB_TAG_H3: case LXB_TAG_H4: case LXB_TAG_H5:
    case LXB_TAG_H6: case LXB_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

bool contains(const page_text& t, std::uint32_t outer, std::uint32_t inner) noexcept {
  return outer <= inner && inner < t.elements[outer].end_element;
}

bool looks_like_sentence(std::string_view s) noexcept {
  return !s.empty() && (s.back() == '.' || s.find(". ") != std::string_view::npos);
}

// Element scores: every block of 25 bytes or more scores its ancestors.
std::vector<double> score_elements(const page_text& t, const block_stats& st, bool with_boxed) {
  std::vector<double> score(t.elements.size(), unscored);
  auto touch = [&](std::uint32_t e, double add) {
    if (score[e] == unscored) score[e] = tag_score(t.elements[e].tag) + t.elements[e].weight;
    score[e] += add;
  };
  for (const text_block& b : t.blocks) {
    if (b.text.size() < 25 || b.kind == block_kind::heading || (b.boxed && !with_boxed)) continue;
    const double s = 1.0 + static_cast<double>(std::count(b.text.begin(), b.text.end(), ',')) +
                     std::min(static_cast<double>(b.text.size()) / 100.0, 3.0);
    // The block's element counts as a paragraph; its ancestors get the score.
    std::uint32_t e = b.element;
    for (int level = 0; level < 5; ++level) {
      const std::uint32_t up = t.elements[e].parent;
      if (up == e) break;
      e = up;
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      touch(e, s / divider);
    }
  }
  for (std::size_t e = 0; e < score.size(); ++e) {
    if (score[e] != unscored) score[e] *= 1.0 - st.link_density(t.elements[e]);
  }
  return score;
}

// A list of teasers for other stories ("Featured", "More news"): four or more
// items, nearly all of them a picture and a linked headline (perhaps with a
// summary). Such lists are cleaned out whatever their commas say.
bool is_teaser_list(const page_text& t, std::uint32_t e) {
  const element_info& el = t.elements[e];
  std::size_t items = 0, teasers = 0;
  for (std::uint32_t c = e + 1; c < el.end_element; c = t.elements[c].end_element) {
    const element_info& item = t.elements[c];
    if (item.end_block == item.first_block) continue;  // no text: a spacer, an ad slot
    ++items;
    // A linked headline: the item's first block is mostly link text.
    const text_block& first = t.blocks[item.first_block];
    if (item.images >= 1 && first.link_chars * 2 >= first.text.size()) ++teasers;
  }
  return items >= min_teasers && teasers * 4 >= items * 3;
}

// Readability's conditional cleaning: boxes inside the article that are
// mostly links, images or form controls, or have nearly no text.
bool is_clutter(const page_text& t, const block_stats& st, const std::vector<double>& score,
                std::uint32_t e) {
  const element_info& el = t.elements[e];
  switch (el.tag) {
    case LXB_TAG_DIV: case LXB_TAG_SECTION: case LXB_TAG_UL: case LXB_TAG_OL: case LXB_TAG_TABLE:
    case LXB_TAG_FORM: case LXB_TAG_FIELDSET: case LXB_TAG_HEADER: case LXB_TAG_ASIDE:
      break;
    default:
      return false;
  }
  const double s = score[e] == unscored ? 0.0 : score[e];
  if (el.weight + s < 0) return true;
  if (is_teaser_list(t, e)) return true;
  if (block_stats::range(st.commas, el) >= 10) return false;
  const auto p = static_cast<double>(block_stats::range(st.paragraphs, el));
  const auto li = static_cast<double>(block_stats::range(st.items, el));
  const auto img = static_cast<double>(el.images);
  const auto len = block_stats::range(st.chars, el);
  const double ld = st.link_density(el);
  const bool list = el.tag == LXB_TAG_UL || el.tag == LXB_TAG_OL;
  if (img > 1 && p / img < 0.5) return true;
  if (!list && li > p + 1) return true;  // a link list dressed as a div
  if (el.inputs > p / 3) return true;
  if (len < 25 && (img == 0 || img > 2)) return true;
  if (el.weight < 25 && ld > 0.2) return true;
  if (el.weight >= 25 && ld > 0.5) return true;
  return false;
}

// A table of short cells is data, not layout.
bool is_data_table(const page_text& t, const block_stats& st, std::uint32_t e) {
  const element_info& el = t.elements[e];
  const std::uint32_t n = el.end_block - el.first_block;
  if (n == 0) return false;
  std::uint32_t cells = 0;
  for (std::uint32_t b = el.first_block; b < el.end_block; ++b) {
    cells += t.blocks[b].kind == block_kind::cell ? 1 : 0;
  }
  return cells * 2 >= n && block_stats::range(st.chars, el) / n < 80;
}

std::string_view trim_site_name(std::string_view title) {
  // "Headline | Site" / "Headline - Site": keep the longest part.
  std::string_view best = title;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "}) {
    const std::size_t at = title.find(sep);
    if (at == std::string_view::npos) continue;
    std::string_view left = title.substr(0, at);
    std::string_view right = title.substr(at + sep.size());
    std::string_view longer = left.size() >= right.size() ? left : right;
    if (longer.size() < best.size() && longer.size() >= 15) best = longer;
  }
  return best;
}

std::string_view class_of(const page_text& t, std::uint32_t e) {
  return attribute_value(lxb_dom_interface_element(t.elements[e].node), "class");
}

// True when a sibling of `e` has e's class (not empty) and scores like a
// continuation of the article: at least a fifth of e, with few links.
bool has_strong_twin(const page_text& t, const block_stats& st, const std::vector<double>& score,
                     std::uint32_t e) {
  const std::uint32_t parent = t.elements[e].parent;
  if (parent == e || score[e] == unscored) return false;
  const std::string_view name = class_of(t, e);
  if (name.empty()) return false;
  const double threshold = std::max(10.0, score[e] * 0.2);
  for (std::uint32_t s = parent + 1; s < t.elements[parent].end_element; s = t.elements[s].end_element) {
    if (s == e || score[s] == unscored || score[s] < threshold) continue;
    if (st.link_density(t.elements[s]) < 0.25 && class_of(t, s) == name) return true;
  }
  return false;
}

// The lowest ancestor of `from` (not `from` itself) holding `count` or more of
// `elements`, or `from` when none within 32 levels does. <body> (element 0)
// is a candidate only if `body_allowed`.
std::uint32_t ancestor_holding(const page_text& t, std::uint32_t from,
                               const std::vector<std::uint32_t>& elements, std::size_t count,
                               bool body_allowed) {
  std::uint32_t up = from;
  for (int steps = 0; steps < 32; ++steps) {
    const std::uint32_t parent = t.elements[up].parent;
    if (parent == up || (parent == 0 && !body_allowed)) break;
    up = parent;
    std::size_t inside = 0;
    for (std::uint32_t e : elements) inside += contains(t, up, e) ? 1 : 0;
    if (inside >= count) return up;
  }
  return from;
}

constexpr std::uint32_t no_container = UINT32_MAX;

// The element holding the article: the best-scoring one, moved up the tree by
// the rules below; `no_container` when nothing scored.
std::uint32_t choose_container(const page_text& t, const block_stats& st,
                               const std::vector<double>& score) {
  std::uint32_t top = 0;
  double best = unscored;
  for (std::uint32_t e = 0; e < score.size(); ++e) {
    if (score[e] > best) {
      best = score[e];
      top = e;
    }
  }
  if (best == unscored) return no_container;
  // A box inside the element the page marks as the article body (a
  // gallery, a fact box) is part of it, not the article.
  for (std::uint32_t up = top; ; up = t.elements[up].parent) {
    if (t.elements[up].article_body) {
      top = up;
      break;
    }
    if (t.elements[up].parent == up) break;
  }
  // When other strong candidates sit beside it, their common ancestor is
  // the article (pages that wrap each paragraph in its own box).
  std::vector<std::uint32_t> rivals;
  for (std::uint32_t e = 0; e < score.size(); ++e) {
    if (e != top && score[e] != unscored && score[e] >= 0.75 * best) rivals.push_back(e);
  }
  if (rivals.size() >= 3) top = ancestor_holding(t, top, rivals, 3, true);
  // An article cut into sections, each deep in wrappers of its own (long
  // reads): when two or more other strong passages sit in other branches
  // of one ancestor, that ancestor holds the article.
  const double strong = std::max(section_share * best, min_section_score);
  auto is_strong = [&](std::uint32_t e) { return score[e] != unscored && score[e] >= strong; };
  std::vector<std::uint32_t> passages;  // strong elements under no strong parent
  for (std::uint32_t e = 0; e < score.size(); ++e) {
    if (!is_strong(e) || contains(t, e, top) || contains(t, top, e)) continue;
    const std::uint32_t parent = t.elements[e].parent;
    if (parent != e && is_strong(parent)) continue;
    passages.push_back(e);
  }
  if (passages.size() >= 2) top = ancestor_holding(t, top, passages, 2, false);
  // Up while the parent scores higher, or not much lower (the article's
  // paragraphs each wrapped in boxes of their own); and up through
  // wrappers with a single child, so the siblings below are the article's.
  double last = score[top];
  std::uint32_t up = t.elements[top].parent;
  for (int steps = 0; steps < 64 && up != t.elements[up].parent; ++steps) {
    if (score[up] != unscored) {
      if (score[up] < last / 3) break;
      if (score[up] > last) {
        top = up;
        break;
      }
      last = score[up];
    }
    up = t.elements[up].parent;
  }
  for (int steps = 0; steps < 64; ++steps) {
    const std::uint32_t parent = t.elements[top].parent;
    if (parent == top || parent == 0) break;
    if (top != parent + 1 || t.elements[top].end_element != t.elements[parent].end_element) break;
    top = parent;
  }
  // An article an advertisement cuts into wrappers of one class
  // ("story-body-supplemental"): the wrapper becomes the top, so that the
  // sibling step takes its twins.
  std::uint32_t wrapper = top;
  for (int level = 0; level <= max_twin_level; ++level) {
    if (has_strong_twin(t, st, score, wrapper)) return wrapper;
    const std::uint32_t parent = t.elements[wrapper].parent;
    if (parent == wrapper || parent == 0) break;
    wrapper = parent;
  }
  return top;
}

struct selection {
  std::vector<char> keep;  // per block
  std::uint64_t chars = 0;
};

// One pass of container scoring and cleaning; boxed blocks take part only
// `with_boxed`.
selection select_blocks(const page_text& t, const html_options& options, bool with_boxed) {
  const block_stats st(t, with_boxed);
  const std::vector<double> score = score_elements(t, st, with_boxed);

  // 1. The best container.
  std::vector<char> keep(t.blocks.size(), 0);
  const std::uint32_t top = choose_container(t, st, score);
  if (top != no_container) {
    // 2. Siblings that continue the article.
    std::vector<std::uint32_t> roots;
    const std::uint32_t parent = t.elements[top].parent;
    if (parent == top) {
      roots.push_back(top);
    } else {
      const double threshold = std::max(10.0, (score[top] == unscored ? 0 : score[top]) * 0.2);
      for (std::uint32_t e = parent + 1; e < t.elements[parent].end_element;
           e = t.elements[e].end_element) {
        const element_info& s = t.elements[e];
        bool take = e == top;
        if (!take && score[e] != unscored && score[e] >= threshold) take = true;
        if (!take && s.tag == LXB_TAG_P) {
          const auto len = block_stats::range(st.chars, s);
          const double ld = st.link_density(s);
          if (len > 80 && ld < 0.25) take = true;
          if (len > 0 && len <= 80 && ld == 0 && s.end_block > s.first_block &&
              looks_like_sentence(t.blocks[s.end_block - 1].text)) {
            take = true;
          }
        }
        if (take) roots.push_back(e);
      }
    }
    // 3. Their blocks, less clutter boxes inside.
    for (std::uint32_t root : roots) {
      const element_info& r = t.elements[root];
      for (std::uint32_t b = r.first_block; b < r.end_block; ++b) keep[b] = 1;
      for (std::uint32_t e = root + 1; e < r.end_element;) {
        const element_info& el = t.elements[e];
        const bool table = el.tag == LXB_TAG_TABLE;
        if (is_clutter(t, st, score, e) ||
            (table && !options.keep_tables && is_data_table(t, st, e))) {
          for (std::uint32_t b = el.first_block; b < el.end_block; ++b) keep[b] = 0;
          e = el.end_element;
        } else {
          ++e;
        }
      }
    }
  }

  // 4. Block by block.
  std::uint64_t kept_chars = 0;
  for (std::size_t b = 0; b < t.blocks.size(); ++b) {
    if (!keep[b]) continue;
    const text_block& k = t.blocks[b];
    bool ok = with_boxed || !k.boxed;
    if (!options.keep_lists && k.kind == block_kind::list_item) ok = false;
    if (!options.keep_captions && k.kind == block_kind::caption) ok = false;
    if (k.kind == block_kind::cell && !options.keep_tables && k.text.size() < 80) ok = false;
    if (k.link_chars * 2 > k.text.size() && k.kind != block_kind::heading) ok = false;
    if (is_credit_line(k.text)) ok = false;
    keep[b] = ok ? 1 : 0;
    if (ok) kept_chars += k.text.size();
  }
  return {std::move(keep), kept_chars};
}

// Drops the second copy of the article from `body` (block indexes): where the
// body's first long paragraphs come again, in order, all different, the
// blocks from the first to the last paragraph of that repeat go. A page
// that repeats one paragraph, or repeats them in another order, keeps all.
void drop_second_copy(const page_text& t, std::vector<std::uint32_t>& body) {
  std::vector<std::size_t> paragraphs;  // positions in `body` of long blocks
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (t.blocks[body[i]].text.size() >= min_copied_bytes) paragraphs.push_back(i);
  }
  auto text = [&](std::size_t k) -> const std::string& { return t.blocks[body[paragraphs[k]]].text; };
  const std::size_t n = paragraphs.size();
  if (n < 2 * min_copied_paragraphs) return;
  for (std::size_t k = 1; k < min_copied_paragraphs; ++k) {
    for (std::size_t j = 0; j < k; ++j) {
      if (text(j) == text(k)) return;  // the opening paragraphs are not all different
    }
  }
  for (std::size_t start = min_copied_paragraphs; start + min_copied_paragraphs <= n; ++start) {
    std::size_t length = 0;
    while (start + length < n && length < start && text(start + length) == text(length)) ++length;
    if (length < min_copied_paragraphs) continue;
    const auto first = static_cast<std::ptrdiff_t>(paragraphs[start]);
    const auto last = static_cast<std::ptrdiff_t>(paragraphs[start + length - 1]);
    body.erase(body.begin() + first, body.begin() + last + 1);
    return;
  }
}

}  // namespace

article_text find_article(const page_text& t, const html_options& options) {
  article_text out;
  if (t.elements.empty()) return out;
  // Furniture boxes are left out first; a page whose article sits in a box
  // with an unlucky name ("js-social-anchor", "has-sidebar") gets a second
  // pass with them, as Readability retries without its "unlikely" filter.
  selection first = select_blocks(t, options, false);
  if (first.chars < 500) {
    selection second = select_blocks(t, options, true);
    if (second.chars > first.chars) first = std::move(second);
  }
  std::vector<char> keep = std::move(first.keep);
  std::uint64_t kept_chars = first.chars;

  // 5. Too little: every long prose block of the page instead.
  if (kept_chars < 250) {
    std::uint64_t prose = 0;
    std::vector<char> alt(t.blocks.size(), 0);
    for (std::size_t b = 0; b < t.blocks.size(); ++b) {
      const text_block& k = t.blocks[b];
      if (!k.boxed && k.text.size() >= 80 && k.link_chars * 10 < k.text.size() * 3 &&
          k.kind != block_kind::heading && looks_like_sentence(k.text)) {
        alt[b] = 1;
        prose += k.text.size();
      }
    }
    if (prose > kept_chars * 2) {
      keep = std::move(alt);
      kept_chars = prose;
    }
  }

  // 6. The headline: the <h1> the <title> names, else the first <h1> before
  // the body's end, else the title without the site's name.
  std::size_t last_kept = 0;
  for (std::size_t b = 0; b < t.blocks.size(); ++b) {
    if (keep[b]) last_kept = b;
  }
  std::size_t headline = t.blocks.size();
  for (std::size_t b = 0; b < t.blocks.size(); ++b) {
    const text_block& k = t.blocks[b];
    if (t.elements[k.element].tag != LXB_TAG_H1 || k.text.size() < 4) continue;
    if (!t.title.empty() && t.title.find(k.text) != std::string::npos) {
      headline = b;
      break;
    }
    if (headline == t.blocks.size() && b <= last_kept) headline = b;
  }
  if (headline < t.blocks.size()) {
    out.headline = t.blocks[headline].text;
    out.headline_page = t.blocks[headline].page;
    out.headline_is_h1 = true;
  } else if (!t.title.empty()) {
    out.headline = std::string(trim_site_name(t.title));
    out.headline_page = t.title_page;
  }
  for (char& c : out.headline) {
    if (c == '\n') c = ' ';
  }
  // 7. The body: kept blocks, without the headline, without a second copy of
  // the article, and without headings that end it (a "Related" heading whose
  // list was cleaned away).
  for (std::size_t b = 0; b < t.blocks.size(); ++b) {
    if (!keep[b] || b == headline) continue;
    if (t.blocks[b].text == out.headline) continue;
    out.body.push_back(static_cast<std::uint32_t>(b));
  }
  drop_second_copy(t, out.body);
  while (!out.body.empty() && t.blocks[out.body.back()].kind == block_kind::heading) {
    out.body.pop_back();
  }
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

#include "meta/news_agencies.hpp"

#include <string>
#include <unordered_set>

#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Wire services and the broadcasters whose stories carry their name in the
// dateline or byline, written in lower case with single spaces.
const char* const agencies[] = {
    "reuters", "thomson reuters", "ap", "associated press", "the associated press",
    "afp", "agence france-presse", "agence france presse", "dpa", "deutsche presse-agentur",
    "bloomberg", "bloomberg news", "upi", "united press international", "pa",
    "pa media", "press association", "the press association", "efe", "agencia efe",
    "ansa", "kyodo", "kyodo news", "jiji", "jiji press", "xinhua", "tass", "itar-tass",
    "interfax", "ria novosti", "ria", "yonhap", "nhk", "ntb", "tt", "ritzau", "stt",
    "stt-fnb", "anp", "belga", "apa", "lusa", "europa press", "sda", "keystone-sda",
    "kna", "epd", "afp-jiji", "aap", "australian associated press", "cp",
    "canadian press", "the canadian press", "pti", "ians", "ani", "anadolu",
    "anadolu agency", "bernama", "antara", "pap", "ctk", "mti", "hina", "bta",
    "mena", "wafa", "irna", "sana", "cnn", "bbc", "bbc news", "npr", "abc", "abc news",
    "cbs", "cbs news", "nbc", "nbc news", "al jazeera", "rte", "dw", "rfi", "france 24",
    "euronews", "sky news", "ansa-afp", "reuters-afp", "ap-afp", "dpa-afx", "dow jones",
    "nikkei", "yna", "kcna", "apa-dpa", "ap/reuters"};

}  // namespace

bool is_news_agency(std::string_view text, std::size_t begin, std::size_t end) {
  static const std::unordered_set<std::string> names(std::begin(agencies), std::end(agencies));
  const span r = trim(text, begin, end);
  std::string key;
  if (r.begin == r.end || !append_folded(text, r.begin, r.end, key, 40)) return false;
  // Runs of spaces compare as one.
  std::string squeezed;
  for (char c : key) {
    if (c == ' ' && !squeezed.empty() && squeezed.back() == ' ') continue;
    squeezed.push_back(c);
  }
  return names.count(squeezed) != 0;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

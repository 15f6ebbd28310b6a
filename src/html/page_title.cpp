#include "newslib/config.hpp"
#include "html/page_title.hpp"

#include <array>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Lowercase ASCII letters, digits and every non-ASCII byte; a leading "the"
// is dropped so "The Guardian" and "Guardian" compare equal.
std::string letters_key(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
      out.push_back(c);
    }
  }
  if (out.size() > 3 && out.compare(0, 3, "the") == 0 && s.size() > 4 &&
      (s.substr(0, 4) == "The " || s.substr(0, 4) == "the ")) {
    out.erase(0, 3);
  }
  return out;
}

// "nytimes" for "www.nytimes.com", "bbc" for "www.bbc.co.uk".
std::string host_label(std::string_view host) {
  static constexpr std::array<std::string_view, 6> generic = {"www", "com", "co", "org", "net",
                                                              "m"};
  std::string best;
  std::size_t begin = 0;
  while (begin <= host.size()) {
    std::size_t end = host.find('.', begin);
    if (end == std::string_view::npos) end = host.size();
    const std::string_view label = host.substr(begin, end - begin);
    bool is_generic = label.size() <= 2;
    for (std::string_view g : generic) is_generic = is_generic || label == g;
    // The last non-generic label before the suffix names the site.
    if (!is_generic && end != host.size()) best = letters_key(label);
    begin = end + 1;
  }
  return best;
}

constexpr std::array<std::string_view, 10> kSeparators = {
    " | ", " - ", " -- ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ",
    " / ", " \xE2\x80\xA2 "};

}  // namespace

std::string_view host_of(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  const std::size_t end = url.find_first_of("/?#:");
  return url.substr(0, end);
}

bool names_site(std::string_view part, std::string_view site_name, std::string_view host) {
  const std::string key = letters_key(part);
  if (key.empty()) return false;
  const std::string site = letters_key(site_name);
  if (!site.empty() && (key == site || (key.size() >= 4 && site.find(key) != std::string::npos) ||
                        (site.size() >= 4 && key.find(site) != std::string::npos))) {
    return true;
  }
  // "Examplenews", "examplenews.com", "Examplenews Online" for examplenews.com;
  // not "Examplenews Weekly Briefing", which is a title of its own.
  const std::string label = host_label(host);
  if (label.size() < 3 || key.rfind(label, 0) != 0) return false;
  const std::string_view rest = std::string_view(key).substr(label.size());
  for (std::string_view suffix : {"", "com", "net", "org", "couk", "online", "news", "tv"}) {
    if (rest == suffix) return true;
  }
  return false;
}

std::string strip_site_name(std::string_view title, std::string_view site_name,
                            std::string_view host) {
  // Trailing segments first ("Headline | Section | Site"), then a leading one.
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view sep : kSeparators) {
      const std::size_t at = title.rfind(sep);
      if (at == std::string_view::npos || at == 0) continue;
      if (names_site(title.substr(at + sep.size()), site_name, host)) {
        title = title.substr(0, at);
        changed = true;
        break;
      }
    }
  }
  for (std::string_view sep : kSeparators) {
    const std::size_t at = title.find(sep);
    if (at == std::string_view::npos) continue;
    if (names_site(title.substr(0, at), site_name, host)) {
      title = title.substr(at + sep.size());
      break;
    }
  }
  return std::string(title);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

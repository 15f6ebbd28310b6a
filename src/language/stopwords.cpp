#include "language/stopwords.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <string>

#include "language/languages.hpp"
#include "newslib/error.hpp"
#include "util/embedded_data.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

stopword_set::stopword_set(std::string_view file_text) {
  std::size_t i = 0;
  while (i < file_text.size()) {
    std::size_t e = file_text.find('\n', i);
    if (e == std::string_view::npos) e = file_text.size();
    std::string_view line = file_text.substr(i, e - i);
    i = e + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    words_.insert(line);
  }
}

const stopword_set& stopwords_for_id(std::size_t id) {
  static std::array<std::unique_ptr<stopword_set>, language_count> sets;
  static std::array<std::once_flag, language_count> once;
  std::call_once(once[id], [id] {
    const std::string name = "stopwords/" + std::string(language_codes[id]) + ".txt";
    const auto text = embedded_file(name);
    if (!text) throw newslib::error("newslib was built without its data file " + name);
    sets[id] = std::make_unique<stopword_set>(*text);
  });
  return *sets[id];
}

const stopword_set* stopwords_for(std::string_view language) {
  const std::size_t id = language_id(language);
  return id == no_language ? nullptr : &stopwords_for_id(id);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

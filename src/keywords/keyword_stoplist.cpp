#include "keywords/keyword_stoplist.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <string>

#include "language/languages.hpp"
#include "util/embedded_data.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

const stopword_set* keyword_stoplist(std::string_view language) {
  const std::size_t id = language_id(language);
  if (id == no_language) return nullptr;
  static std::array<std::unique_ptr<stopword_set>, language_count> lists;
  static std::array<std::once_flag, language_count> once;
  std::call_once(once[id], [id] {
    const std::string name = "keywords/" + std::string(language_codes[id]) + ".txt";
    if (const auto text = embedded_file(name)) lists[id] = std::make_unique<stopword_set>(*text);
  });
  return lists[id].get();
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

#include "text/icu_locale.hpp"

#include <boost/locale/generator.hpp>
#include <boost/locale/localization_backend.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "newslib/error.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

bool has_icu_backend() {
  const std::vector<std::string> names =
      boost::locale::localization_backend_manager::global().get_all_backends();
  return std::find(names.begin(), names.end(), "icu") != names.end();
}

}  // namespace

void require_icu_backend() {
  static const bool available = has_icu_backend();
  if (!available) {
    throw newslib::backend_unavailable(
        "Boost.Locale was built without its ICU backend; newslib needs it for Unicode "
        "normalisation and text boundaries (rebuild Boost with ICU, e.g. "
        "BOOST_LOCALE_ENABLE_ICU=ON or the boost-locale[icu] feature)");
  }
}

const std::locale& icu_locale(std::string_view language) {
  require_icu_backend();
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<std::locale>, std::less<>> cache;
  std::string key(language);
  const bool iso = key.size() == 2 && std::all_of(key.begin(), key.end(), [](char c) {
                     return c >= 'a' && c <= 'z';
                   });
  if (!iso) key = "en_US";  // generic rules: ICU's root behaviour, with a usable name
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it == cache.end()) {
    boost::locale::localization_backend_manager manager =
        boost::locale::localization_backend_manager::global();
    manager.select("icu");  // never fall back to the posix or std backends
    boost::locale::generator gen(manager);
    gen.use_ansi_encoding(false);
    auto loc = std::make_unique<std::locale>(gen.generate(key + ".UTF-8"));
    it = cache.emplace(key, std::move(loc)).first;
  }
  return *it->second;  // nodes of std::map never move
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

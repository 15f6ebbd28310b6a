// The Boost.Locale ICU backend: checked once, its locales generated once.
#pragma once

#include <locale>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Throws `newslib::backend_unavailable` unless Boost.Locale was built with its
/// ICU backend (normalisation and boundary analysis exist only there). The
/// check runs once per process; later calls cost one atomic load.
void require_icu_backend();

/// A Boost.Locale locale for `language` (an ISO 639-1 code; anything else gives
/// the root locale), UTF-8, from the ICU backend. Generating a locale costs
/// about half a millisecond, so each is generated once and shared: std::locale
/// is immutable and safe to use from many threads.
const std::locale& icu_locale(std::string_view language);

}  // namespace detail
NEWSLIB_END_NAMESPACE

#include "text/term_key.hpp"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "newslib/error.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

const UNormalizer2* nfkc_instance() {
  static const UNormalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status) || n == nullptr) {
      throw newslib::backend_unavailable(std::string("ICU cannot load its NFKC data: ") +
                                         u_errorName(status));
    }
    return n;
  }();
  return instance;
}

// Scratch buffers reused by each thread: keys are made once per distinct word,
// so allocation would otherwise dominate.
struct term_key_buffers {
  std::vector<UChar> a, b;
};

term_key_buffers& scratch() { return thread_cache<term_key_buffers>::get(); }

void check(UErrorCode status, const char* step) {
  if (U_FAILURE(status)) {
    throw newslib::error(std::string("Unicode key normalisation failed in ") + step + ": " +
                         u_errorName(status));
  }
}

// Runs an ICU function that writes UTF-16 into `dst`, growing it once on overflow.
template <class F>
int32_t run_into(std::vector<UChar>& dst, F&& f, const char* step) {
  if (dst.size() < 16) dst.resize(16);
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = f(dst.data(), static_cast<int32_t>(dst.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || n > static_cast<int32_t>(dst.size())) {
    dst.resize(static_cast<std::size_t>(n) + 1);
    status = U_ZERO_ERROR;
    n = f(dst.data(), static_cast<int32_t>(dst.size()), &status);
  }
  if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
  check(status, step);
  return n;
}

}  // namespace

bool is_ascii(std::string_view text) noexcept {
  const char* p = text.data();
  std::size_t n = text.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    if (w & 0x8080808080808080ull) return false;
    p += 8;
    n -= 8;
  }
  for (; n > 0; --n, ++p) {
    if (static_cast<unsigned char>(*p) >= 0x80) return false;
  }
  return true;
}

void term_key(std::string_view text, std::string& out) {
  if (is_ascii(text)) {
    out.assign(text.data(), text.size());
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return;
  }
  if (text.size() > static_cast<std::size_t>(INT32_MAX / 4)) {
    throw newslib::input_too_large("a single token is too large to normalise");
  }
  const UNormalizer2* nfkc = nfkc_instance();
  term_key_buffers& buf = scratch();
  const int32_t src_len = run_into(
      buf.a,
      [&](UChar* d, int32_t cap, UErrorCode* st) {
        int32_t len = 0;
        u_strFromUTF8(d, cap, &len, text.data(), static_cast<int32_t>(text.size()), st);
        return len;
      },
      "UTF-8 decoding");
  int32_t len = run_into(
      buf.b,
      [&](UChar* d, int32_t cap, UErrorCode* st) {
        return unorm2_normalize(nfkc, buf.a.data(), src_len, d, cap, st);
      },
      "NFKC");
  len = run_into(
      buf.a,
      [&](UChar* d, int32_t cap, UErrorCode* st) {
        return u_strFoldCase(d, cap, buf.b.data(), len, U_FOLD_CASE_DEFAULT, st);
      },
      "case folding");
  std::vector<UChar>* result = &buf.a;
  UErrorCode status = U_ZERO_ERROR;
  if (!unorm2_isNormalized(nfkc, buf.a.data(), len, &status)) {
    len = run_into(
        buf.b,
        [&](UChar* d, int32_t cap, UErrorCode* st) {
          return unorm2_normalize(nfkc, buf.a.data(), len, d, cap, st);
        },
        "NFKC");
    result = &buf.b;
  }
  check(status, "NFKC check");
  const UChar* r = result->data();
  int32_t out_len = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &out_len, r, len, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR) check(status, "UTF-8 encoding");
  out.resize(static_cast<std::size_t>(out_len));
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), out_len, &out_len, r, len, &status);
  if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
  check(status, "UTF-8 encoding");
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

// Boost.Locale's conv::to_utf reports neither where a bad sequence is nor
// which input bytes made each character, and can only skip or stop at one.
// ICU's converter (the one Boost.Locale's ICU backend wraps) returns, for each
// UTF-16 unit it writes, the offset of the input bytes that produced it, and
// stops at a bad sequence telling how long it is: that gives the exact offset
// map, the strict error's position and U+FFFD replacement in one pass.
#include "charset/icu_decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "charset/decoded_text_builder.hpp"
#include "charset/invalid_bytes.hpp"
#include "newslib/error.hpp"

namespace newslib::detail {
namespace {

struct converter_closer {
  void operator()(UConverter* c) const noexcept { ucnv_close(c); }
};
using converter_ptr = std::unique_ptr<UConverter, converter_closer>;

converter_ptr open_converter(const charset& cs) {
  UErrorCode status = U_ZERO_ERROR;
  converter_ptr cnv(ucnv_open(cs.converter, &status));
  if (U_FAILURE(status) || !cnv) {
    throw backend_unavailable("encoding " + std::string(cs.name) +
                              " is not available in this build of ICU");
  }
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  return cnv;
}

void append_utf8(std::string& out, char32_t cp) {
  char b[4];
  std::size_t n;
  if (cp < 0x80) {
    b[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    b[0] = static_cast<char>(0xC0 | (cp >> 6));
    b[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = static_cast<char>(0xE0 | (cp >> 12));
    b[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = static_cast<char>(0xF0 | (cp >> 18));
    b[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    b[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out.append(b, n);
}

source_map::rule rule_of(const charset& cs) {
  const std::string_view name = cs.name;
  if (name == "UTF-8") return source_map::rule::utf8;
  if (name.substr(0, 6) == "UTF-16") return source_map::rule::utf16;
  if (name.substr(0, 6) == "UTF-32") return source_map::rule::utf32;
  return source_map::rule::double_byte;
}

}  // namespace

void decode_with_icu(const charset& cs, std::string_view bytes, std::size_t begin,
                     utf8_errors errors, decoded_text& out) {
  converter_ptr cnv = open_converter(cs);
  decoded_text_builder build(out, rule_of(cs), begin);
  std::string& text = build.text();
  const std::size_t n = bytes.size();
  text.reserve((n - begin) * 3 / 2);

  // Every supported charset writes at most one UTF-16 unit per input byte, so
  // these buffers, sized once for the input, never overflow.
  std::vector<UChar> units(n - begin + 2);
  std::vector<std::int32_t> offsets(units.size());

  const char* source = bytes.data() + begin;
  const char* const limit = bytes.data() + n;
  // Characters come out in order; each one's input ends where the next
  // one's starts, so a character is emitted once its successor is known.
  // Bytes that make no character (a stateful charset's escape sequences)
  // count towards the character before them (the first one, at the start).
  std::size_t consumed = begin;  // input offset where the pending character starts
  char32_t pending = 0;
  bool has_pending = false;
  auto emit_pending = [&](std::size_t next_at) {
    if (!has_pending) return;
    const std::size_t at = text.size();
    append_utf8(text, pending);
    const std::size_t width = next_at > consumed ? next_at - consumed : 0;
    build.character(at, width);
    consumed += width;
    has_pending = false;
  };

  while (true) {
    const char* call_start = source;
    UChar* target = units.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, limit,
                   offsets.data(), /*flush=*/true, &status);
    const std::size_t base = static_cast<std::size_t>(call_start - bytes.data());
    const std::size_t written = static_cast<std::size_t>(target - units.data());
    for (std::size_t u = 0; u < written; ++u) {
      char32_t cp = units[u];
      const std::size_t at = offsets[u] >= 0 ? base + static_cast<std::size_t>(offsets[u])
                                             : consumed;
      if (cp >= 0xD800 && cp <= 0xDBFF && u + 1 < written && units[u + 1] >= 0xDC00 &&
          units[u + 1] <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (units[u + 1] - 0xDC00);
        ++u;
      }
      emit_pending(at);
      pending = cp;
      has_pending = true;
    }
    if (U_SUCCESS(status)) break;
    if (status != U_ILLEGAL_CHAR_FOUND && status != U_INVALID_CHAR_FOUND &&
        status != U_TRUNCATED_CHAR_FOUND) {
      throw error(std::string("ICU could not convert from ") + std::string(cs.name) + ": " +
                  u_errorName(status));
    }
    // The converter has consumed the bad bytes; ICU says how many they were.
    char bad[32];
    std::int8_t bad_length = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &bad_length, &ignored);
    const std::size_t bad_end = static_cast<std::size_t>(source - bytes.data());
    const std::size_t bad_at = bad_end - static_cast<std::size_t>(bad_length);
    if (errors == utf8_errors::strict) throw_invalid_bytes(cs.name, bytes, bad_at, bad_length);
    emit_pending(bad_at);
    build.replace(bad_end - consumed);
    consumed = bad_end;
    if (source == limit) break;
  }
  emit_pending(n);
  build.finish(n);
}

}  // namespace newslib::detail

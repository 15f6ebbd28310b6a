// Boost.Locale converts each of the 256 byte values once per charset; the
// table it fills then decodes at memory speed. Converting the whole input with
// boost::locale::conv instead would offer only skip/stop on bad bytes and no
// offsets, while a table gives both for free: one byte is one character.
#include "charset/single_byte.hpp"

#include <boost/locale/encoding.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "charset/decoded_text_builder.hpp"
#include "charset/invalid_bytes.hpp"
#include "newslib/error.hpp"

namespace newslib::detail {
namespace {

struct byte_table {
  std::array<std::array<char, 3>, 256> utf8{};
  std::array<std::uint8_t, 256> width{};  // 0: the byte is not defined in the charset
  bool ascii_compatible = true;            // bytes 0x00-0x7F decode to themselves
};

bool is_windows_code_page(std::string_view name) { return name.substr(0, 8) == "windows-"; }

std::unique_ptr<byte_table> build_table(const charset& cs) {
  namespace conv = boost::locale::conv;
  auto table = std::make_unique<byte_table>();
  for (int b = 0; b < 256; ++b) {
    const std::string byte(1, static_cast<char>(b));
    std::string utf8;
    try {
      utf8 = conv::to_utf<char>(byte, cs.converter, conv::stop);
    } catch (const conv::invalid_charset_error&) {
      throw backend_unavailable("encoding " + std::string(cs.name) +
                                " is not available in this build of Boost.Locale");
    } catch (const conv::conversion_error&) {
      utf8.clear();
    }
    // Browsers decode the holes of the Windows code pages in 0x80-0x9F as the
    // C1 control of the same value (the WHATWG index does so).
    if (utf8.empty() && b >= 0x80 && b < 0xA0 && is_windows_code_page(cs.name)) {
      utf8 = {static_cast<char>(0xC2), static_cast<char>(b)};
    }
    if (utf8.size() > 3) utf8.clear();  // no single-byte charset leaves the BMP
    table->width[b] = static_cast<std::uint8_t>(utf8.size());
    std::memcpy(table->utf8[b].data(), utf8.data(), utf8.size());
    if (b < 0x80 && (utf8.size() != 1 || utf8[0] != static_cast<char>(b))) {
      table->ascii_compatible = false;
    }
  }
  return table;
}

const byte_table& table_for(const charset& cs) {
  static std::mutex mutex;
  static std::map<std::string_view, std::unique_ptr<byte_table>> tables;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = tables[cs.name];
  if (!slot) slot = build_table(cs);
  return *slot;
}

// Length of the run of ASCII bytes at the start of `s`, eight at a time.
std::size_t ascii_prefix(const char* s, std::size_t n) noexcept {
  std::size_t i = 0;
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

void decode_single_byte(const charset& cs, std::string_view bytes, std::size_t begin,
                        utf8_errors errors, decoded_text& out) {
  const byte_table& table = table_for(cs);
  // One input byte is one character, replacements included: the map's rule
  // needs no exceptions, and the loop below needs no bookkeeping for it.
  decoded_text_builder build(out, source_map::rule::single_byte, begin);
  std::string& text = build.text();
  const char* p = bytes.data();
  const std::size_t n = bytes.size();
  // Written in place into a buffer sized for the worst case (three bytes per
  // byte), then trimmed: no per-character growth checks.
  text.resize((n - begin) * 3);
  char* o = text.data();
  std::size_t i = begin;
  while (i < n) {
    if (table.ascii_compatible) {
      const std::size_t ascii = ascii_prefix(p + i, n - i);
      std::memcpy(o, p + i, ascii);
      o += ascii;
      i += ascii;
      if (i == n) break;
    }
    const auto b = static_cast<unsigned char>(p[i]);
    const std::size_t w = table.width[b];
    if (w == 0) {
      if (errors == utf8_errors::strict) throw_invalid_bytes(cs.name, bytes, i, 1);
      text.resize(static_cast<std::size_t>(o - text.data()));
      build.replace(1);
      const std::size_t at = text.size();
      text.resize(at + (n - i - 1) * 3);
      o = text.data() + at;
    } else {
      std::memcpy(o, table.utf8[b].data(), 3);  // the unused tail is overwritten next
      o += w;
    }
    ++i;
  }
  text.resize(static_cast<std::size_t>(o - text.data()));
  build.finish(n);
}

}  // namespace newslib::detail

// newslib: what to do with bytes that do not decode.
#pragma once

namespace newslib {

/// What to do with bytes that are not valid UTF-8, or not valid in the
/// declared encoding when a document or `decode` converts from another one.
enum class utf8_errors {
  strict,   // throw `invalid_utf8` (`invalid_encoding` for other charsets) naming the byte offset (the default)
  replace,  // replace each maximal invalid sequence with U+FFFD and record where
};

}  // namespace newslib

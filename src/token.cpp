#include "newslib/token.hpp"

NEWSLIB_BEGIN_NAMESPACE

const char* to_string(token_kind kind) noexcept {
  switch (kind) {
    case token_kind::word:
      return "word";
    case token_kind::number:
      return "number";
    case token_kind::punctuation:
      return "punctuation";
    case token_kind::symbol:
      return "symbol";
    case token_kind::url:
      return "url";
    case token_kind::email:
      return "email";
    case token_kind::other:
      return "other";
  }
  return "other";
}

NEWSLIB_END_NAMESPACE

#include "meta/trailer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t max_trailer_bytes = 400;
constexpr std::size_t max_source_bytes = 80;

// "Source" in the supported languages; bare, or followed by a colon.
constexpr std::string_view source_words[] = {
    "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes",
    "bron", "bronnen", "källa", "källor", "kilde", "kilder", "lähde", "lähteet",
    "источник", "источники"};

// Credits for the reporting, with or without Reuters-style parentheses.
constexpr std::string_view credit_phrases[] = {
    "reporting by", "additional reporting by", "writing by", "editing by", "edited by",
    "compiled by", "reporting and writing by", "additional reporting and writing by",
    "with reporting by"};

// Credits that need a colon or nothing after them ("Contributing: Jane Doe").
constexpr std::string_view credit_labels[] = {"additional reporting", "contributing",
                                              "contributors", "mitarbeit"};

// Lines that always close an article.
constexpr std::string_view closing_phrases[] = {
    "read more", "follow us", "all rights reserved", "this article was originally published",
    "this article originally appeared", "this article first appeared",
    "this story was originally published", "this story originally appeared",
    "this story first appeared", "originally published", "contact the author",
    "contact the reporter", "contact the writer", "image caption", "image copyright",
    "image source", "media caption", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati",
    "todos os direitos reservados", "alle rechten voorbehouden", "все права защищены"};

// "Related", "Related:", "Related articles".
constexpr std::string_view related_phrases[] = {
    "related", "related articles", "related stories", "related coverage", "related content",
    "related links", "related news", "related reading", "related topics"};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The first plausible year (four digits, 1900-2100) in the line.
std::optional<int> year_in(std::string_view text, span line) {
  for (std::size_t i = line.begin; i + 4 <= line.end; ++i) {
    if ((i > line.begin && is_digit(text[i - 1])) || !is_digit(text[i])) continue;
    if (!is_digit(text[i + 1]) || !is_digit(text[i + 2]) || !is_digit(text[i + 3])) continue;
    if (i + 4 < line.end && is_digit(text[i + 4])) continue;
    const int y = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 +
                  (text[i + 3] - '0');
    if (y >= 1900 && y <= 2100) return y;
  }
  return std::nullopt;
}

// What follows a phrase: nothing, or a colon and anything.
bool bare_or_colon(std::string_view text, std::size_t after, std::size_t end) {
  const std::size_t p = skip_spaces(text, after, end);
  return p >= end || text[p] == ':';
}

}  // namespace

std::optional<trailer_line> parse_trailer_line(std::string_view text, span line) {
  if (line.begin >= line.end || line.end - line.begin > max_trailer_bytes) return std::nullopt;
  trailer_line result;
  const std::size_t b = line.begin, e = line.end;

  if (const std::size_t after = match_longest_phrase(text, b, e, source_words);
      after != no_match) {
    std::size_t p = skip_spaces(text, after, e);
    if (p < e && text[p] == '.') p = skip_spaces(text, p + 1, e);
    if (p >= e) return result;  // a bare "Source"
    if (text[p] != ':') return std::nullopt;
    span named = trim(text, p + 1, e);
    if (named.end > named.begin && text[named.end - 1] == '.') --named.end;
    if (named.end > named.begin && named.end - named.begin <= max_source_bytes)
      result.source = newslib::span{named.begin, named.end};
    return result;
  }

  // Reuters: "(Reporting by Jane Doe; Editing by John Roe)".
  const bool parenthesised = text[b] == '(' && text[e - 1] == ')';
  const std::size_t credit_start = parenthesised ? skip_spaces(text, b + 1, e) : b;
  if (match_longest_phrase(text, credit_start, e, credit_phrases) != no_match) return result;
  if (const std::size_t after = match_longest_phrase(text, credit_start, e, credit_labels);
      after != no_match && bare_or_colon(text, after, parenthesised ? e - 1 : e))
    return result;
  if (parenthesised) return std::nullopt;

  // "© 2025 ...", "(c) 2025 ...", "Copyright 2025 ...", "Copyright © ...".
  const code_point first = read_code_point(text, b);
  const bool copyright_sign = first.value == 0xA9;
  const bool c_in_parens = e - b >= 3 && text.substr(b, 3) == "(c)";
  const std::size_t copyright_word = match_phrase(text, b, e, "copyright");
  if (copyright_sign || c_in_parens || copyright_word != no_match) {
    const std::size_t after = copyright_sign ? b + first.size
                              : c_in_parens  ? b + 3
                                             : copyright_word;
    const std::size_t p = skip_spaces(text, after, e);
    const bool credible = copyright_sign || p >= e || is_digit(text[p]) ||
                          read_code_point(text, p).value == 0xA9 ||
                          text.substr(p, 3) == "(c)" || text[p] == ':';
    if (!credible) return std::nullopt;
    result.copyright_year = year_in(text, line);
    return result;
  }

  if (match_longest_phrase(text, b, e, closing_phrases) != no_match) return result;
  if (const std::size_t after = match_longest_phrase(text, b, e, related_phrases);
      after != no_match && bare_or_colon(text, after, e))
    return result;
  // "Follow Jane Doe on X: @janedoe".
  if (match_phrase(text, b, e, "follow") != no_match &&
      text.substr(b, e - b).find('@') != std::string_view::npos)
    return result;
  return std::nullopt;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

// Languages and dates: identification, the supported list, date parsing.
#include <pybind11/stl.h>

#include <string>
#include <utility>

#include "bindings.hpp"
#include "doc_state.hpp"
#include "newslib/date.hpp"
#include "newslib/language.hpp"
#include "py_types.hpp"
#include "text_input.hpp"

namespace newslib::python {

std::optional<py_date> to_date(const std::optional<newslib::calendar_date>& d) {
  // datetime.date covers years 1..9999; a date outside it is reported as absent.
  if (!d || d->year < 1 || d->year > 9999) return std::nullopt;
  py::object date = py::module_::import("datetime").attr("date")(d->year, d->month, d->day);
  return py::reinterpret_steal<py_date>(date.release());
}

void bind_language(py::module_& m) {
  m.def("supported_languages", &newslib::supported_languages, R"pbdoc(
ISO 639-1 codes of the languages with full support (stopwords,
abbreviations, Snowball stemming).

Example:
    >>> "en" in newslib.supported_languages()
    True
)pbdoc");

  m.def(
      "identify_language",
      [](const text_arg& text) {
        text_input input = to_valid_utf8(text, "text");
        py::gil_scoped_release release;
        const newslib::language_guess guess = newslib::identify_language(input.utf8);
        return std::make_pair(guess.code, guess.confidence);
      },
      py::arg("text"), R"pbdoc(
Identifies the language of a text among the supported languages.

Returns:
    tuple[str, float]: the ISO 639-1 code ("und" when no supported language
    fits, or the text is too short to tell) and a confidence in [0, 1].

Example:
    >>> newslib.identify_language("Der Bundestag hat am Freitag das Gesetz beschlossen.")[0]
    'de'
)pbdoc");

  m.def(
      "parse_date",
      [](const text_arg& text, const std::string& date_order, std::optional<int> default_year) {
        text_input input = to_valid_utf8(text, "text");
        newslib::date_options options;
        options.numeric_order = date_order_from_name(date_order);
        options.default_year = default_year;
        std::optional<newslib::calendar_date> date;
        {
          py::gil_scoped_release release;
          date = newslib::parse_date(input.utf8, options);
        }
        return to_date(date);
      },
      py::arg("text"), py::arg("date_order") = "month_first",
      py::arg("default_year") = py::none(), R"pbdoc(
Parses one date written in news style, or returns None.

Accepts forms such as "Sat. Sep 6th, 2025", "September 6, 2025", "6 Sept 2025",
"2025-09-06" and "06/09/2025" (read per ``date_order``). Forms without a
year ("Sept. 6") need ``default_year``.

Example:
    >>> newslib.parse_date("Sat. Sep 6th, 2025")
    datetime.date(2025, 9, 6)
    >>> newslib.parse_date("06/09/2025", date_order="day_first")
    datetime.date(2025, 9, 6)
)pbdoc");
}

}  // namespace newslib::python

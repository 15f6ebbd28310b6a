// newslib.Token, newslib.Span and its subclasses Sentence and Paragraph.
#include "unit_objects.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "newslib/error.hpp"
#include "text_input.hpp"

namespace newslib::python::units {

PyTypeObject* token_type = nullptr;
PyTypeObject* span_type = nullptr;
PyTypeObject* sentence_type = nullptr;
PyTypeObject* paragraph_type = nullptr;

namespace {

PyObject* decode(std::string_view utf8) {
  return PyUnicode_DecodeUTF8(utf8.data(), static_cast<Py_ssize_t>(utf8.size()), "strict");
}
PyObject* from_size(std::size_t n) { return PyLong_FromSize_t(n); }

std::string quoted_preview(std::string_view utf8) {
  py::str s = to_str(preview(utf8, 40));
  return py::repr(s).cast<std::string>();
}

// Index of the first token that starts at or after `byte`.
std::size_t token_at_or_after(const doc_state& state, std::size_t byte) {
  const auto tokens = state.doc().tokens();
  std::size_t lo = 0, hi = tokens.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (tokens[mid].begin < byte) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// --- Token ------------------------------------------------------------------

newslib::token token_of(PyObject* self) {
  auto* t = reinterpret_cast<token_object*>(self);
  return t->state->doc().tokens()[t->index];
}

void unit_dealloc(PyObject* self) {
  PyTypeObject* type = Py_TYPE(self);
  // token_object and span_object both start with the Document reference.
  Py_DECREF(reinterpret_cast<token_object*>(self)->doc);
  type->tp_free(self);
  Py_DECREF(type);
}

PyObject* token_index(PyObject* self, void*) {
  return from_size(reinterpret_cast<token_object*>(self)->index);
}
PyObject* token_start(PyObject* self, void*) {
  return from_size(reinterpret_cast<token_object*>(self)->state->to_chars(token_of(self).begin));
}
PyObject* token_end(PyObject* self, void*) {
  return from_size(reinterpret_cast<token_object*>(self)->state->to_chars(token_of(self).end));
}
PyObject* token_byte_start(PyObject* self, void*) { return from_size(token_of(self).begin); }
PyObject* token_byte_end(PyObject* self, void*) { return from_size(token_of(self).end); }
PyObject* token_text(PyObject* self, void*) {
  return decode(reinterpret_cast<token_object*>(self)->state->slice(token_of(self).bytes()));
}
PyObject* token_kind(PyObject* self, void*) {
  return PyUnicode_InternFromString(newslib::to_string(token_of(self).kind));
}
PyObject* token_key(PyObject* self, void*) {
  return decode(reinterpret_cast<token_object*>(self)->state->doc().term_of(token_of(self)).key);
}
PyObject* token_stem(PyObject* self, void*) {
  return decode(reinterpret_cast<token_object*>(self)->state->doc().term_of(token_of(self)).stem);
}
PyObject* token_is_stop(PyObject* self, void*) {
  return PyBool_FromLong(
      reinterpret_cast<token_object*>(self)->state->doc().term_of(token_of(self)).stopword);
}
PyObject* unit_doc(PyObject* self, void*) {
  PyObject* doc = reinterpret_cast<token_object*>(self)->doc;
  Py_INCREF(doc);
  return doc;
}

PyObject* token_sent(PyObject* self, void*) {
  auto* t = reinterpret_cast<token_object*>(self);
  const auto& sentences = t->state->doc().sentences();
  // The last sentence starting at or before the token, if it holds the token.
  auto it = std::upper_bound(sentences.begin(), sentences.end(), t->index,
                             [](std::uint32_t i, const newslib::sentence& s) {
                               return i < s.first_token;
                             });
  if (it == sentences.begin() || t->index >= (it - 1)->first_token + (it - 1)->token_count) {
    Py_RETURN_NONE;
  }
  return new_sentence(t->doc, t->state, static_cast<std::size_t>(it - 1 - sentences.begin()));
}

PyObject* token_paragraph(PyObject* self, void*) {
  auto* t = reinterpret_cast<token_object*>(self);
  const auto& paragraphs = t->state->doc().paragraphs();
  const std::uint32_t begin = token_of(self).begin;
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), begin,
                             [](std::uint32_t b, const newslib::paragraph& p) {
                               return b < p.bytes.begin;
                             });
  if (it == paragraphs.begin() || begin >= (it - 1)->bytes.end) Py_RETURN_NONE;
  return new_paragraph(t->doc, t->state, static_cast<std::size_t>(it - 1 - paragraphs.begin()));
}

PyObject* token_repr(PyObject* self) {
  auto* t = reinterpret_cast<token_object*>(self);
  const newslib::token tok = token_of(self);
  try {
    const std::string out = "Token(index=" + std::to_string(t->index) + ", text=" +
                            quoted_preview(t->state->slice(tok.bytes())) + ", kind='" +
                            newslib::to_string(tok.kind) + "')";
    return decode(out);
  } catch (py::error_already_set& e) {
    e.restore();
    return nullptr;
  }
}

Py_hash_t combine_hash(const void* state, std::size_t a, std::size_t b, std::size_t c) {
  std::size_t h = reinterpret_cast<std::uintptr_t>(state);
  for (std::size_t v : {a, b, c}) h = (h ^ v) * 0x100000001b3ULL + (h >> 29);
  const auto out = static_cast<Py_hash_t>(h);
  return out == -1 ? -2 : out;
}

Py_hash_t token_hash(PyObject* self) {
  auto* t = reinterpret_cast<token_object*>(self);
  return combine_hash(t->state, t->index, 0, 0);
}

PyObject* token_richcompare(PyObject* a, PyObject* b, int op) {
  if ((op != Py_EQ && op != Py_NE) || !PyObject_TypeCheck(b, token_type)) {
    Py_RETURN_NOTIMPLEMENTED;
  }
  auto *x = reinterpret_cast<token_object*>(a), *y = reinterpret_cast<token_object*>(b);
  const bool same = x->state == y->state && x->index == y->index;
  return PyBool_FromLong(op == Py_EQ ? same : !same);
}

// Pickles as doc[i], so the Document travels along (once per pickle).
PyObject* token_reduce(PyObject* self, PyObject*) {
  auto* t = reinterpret_cast<token_object*>(self);
  return Py_BuildValue("O(On)", getitem_function(), t->doc, static_cast<Py_ssize_t>(t->index));
}

// --- Span, Sentence, Paragraph ----------------------------------------------

span_object* as_span(PyObject* self) { return reinterpret_cast<span_object*>(self); }

PyObject* alloc_span(PyTypeObject* type, PyObject* doc, const doc_state* state) {
  auto* s = PyObject_New(span_object, type);
  if (s == nullptr) return nullptr;
  Py_INCREF(doc);
  s->doc = doc;
  s->state = state;
  s->first = s->end = s->begin_byte = s->end_byte = s->index = 0;
  return reinterpret_cast<PyObject*>(s);
}

PyObject* span_start(PyObject* self, void*) {
  return from_size(as_span(self)->state->to_chars(as_span(self)->begin_byte));
}
PyObject* span_end(PyObject* self, void*) {
  return from_size(as_span(self)->state->to_chars(as_span(self)->end_byte));
}
PyObject* span_byte_start(PyObject* self, void*) { return from_size(as_span(self)->begin_byte); }
PyObject* span_byte_end(PyObject* self, void*) { return from_size(as_span(self)->end_byte); }
PyObject* span_first(PyObject* self, void*) { return from_size(as_span(self)->first); }
PyObject* span_last(PyObject* self, void*) { return from_size(as_span(self)->end); }
PyObject* span_index(PyObject* self, void*) { return from_size(as_span(self)->index); }
PyObject* span_text(PyObject* self, void*) {
  const span_object* s = as_span(self);
  return decode(s->state->slice({s->begin_byte, s->end_byte}));
}
PyObject* span_str(PyObject* self) { return span_text(self, nullptr); }
PyObject* token_str(PyObject* self) { return token_text(self, nullptr); }
PyObject* span_tokens(PyObject* self, void*) {
  const span_object* s = as_span(self);
  return new_view(s->doc, s->state, unit_kind::token, s->first, s->end - s->first);
}
Py_ssize_t span_length(PyObject* self) {
  return static_cast<Py_ssize_t>(as_span(self)->end - as_span(self)->first);
}

PyObject* span_item(PyObject* self, Py_ssize_t i) {
  const span_object* s = as_span(self);
  const Py_ssize_t n = span_length(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    PyErr_SetString(PyExc_IndexError, "token index out of range");
    return nullptr;
  }
  return new_token(s->doc, s->state, s->first + static_cast<std::size_t>(i));
}

PyObject* span_subscript(PyObject* self, PyObject* key) {
  if (PySlice_Check(key)) {
    const span_object* s = as_span(self);
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0) return nullptr;
    const Py_ssize_t n = PySlice_AdjustIndices(span_length(self), &start, &stop, step);
    if (step != 1) {
      PyErr_SetString(PyExc_ValueError, "a Span slice must be contiguous (step 1)");
      return nullptr;
    }
    return new_span(s->doc, s->state, s->first + start, s->first + start + n);
  }
  const Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
  if (i == -1 && PyErr_Occurred()) return nullptr;
  return span_item(self, i);
}

PyObject* span_iter(PyObject* self) {
  const span_object* s = as_span(self);
  py::object view = py::reinterpret_steal<py::object>(
      new_view(s->doc, s->state, unit_kind::token, s->first, s->end - s->first));
  return view ? PyObject_GetIter(view.ptr()) : nullptr;
}

int span_contains(PyObject* self, PyObject* item) {
  if (!PyObject_TypeCheck(item, token_type)) return 0;
  const span_object* s = as_span(self);
  const auto* t = reinterpret_cast<token_object*>(item);
  return t->state == s->state && t->index >= s->first && t->index < s->end;
}

Py_hash_t span_hash(PyObject* self) {
  const span_object* s = as_span(self);
  return combine_hash(s->state, (std::size_t{s->first} << 32) | s->end,
                      (std::size_t{s->begin_byte} << 32) | s->end_byte,
                      reinterpret_cast<std::uintptr_t>(Py_TYPE(self)));
}

// Equal when of the same type and covering the same tokens and text of the
// same parse (a Sentence is not equal to a Span over the same tokens).
PyObject* span_richcompare(PyObject* a, PyObject* b, int op) {
  if ((op != Py_EQ && op != Py_NE) || Py_TYPE(a) != Py_TYPE(b)) Py_RETURN_NOTIMPLEMENTED;
  const span_object *x = as_span(a), *y = as_span(b);
  const bool same = x->state == y->state && x->first == y->first && x->end == y->end &&
                    x->begin_byte == y->begin_byte && x->end_byte == y->end_byte;
  return PyBool_FromLong(op == Py_EQ ? same : !same);
}

PyObject* span_repr(PyObject* self) {
  const span_object* s = as_span(self);
  try {
    const std::string text = quoted_preview(s->state->slice({s->begin_byte, s->end_byte}));
    const std::string chars = "start=" + std::to_string(s->state->to_chars(s->begin_byte)) +
                              ", end=" + std::to_string(s->state->to_chars(s->end_byte));
    std::string out;
    if (Py_TYPE(self) == span_type) {
      out = "Span(start_token=" + std::to_string(s->first) + ", end_token=" +
            std::to_string(s->end) + ", " + chars + ", text=" + text + ")";
    } else {
      out = std::string(Py_TYPE(self) == sentence_type ? "Sentence" : "Paragraph") +
            "(index=" + std::to_string(s->index) + ", " + chars + ", text=" + text + ")";
    }
    return decode(out);
  } catch (py::error_already_set& e) {
    e.restore();
    return nullptr;
  }
}

// A Span pickles as doc[first:end]; a Sentence as doc.sentences[i], and so on.
PyObject* span_reduce(PyObject* self, PyObject*) {
  const span_object* s = as_span(self);
  if (Py_TYPE(self) == span_type) {
    return Py_BuildValue("O(ON)", getitem_function(), s->doc, new_slice(s->first, s->end));
  }
  const char* name = Py_TYPE(self) == sentence_type ? "sentences" : "paragraphs";
  PyObject* view = PyObject_GetAttrString(s->doc, name);
  if (view == nullptr) return nullptr;
  return Py_BuildValue("O(Nn)", getitem_function(), view, static_cast<Py_ssize_t>(s->index));
}

PyObject* sentence_paragraph(PyObject* self, void*) {
  const span_object* s = as_span(self);
  return new_paragraph(s->doc, s->state, s->state->doc().sentences()[s->index].paragraph);
}

PyObject* paragraph_sentences(PyObject* self, void*) {
  const span_object* s = as_span(self);
  const newslib::paragraph& p = s->state->doc().paragraphs()[s->index];
  return new_view(s->doc, s->state, unit_kind::sentence, p.first_sentence, p.sentence_count);
}

PyObject* no_new(PyTypeObject* type, PyObject*, PyObject*) {
  PyErr_Format(PyExc_TypeError,
               "cannot create '%s' objects directly: get them from a Document", type->tp_name);
  return nullptr;
}

// --- type specs ---------------------------------------------------------------

PyGetSetDef token_getset[] = {
    {"index", token_index, nullptr, "Position among the document's tokens.", nullptr},
    {"i", token_index, nullptr, "Same as index (spaCy's name).", nullptr},
    {"start", token_start, nullptr, "str index into Document.text where the token starts.",
     nullptr},
    {"end", token_end, nullptr, "str index into Document.text just past the token.", nullptr},
    {"byte_start", token_byte_start, nullptr, "UTF-8 byte offset of start.", nullptr},
    {"byte_end", token_byte_end, nullptr, "UTF-8 byte offset of end.", nullptr},
    {"text", token_text, nullptr, "The token as written.", nullptr},
    {"kind", token_kind, nullptr,
     "'word', 'number', 'punctuation', 'symbol', 'url', 'email' or 'other'.", nullptr},
    {"key", token_key, nullptr, "The normalised form (NFKC, full case folding) used for matching.",
     nullptr},
    {"stem", token_stem, nullptr, "The Snowball stem of key (key itself without a stemmer).",
     nullptr},
    {"is_stop", token_is_stop, nullptr, "Whether key is a stopword of the document's language.",
     nullptr},
    {"doc", unit_doc, nullptr, "The Document the token belongs to.", nullptr},
    {"sent", token_sent, nullptr, "The Sentence that holds the token, or None.", nullptr},
    {"paragraph", token_paragraph, nullptr, "The Paragraph that holds the token, or None.",
     nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr}};

PyMethodDef token_methods[] = {
    {"__reduce__", token_reduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr}};

PyType_Slot token_slots[] = {
    {Py_tp_doc, const_cast<char*>(R"doc(A token of a Document's body.

``start``/``end`` are str indices into ``Document.text``; ``str(token)`` is its text.
Tokens are made on access and keep their Document alive.

Example:
    >>> doc = newslib.Document("The Straße is closed.", language="de")
    >>> [(t.text, t.key, t.kind) for t in doc.tokens][:2]
    [('The', 'the', 'word'), ('Straße', 'strasse', 'word')]
    >>> doc[1].sent.text
    'The Straße is closed.'
)doc")},
    {Py_tp_new, reinterpret_cast<void*>(no_new)},
    {Py_tp_dealloc, reinterpret_cast<void*>(unit_dealloc)},
    {Py_tp_getset, token_getset},
    {Py_tp_methods, token_methods},
    {Py_tp_repr, reinterpret_cast<void*>(token_repr)},
    {Py_tp_str, reinterpret_cast<void*>(token_str)},
    {Py_tp_hash, reinterpret_cast<void*>(token_hash)},
    {Py_tp_richcompare, reinterpret_cast<void*>(token_richcompare)},
    {0, nullptr}};

PyType_Spec token_spec = {"newslib._newslib.Token", sizeof(token_object), 0,
                          Py_TPFLAGS_DEFAULT, token_slots};

PyGetSetDef span_getset[] = {
    {"start", span_start, nullptr, "str index into Document.text where the span starts.",
     nullptr},
    {"end", span_end, nullptr, "str index into Document.text just past the span.", nullptr},
    {"start_char", span_start, nullptr, "Same as start (spaCy's name).", nullptr},
    {"end_char", span_end, nullptr, "Same as end (spaCy's name).", nullptr},
    {"start_token", span_first, nullptr, "Index of the first token (spaCy's Span.start).",
     nullptr},
    {"end_token", span_last, nullptr, "Index just past the last token (spaCy's Span.end).",
     nullptr},
    {"byte_start", span_byte_start, nullptr, "UTF-8 byte offset of start.", nullptr},
    {"byte_end", span_byte_end, nullptr, "UTF-8 byte offset of end.", nullptr},
    {"text", span_text, nullptr, "The text of the span, exactly as written.", nullptr},
    {"tokens", span_tokens, nullptr, "Its tokens, as a Tokens view.", nullptr},
    {"doc", unit_doc, nullptr, "The Document the span belongs to.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr}};

PyMethodDef span_methods[] = {
    {"__reduce__", span_reduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr}};

PyType_Slot span_slots[] = {
    {Py_tp_doc, const_cast<char*>(R"doc(A run of a Document's tokens: ``doc[a:b]``, ``doc.char_span(...)``.

``start``/``end`` are str indices into ``Document.text`` (spaCy's
``start_char``/``end_char``, which work too); ``start_token``/``end_token``
are token indices. ``len(span)`` counts tokens, ``span[i]`` is a Token,
iterating yields Tokens. Sentence and Paragraph are Spans.

Example:
    >>> doc = newslib.Document("Rain fell on Monday. Roads closed.")
    >>> span = doc[2:4]
    >>> span.text, span.start, span.end, len(span)
    ('on Monday', 10, 19, 2)
)doc")},
    {Py_tp_new, reinterpret_cast<void*>(no_new)},
    {Py_tp_dealloc, reinterpret_cast<void*>(unit_dealloc)},
    {Py_tp_getset, span_getset},
    {Py_tp_methods, span_methods},
    {Py_tp_repr, reinterpret_cast<void*>(span_repr)},
    {Py_tp_str, reinterpret_cast<void*>(span_str)},
    {Py_tp_hash, reinterpret_cast<void*>(span_hash)},
    {Py_tp_richcompare, reinterpret_cast<void*>(span_richcompare)},
    {Py_tp_iter, reinterpret_cast<void*>(span_iter)},
    {Py_sq_length, reinterpret_cast<void*>(span_length)},
    {Py_sq_item, reinterpret_cast<void*>(span_item)},
    {Py_sq_contains, reinterpret_cast<void*>(span_contains)},
    {Py_mp_length, reinterpret_cast<void*>(span_length)},
    {Py_mp_subscript, reinterpret_cast<void*>(span_subscript)},
    {0, nullptr}};

PyType_Spec span_spec = {"newslib._newslib.Span", sizeof(span_object), 0,
                         Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, span_slots};

PyGetSetDef sentence_getset[] = {
    {"index", span_index, nullptr, "Position among the document's sentences.", nullptr},
    {"paragraph", sentence_paragraph, nullptr, "The Paragraph that holds the sentence.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr}};

PyType_Slot sentence_slots[] = {
    {Py_tp_doc, const_cast<char*>(R"doc(A sentence of a Document's body: a Span with an index.

Example:
    >>> doc = newslib.Document("Mr. Smith went to Washington. He arrived on Monday.")
    >>> [s.text for s in doc.sentences]
    ['Mr. Smith went to Washington.', 'He arrived on Monday.']
    >>> s = doc.sentences[1]
    >>> doc.text[s.start:s.end] == s.text, s[0].text, s.paragraph.index
    (True, 'He', 0)
)doc")},
    {Py_tp_getset, sentence_getset},
    {0, nullptr}};

PyType_Spec sentence_spec = {"newslib._newslib.Sentence", sizeof(span_object), 0,
                             Py_TPFLAGS_DEFAULT, sentence_slots};

PyGetSetDef paragraph_getset[] = {
    {"index", span_index, nullptr, "Position among the document's paragraphs.", nullptr},
    {"sentences", paragraph_sentences, nullptr, "Its sentences, as a Sentences view.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr}};

PyType_Slot paragraph_slots[] = {
    {Py_tp_doc, const_cast<char*>(R"doc(A paragraph of a Document's body (text between blank lines): a Span with an index.

Example:
    >>> doc = newslib.Document("First one. Second one.\n\nAnother paragraph.")
    >>> [len(p.sentences) for p in doc.paragraphs]
    [2, 1]
)doc")},
    {Py_tp_getset, paragraph_getset},
    {0, nullptr}};

PyType_Spec paragraph_spec = {"newslib._newslib.Paragraph", sizeof(span_object), 0,
                              Py_TPFLAGS_DEFAULT, paragraph_slots};

PyTypeObject* make_type(PyType_Spec* spec, PyObject* module, PyTypeObject* base = nullptr) {
  PyObject* bases = base ? PyTuple_Pack(1, reinterpret_cast<PyObject*>(base)) : nullptr;
  PyObject* type = PyType_FromSpecWithBases(spec, bases);
  Py_XDECREF(bases);
  if (type == nullptr) throw py::error_already_set();
  const char* name = std::strrchr(spec->name, '.') + 1;
  Py_INCREF(type);  // one reference for the module, one kept here
  if (PyModule_AddObject(module, name, type) < 0) throw py::error_already_set();
  return reinterpret_cast<PyTypeObject*>(type);
}

}  // namespace

PyObject* new_token(PyObject* doc, const doc_state* state, std::size_t index) {
  auto* t = PyObject_New(token_object, token_type);
  if (t == nullptr) return nullptr;
  Py_INCREF(doc);
  t->doc = doc;
  t->state = state;
  t->index = static_cast<std::uint32_t>(index);
  return reinterpret_cast<PyObject*>(t);
}

PyObject* new_sentence(PyObject* doc, const doc_state* state, std::size_t index) {
  PyObject* self = alloc_span(sentence_type, doc, state);
  if (self == nullptr) return nullptr;
  const newslib::sentence& s = state->doc().sentences()[index];
  span_object* out = as_span(self);
  out->first = s.first_token;
  out->end = s.first_token + s.token_count;
  out->begin_byte = s.bytes.begin;
  out->end_byte = s.bytes.end;
  out->index = static_cast<std::uint32_t>(index);
  return self;
}

PyObject* new_paragraph(PyObject* doc, const doc_state* state, std::size_t index) {
  PyObject* self = alloc_span(paragraph_type, doc, state);
  if (self == nullptr) return nullptr;
  const newslib::paragraph& p = state->doc().paragraphs()[index];
  span_object* out = as_span(self);
  out->first = static_cast<std::uint32_t>(token_at_or_after(*state, p.bytes.begin));
  out->end = static_cast<std::uint32_t>(token_at_or_after(*state, p.bytes.end));
  out->begin_byte = p.bytes.begin;
  out->end_byte = p.bytes.end;
  out->index = static_cast<std::uint32_t>(index);
  return self;
}

PyObject* new_span(PyObject* doc, const doc_state* state, std::size_t first, std::size_t end) {
  PyObject* self = alloc_span(span_type, doc, state);
  if (self == nullptr) return nullptr;
  const auto tokens = state->doc().tokens();
  span_object* out = as_span(self);
  out->first = static_cast<std::uint32_t>(first);
  out->end = static_cast<std::uint32_t>(end);
  if (first < end) {
    out->begin_byte = tokens[first].begin;
    out->end_byte = tokens[end - 1].end;
  } else {
    // An empty span sits where its next token starts (or after the last one).
    const std::uint32_t at = first < tokens.size()      ? tokens[first].begin
                             : tokens.size() > 0 ? tokens[tokens.size() - 1].end
                                                 : static_cast<std::uint32_t>(state->doc().body().begin);
    out->begin_byte = out->end_byte = at;
  }
  return self;
}

std::size_t unit_count(const doc_state& state, unit_kind kind) noexcept {
  switch (kind) {
    case unit_kind::token: return state.doc().tokens().size();
    case unit_kind::sentence: return state.doc().sentences().size();
    case unit_kind::paragraph: return state.doc().paragraphs().size();
  }
  return 0;
}

PyObject* new_slice(std::size_t start, std::size_t stop) {
  PyObject* a = PyLong_FromSize_t(start);
  PyObject* b = PyLong_FromSize_t(stop);
  PyObject* out = a && b ? PySlice_New(a, b, nullptr) : nullptr;  // PySlice_New takes no references
  Py_XDECREF(a);
  Py_XDECREF(b);
  return out;
}

PyObject* getitem_function() {
  static PyObject* f = [] {
    PyObject* op = PyImport_ImportModule("operator");
    PyObject* out = op ? PyObject_GetAttrString(op, "getitem") : nullptr;
    Py_XDECREF(op);
    return out;
  }();
  return f;
}

PyObject* getattr_function() {
  static PyObject* f = [] {
    PyObject* builtins = PyEval_GetBuiltins();  // borrowed
    PyObject* out = PyDict_GetItemString(builtins, "getattr");
    Py_XINCREF(out);
    return out;
  }();
  return f;
}

void add_object_types(PyObject* module) {
  token_type = make_type(&token_spec, module);
  span_type = make_type(&span_spec, module);
  sentence_type = make_type(&sentence_spec, module, span_type);
  paragraph_type = make_type(&paragraph_spec, module, span_type);
}

}  // namespace newslib::python::units

namespace newslib::python {

alignment alignment_from_name(const std::string& name) {
  if (name == "strict") return alignment::strict;
  if (name == "contract") return alignment::contract;
  if (name == "expand") return alignment::expand;
  throw newslib::invalid_argument(
      "alignment_mode",
      "alignment_mode must be 'strict', 'contract' or 'expand', not '" + name + "'");
}

std::optional<std::pair<std::size_t, std::size_t>> tokens_in_chars(const doc_state& state,
                                                                   std::size_t start,
                                                                   std::size_t end,
                                                                   alignment mode) {
  if (start >= end || end > state.length()) return std::nullopt;
  const auto tokens = state.doc().tokens();
  const std::size_t n = tokens.size();
  // Both searches are binary: token offsets grow with the index.
  const auto first_where = [n](auto pred) {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (pred(mid)) hi = mid; else lo = mid + 1;
    }
    return lo;
  };
  const auto begin_of = [&](std::size_t i) { return state.to_chars(tokens[i].begin); };
  const auto end_of = [&](std::size_t i) { return state.to_chars(tokens[i].end); };
  std::size_t first, last;  // [first, last)
  if (mode == alignment::contract) {
    first = first_where([&](std::size_t i) { return begin_of(i) >= start; });
    last = first_where([&](std::size_t i) { return end_of(i) > end; });
  } else {
    first = first_where([&](std::size_t i) { return end_of(i) > start; });
    last = first_where([&](std::size_t i) { return begin_of(i) >= end; });
  }
  if (first >= last) return std::nullopt;
  if (mode == alignment::strict && (begin_of(first) != start || end_of(last - 1) != end)) {
    return std::nullopt;
  }
  return std::make_pair(first, last);
}

py::object make_span(py::handle doc, const doc_state& state, std::size_t first, std::size_t end) {
  PyObject* out = units::new_span(doc.ptr(), &state, first, end);
  if (out == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(out);
}

py::object make_view(py::handle doc, const doc_state& state, unit_kind kind, std::size_t first,
                     std::size_t count, PyObject** cache_slot) {
  PyObject* out = units::new_view(doc.ptr(), &state, kind, first, count, cache_slot);
  if (out == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(out);
}

void bind_units(py::module_& m) {
  units::add_object_types(m.ptr());
  units::add_view_types(m.ptr());
}

}  // namespace newslib::python

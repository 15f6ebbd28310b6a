// newslib.Tokens, Sentences and Paragraphs: read-only sequences over a run
// of a Document's units. They store a range, not the units: len() and
// indexing cost the same for any document, and each item is made on access.
#include <cstring>

#include "unit_objects.hpp"

namespace newslib::python::units {

namespace {

PyTypeObject* view_types[3] = {nullptr, nullptr, nullptr};
PyTypeObject* iterator_type = nullptr;

const char* const kind_attribute[3] = {"tokens", "sentences", "paragraphs"};

view_object* as_view(PyObject* self) { return reinterpret_cast<view_object*>(self); }
int kind_index(unit_kind k) { return static_cast<int>(k); }

// The Document's pointer to its view is borrowed; the view, which keeps the
// Document alive, takes it back here.
void view_dealloc(PyObject* self) {
  PyTypeObject* type = Py_TYPE(self);
  view_object* v = as_view(self);
  if (v->cache_slot != nullptr && *v->cache_slot == self) *v->cache_slot = nullptr;
  Py_DECREF(v->doc);
  type->tp_free(self);
  Py_DECREF(type);
}

Py_ssize_t view_length(PyObject* self) { return static_cast<Py_ssize_t>(as_view(self)->count); }

PyObject* view_item(PyObject* self, Py_ssize_t i) {
  const view_object* v = as_view(self);
  if (i < 0) i += v->count;
  if (i < 0 || static_cast<std::size_t>(i) >= v->count) {
    PyErr_Format(PyExc_IndexError, "%s index out of range", kind_attribute[kind_index(v->kind)]);
    return nullptr;
  }
  return new_unit(v->kind, v->doc, v->state, v->first + static_cast<std::size_t>(i));
}

PyObject* view_subscript(PyObject* self, PyObject* key) {
  if (PyLong_CheckExact(key)) {  // the common case first: doc.tokens[i]
    const Py_ssize_t i = PyLong_AsSsize_t(key);
    if (i == -1 && PyErr_Occurred()) {
      PyErr_Clear();
      PyErr_SetString(PyExc_IndexError, "index out of range");
      return nullptr;
    }
    return view_item(self, i);
  }
  if (PySlice_Check(key)) {
    const view_object* v = as_view(self);
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0) return nullptr;
    const Py_ssize_t n = PySlice_AdjustIndices(v->count, &start, &stop, step);
    if (step == 1) return new_view(v->doc, v->state, v->kind, v->first + start, n);
    PyObject* out = PyList_New(n);
    for (Py_ssize_t j = 0; out != nullptr && j < n; ++j) {
      PyObject* item = new_unit(v->kind, v->doc, v->state, v->first + start + j * step);
      if (item == nullptr) Py_CLEAR(out); else PyList_SET_ITEM(out, j, item);
    }
    return out;
  }
  const Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
  if (i == -1 && PyErr_Occurred()) return nullptr;
  return view_item(self, i);
}

int view_contains(PyObject* self, PyObject* item) {
  const view_object* v = as_view(self);
  std::uint32_t index;
  const doc_state* state;
  if (v->kind == unit_kind::token) {
    if (!PyObject_TypeCheck(item, token_type)) return 0;
    index = reinterpret_cast<token_object*>(item)->index;
    state = reinterpret_cast<token_object*>(item)->state;
  } else {
    if (Py_TYPE(item) != (v->kind == unit_kind::sentence ? sentence_type : paragraph_type)) {
      return 0;
    }
    index = reinterpret_cast<span_object*>(item)->index;
    state = reinterpret_cast<span_object*>(item)->state;
  }
  return state == v->state && index >= v->first && index - v->first < v->count;
}

// Views of the same units are equal; so are a view and a list or tuple of
// the same units, which keeps `doc.sentences == []` meaning what it says.
PyObject* view_richcompare(PyObject* a, PyObject* b, int op) {
  if (op != Py_EQ && op != Py_NE) Py_RETURN_NOTIMPLEMENTED;
  const view_object* x = as_view(a);
  if (Py_TYPE(b) == Py_TYPE(a)) {
    const view_object* y = as_view(b);
    const bool same = x->state == y->state &&
                      (x->count == 0 ? y->count == 0 : x->first == y->first && x->count == y->count);
    return PyBool_FromLong(op == Py_EQ ? same : !same);
  }
  if (!PyList_Check(b) && !PyTuple_Check(b)) Py_RETURN_NOTIMPLEMENTED;
  PyObject* mine = PySequence_List(a);
  PyObject* theirs = mine ? PySequence_List(b) : nullptr;
  PyObject* out = theirs ? PyObject_RichCompare(mine, theirs, op) : nullptr;
  Py_XDECREF(mine);
  Py_XDECREF(theirs);
  return out;
}

PyObject* view_repr(PyObject* self) {
  const view_object* v = as_view(self);
  return PyUnicode_FromFormat("<%s: %zu %s>", Py_TYPE(self)->tp_name + std::strlen("newslib._newslib."),
                              static_cast<std::size_t>(v->count),
                              kind_attribute[kind_index(v->kind)]);
}

PyObject* view_doc(PyObject* self, void*) {
  PyObject* doc = as_view(self)->doc;
  Py_INCREF(doc);
  return doc;
}

// A whole view pickles as getattr(doc, "tokens"), a part as a slice of it.
PyObject* view_reduce(PyObject* self, PyObject*) {
  const view_object* v = as_view(self);
  const char* name = kind_attribute[kind_index(v->kind)];
  if (v->first == 0 && v->count == unit_count(*v->state, v->kind)) {
    return Py_BuildValue("O(Os)", getattr_function(), v->doc, name);
  }
  PyObject* whole = PyObject_GetAttrString(v->doc, name);
  if (whole == nullptr) return nullptr;
  return Py_BuildValue("O(NN)", getitem_function(), whole,
                       new_slice(v->first, v->first + v->count));
}

// --- iterator -----------------------------------------------------------------

struct iterator_object {
  PyObject_HEAD
  PyObject* doc;
  const doc_state* state;
  unit_kind kind;
  std::uint32_t next, end;
};

PyObject* view_iter(PyObject* self) {
  const view_object* v = as_view(self);
  auto* it = PyObject_New(iterator_object, iterator_type);
  if (it == nullptr) return nullptr;
  Py_INCREF(v->doc);
  it->doc = v->doc;
  it->state = v->state;
  it->kind = v->kind;
  it->next = v->first;
  it->end = v->first + v->count;
  return reinterpret_cast<PyObject*>(it);
}

PyObject* iterator_next(PyObject* self) {
  auto* it = reinterpret_cast<iterator_object*>(self);
  if (it->next >= it->end) return nullptr;  // StopIteration, without an exception object
  return new_unit(it->kind, it->doc, it->state, it->next++);
}

PyObject* iterator_length_hint(PyObject* self, PyObject*) {
  auto* it = reinterpret_cast<iterator_object*>(self);
  return PyLong_FromSize_t(it->end - it->next);
}

void iterator_dealloc(PyObject* self) {
  PyTypeObject* type = Py_TYPE(self);
  Py_DECREF(reinterpret_cast<iterator_object*>(self)->doc);
  type->tp_free(self);
  Py_DECREF(type);
}

PyObject* no_new(PyTypeObject* type, PyObject*, PyObject*) {
  PyErr_Format(PyExc_TypeError,
               "cannot create '%s' objects directly: get them from a Document", type->tp_name);
  return nullptr;
}

PyGetSetDef view_getset[] = {
    {"doc", view_doc, nullptr, "The Document the units belong to.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr}};

PyMethodDef view_methods[] = {
    {"__reduce__", view_reduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr}};

#define NEWSLIB_VIEW_SLOTS(doc)                                                 \
  {{Py_tp_doc, const_cast<char*>(doc)},                                         \
   {Py_tp_new, reinterpret_cast<void*>(no_new)},                                \
   {Py_tp_dealloc, reinterpret_cast<void*>(view_dealloc)},                      \
   {Py_tp_getset, view_getset},                                                 \
   {Py_tp_methods, view_methods},                                               \
   {Py_tp_repr, reinterpret_cast<void*>(view_repr)},                            \
   {Py_tp_hash, reinterpret_cast<void*>(PyObject_HashNotImplemented)},          \
   {Py_tp_richcompare, reinterpret_cast<void*>(view_richcompare)},              \
   {Py_tp_iter, reinterpret_cast<void*>(view_iter)},                            \
   {Py_sq_length, reinterpret_cast<void*>(view_length)},                        \
   {Py_sq_item, reinterpret_cast<void*>(view_item)},                            \
   {Py_sq_contains, reinterpret_cast<void*>(view_contains)},                    \
   {Py_mp_length, reinterpret_cast<void*>(view_length)},                        \
   {Py_mp_subscript, reinterpret_cast<void*>(view_subscript)},                  \
   {0, nullptr}}

PyType_Slot tokens_slots[] = NEWSLIB_VIEW_SLOTS(R"doc(The tokens of a Document or of a span, as a read-only sequence.

``len()``, indexing (negative too), ``in`` and ``reversed()`` take constant
time; a slice is a Tokens view of the same tokens, a slice with a step a list.
Tokens are made as they are read.

Example:
    >>> doc = newslib.Document("Rain fell. Roads closed.")
    >>> len(doc.tokens), doc.tokens[-1].text, [t.text for t in doc.tokens[:2]]
    (6, '.', ['Rain', 'fell'])
)doc");
PyType_Slot sentences_slots[] = NEWSLIB_VIEW_SLOTS(R"doc(The sentences of a Document or paragraph, as a read-only sequence.

Behaves like Tokens: constant-time ``len()``, indexing and ``in``; slices are views.

Example:
    >>> doc = newslib.Document("Rain fell. Roads closed.")
    >>> [s.text for s in reversed(doc.sentences)]
    ['Roads closed.', 'Rain fell.']
)doc");
PyType_Slot paragraphs_slots[] = NEWSLIB_VIEW_SLOTS(R"doc(The paragraphs of a Document, as a read-only sequence.

Behaves like Tokens: constant-time ``len()``, indexing and ``in``; slices are views.

Example:
    >>> doc = newslib.Document("First one. Second one.\n\nAnother paragraph.")
    >>> len(doc.paragraphs), doc.paragraphs[-1].text
    (2, 'Another paragraph.')
)doc");
#undef NEWSLIB_VIEW_SLOTS

PyType_Spec view_specs[3] = {
    {"newslib._newslib.Tokens", sizeof(view_object), 0, Py_TPFLAGS_DEFAULT, tokens_slots},
    {"newslib._newslib.Sentences", sizeof(view_object), 0, Py_TPFLAGS_DEFAULT, sentences_slots},
    {"newslib._newslib.Paragraphs", sizeof(view_object), 0, Py_TPFLAGS_DEFAULT,
     paragraphs_slots}};

PyMethodDef iterator_methods[] = {
    {"__length_hint__", iterator_length_hint, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr}};

PyType_Slot iterator_slots[] = {
    {Py_tp_new, reinterpret_cast<void*>(no_new)},
    {Py_tp_dealloc, reinterpret_cast<void*>(iterator_dealloc)},
    {Py_tp_iter, reinterpret_cast<void*>(PyObject_SelfIter)},
    {Py_tp_iternext, reinterpret_cast<void*>(iterator_next)},
    {Py_tp_methods, iterator_methods},
    {0, nullptr}};

PyType_Spec iterator_spec = {"newslib._newslib.UnitIterator", sizeof(iterator_object), 0,
                             Py_TPFLAGS_DEFAULT, iterator_slots};

}  // namespace

PyObject* new_view(PyObject* doc, const doc_state* state, unit_kind kind, std::size_t first,
                   std::size_t count, PyObject** cache_slot) {
  auto* v = PyObject_New(view_object, view_types[kind_index(kind)]);
  if (v == nullptr) return nullptr;
  Py_INCREF(doc);
  v->doc = doc;
  v->state = state;
  v->cache_slot = cache_slot;
  v->kind = kind;
  v->first = static_cast<std::uint32_t>(first);
  v->count = static_cast<std::uint32_t>(count);
  return reinterpret_cast<PyObject*>(v);
}

void add_view_types(PyObject* module) {
  for (int k = 0; k < 3; ++k) {
    PyObject* type = PyType_FromSpec(&view_specs[k]);
    if (type == nullptr) throw py::error_already_set();
    view_types[k] = reinterpret_cast<PyTypeObject*>(type);
    Py_INCREF(type);
    if (PyModule_AddObject(module, std::strrchr(view_specs[k].name, '.') + 1, type) < 0) {
      throw py::error_already_set();
    }
  }
  PyObject* iterator = PyType_FromSpec(&iterator_spec);
  if (iterator == nullptr) throw py::error_already_set();
  iterator_type = reinterpret_cast<PyTypeObject*>(iterator);
}

}  // namespace newslib::python::units

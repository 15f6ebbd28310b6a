// Attribute values of a parsed element, read by walking its few attributes.
// lexbor's own lookup first hashes the asked-for name (for every call, even on
// an element without attributes); the walks ask several names of every
// element, and most elements carry none or one or two attributes.
#pragma once

#include "newslib/config.hpp"
#include <cstring>
#include <string_view>

#include <lexbor/dom/dom.h>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The attribute of `element` whose local name is `name` (lowercase, as the
/// HTML parser stores names), or null.
inline lxb_dom_attr_t* find_attribute(lxb_dom_element_t* element, std::string_view name) noexcept {
  for (lxb_dom_attr_t* attr = element->first_attr; attr != nullptr; attr = attr->next) {
    std::size_t length = 0;
    const lxb_char_t* local = lxb_dom_attr_local_name(attr, &length);
    if (local != nullptr && length == name.size() && std::memcmp(local, name.data(), length) == 0) {
      return attr;
    }
  }
  return nullptr;
}

/// The value of attribute `name` ("" when absent or empty).
inline std::string_view attribute_value(lxb_dom_element_t* element, std::string_view name) noexcept {
  lxb_dom_attr_t* attr = find_attribute(element, name);
  if (attr == nullptr) return {};
  std::size_t length = 0;
  const lxb_char_t* value = lxb_dom_attr_value(attr, &length);
  if (value == nullptr) return {};
  return {reinterpret_cast<const char*>(value), length};
}

inline bool has_attribute(lxb_dom_element_t* element, std::string_view name) noexcept {
  return find_attribute(element, name) != nullptr;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

// Longest common subsequences of token-id sequences, as ROUGE-L needs them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

using token_ids = std::vector<std::uint32_t>;

/// Length of a longest common subsequence of `a` and `b` (O(|a|·|b|) time,
/// O(|b|) memory).
[[nodiscard]] std::size_t lcs_length(const token_ids& a, const token_ids& b);

/// Marks in `in_lcs` (sized to `reference`) the reference positions of one
/// longest common subsequence of `reference` and `candidate`. Which one is
/// fixed by the walk back through the table: a match is taken when the tokens
/// agree, otherwise the walk moves along the candidate only when that keeps a
/// strictly longer subsequence, and along the reference on ties. ROUGE-Lsum's
/// union (and so its score) depends on this choice. `table` is scratch space.
void mark_lcs(const token_ids& reference, const token_ids& candidate, std::vector<char>& in_lcs,
              std::vector<std::uint32_t>& table);

}  // namespace detail
NEWSLIB_END_NAMESPACE

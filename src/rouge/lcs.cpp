#include "rouge/lcs.hpp"

#include <algorithm>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

std::size_t lcs_length(const token_ids& a, const token_ids& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::uint32_t> row(b.size() + 1, 0);
  for (const std::uint32_t x : a) {
    std::uint32_t diagonal = 0;  // row[j - 1] of the previous row
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::uint32_t above = row[j];
      row[j] = x == b[j - 1] ? diagonal + 1 : std::max(above, row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.size()];
}

void mark_lcs(const token_ids& reference, const token_ids& candidate, std::vector<char>& in_lcs,
              std::vector<std::uint32_t>& table) {
  const std::size_t rows = reference.size();
  const std::size_t cols = candidate.size();
  if (rows == 0 || cols == 0) return;
  const std::size_t width = cols + 1;
  table.assign((rows + 1) * width, 0);
  for (std::size_t i = 1; i <= rows; ++i) {
    const std::uint32_t r = reference[i - 1];
    std::uint32_t* here = &table[i * width];
    const std::uint32_t* above = &table[(i - 1) * width];
    for (std::size_t j = 1; j <= cols; ++j) {
      here[j] = r == candidate[j - 1] ? above[j - 1] + 1 : std::max(above[j], here[j - 1]);
    }
  }
  std::size_t i = rows;
  std::size_t j = cols;
  while (i > 0 && j > 0) {
    if (reference[i - 1] == candidate[j - 1]) {
      in_lcs[i - 1] = 1;
      --i;
      --j;
    } else if (table[i * width + j - 1] > table[(i - 1) * width + j]) {
      --j;
    } else {
      --i;
    }
  }
}

}  // namespace detail
NEWSLIB_END_NAMESPACE

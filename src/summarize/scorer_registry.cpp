#include "summarize/learned_scorer.hpp"
#include "summarize/scorer.hpp"

namespace newslib::detail {

// Default redundancy: 0 where redundancy control would defeat the method or is
// already built in (lead is position only; the learned default demotes
// sentences that repeat better ones; SumBasic and KLSum discount covered content),
// 0.3 for the scorers that rank each sentence on its own and therefore tend to
// put near-duplicates side by side.
const std::vector<scorer_info>& scorer_registry() {
  static const std::vector<scorer_info> registry = {
      {"default", score_learned_default, 0.0, "learned sentence scorer (the recommended choice)"},
      {"lead", score_lead, 0.0, "first sentences first (position baseline)"},
      {"luhn", score_luhn, 0.3, "Luhn (1958): clusters of significant words"},
      {"lsa", score_lsa, 0.3, "Steinberger & Jezek (2004): sentence length in the LSA space"},
      {"lexrank", score_lexrank, 0.3, "Erkan & Radev (2004): continuous LexRank"},
      {"lexrank-threshold", score_lexrank_threshold, 0.3,
       "Erkan & Radev (2004): LexRank on the graph of cosines above 0.1"},
      {"textrank", score_textrank, 0.3, "Mihalcea & Tarau (2004): TextRank with word overlap"},
      {"textrank-bm25", score_textrank_bm25, 0.3,
       "Barrios et al. (2016): TextRank with BM25 similarity"},
      {"sumbasic", score_sumbasic, 0.0, "Nenkova & Vanderwende (2005): SumBasic selection order"},
      {"klsum", score_klsum, 0.0, "Haghighi & Vanderwende (2009): greedy KL-divergence order"},
      {"centroid", score_centroid, 0.3, "Radev et al. (2004): MEAD centroid plus position"},
      {"pacsum", score_pacsum, 0.3,
       "Zheng & Lapata (2019): position-aware directed centrality (tf-idf)"},
  };
  return registry;
}

const scorer_info* find_scorer(std::string_view name) noexcept {
  for (const auto& info : scorer_registry()) {
    if (name == info.name) return &info;
  }
  return nullptr;
}

}  // namespace newslib::detail

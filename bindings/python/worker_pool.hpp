// Worker threads for the batch calls (summarize_many, keywords_many): a pool
// kept across calls, and the thread count a call asks for.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

namespace newslib::python {

/// The number of worker threads for a batch call: `threads` if given (at
/// least 1, else `newslib::invalid_argument` naming "threads"), otherwise one
/// per core.
std::size_t worker_count(std::optional<std::size_t> threads);

/// Runs work(0..n-1) on up to `threads` threads (the caller's included),
/// handing out items one at a time so that long articles do not leave a
/// thread idle at the end. The helper threads come from a pool kept across
/// calls, so their per-thread state (the memo of normalised and stemmed word
/// forms, the segmenter's and scorers' workspaces) stays warm. If work throws,
/// no further items are handed out and the first exception is rethrown here
/// once every thread has stopped.
void run_parallel(std::size_t n, std::size_t threads,
                  const std::function<void(std::size_t)>& work);

}  // namespace newslib::python

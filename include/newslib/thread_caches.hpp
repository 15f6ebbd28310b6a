// newslib: the memory newslib keeps per thread between calls.
#pragma once

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// Frees the scratch memory and memos (per-language term lexicons, stemmers,
/// parsing and summarising buffers) that newslib keeps for the calling thread
/// so that the next document on it allocates little. Results never depend on
/// them: the next call on the thread rebuilds what it needs. Long-running
/// services can call this on a worker thread after a burst of work, or before
/// parking it; other threads are not affected.
///
/// **Example**: `newslib::summarize(doc); newslib::release_thread_caches();`
NEWSLIB_API void release_thread_caches() noexcept;

NEWSLIB_END_NAMESPACE

#include "worker_pool.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <list>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "newslib/error.hpp"
#include "process_id.hpp"

namespace newslib::python {
namespace {

/// Threads kept from one batch to the next. A thread's per-thread state (the
/// memo of normalised and stemmed word forms, the segmenter's and scorers'
/// workspaces) stays warm between calls, where threads started for each call
/// would rebuild it every time: on small batches that cost more CPU than the
/// work itself gained from the second thread.
///
/// One batch runs on the pool at a time; a batch arriving while the pool is
/// busy (summarize_many from several Python threads) starts threads of its
/// own. The pool is never destroyed: its idle threads sleep until the process
/// ends. A child process created by fork() has none of its parent's threads,
/// so it makes a new pool of its own.
class worker_pool {
 public:
  static worker_pool* for_this_process() {
    static std::mutex lock;
    static worker_pool* pool = nullptr;
    std::lock_guard<std::mutex> guard(lock);
    if (pool == nullptr || pool->owner_ != current_process_id()) pool = new worker_pool();
    return pool;
  }

  /// Claims the pool for one batch; false when another batch holds it.
  bool try_acquire() { return busy_.try_lock(); }
  void release() { busy_.unlock(); }

  /// Runs `task` on `helpers` pool threads (started as needed) and returns how
  /// many took it. Only the holder of the pool may call this, and must call
  /// wait() before starting another.
  std::size_t start(std::size_t helpers, const std::function<void()>& task) {
    std::unique_lock<std::mutex> guard(mutex_);
    while (threads_.size() < helpers) {
      try {
        threads_.emplace_back([this, id = threads_.size()] { serve(id); });
      } catch (const std::system_error&) {
        break;  // no more threads to be had: the ones there share the work
      }
    }
    task_ = &task;
    active_ = std::min(helpers, threads_.size());
    running_ = active_;
    ++generation_;
    guard.unlock();
    wake_.notify_all();
    return active_;
  }

  void wait() {
    std::unique_lock<std::mutex> guard(mutex_);
    done_.wait(guard, [&] { return running_ == 0; });
    task_ = nullptr;
  }

 private:
  worker_pool() : owner_(current_process_id()) {}

  void serve(std::size_t id) {
    std::uint64_t seen = 0;
    for (;;) {
      std::unique_lock<std::mutex> guard(mutex_);
      wake_.wait(guard, [&] { return generation_ != seen; });
      seen = generation_;
      if (id >= active_) continue;  // not needed for this batch
      const std::function<void()>* task = task_;
      guard.unlock();
      (*task)();
      guard.lock();
      if (--running_ == 0) done_.notify_one();
    }
  }

  const std::int64_t owner_;
  std::mutex busy_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable done_;
  std::list<std::thread> threads_;  // a list: a thread object never moves once started
  const std::function<void()>* task_ = nullptr;
  std::uint64_t generation_ = 0;
  std::size_t active_ = 0;
  std::size_t running_ = 0;
};

}  // namespace

std::size_t worker_count(std::optional<std::size_t> threads) {
  if (threads && *threads == 0) {
    throw newslib::invalid_argument("threads", "threads must be at least 1, got 0");
  }
  return threads ? *threads : std::max(1u, std::thread::hardware_concurrency());
}

void run_parallel(std::size_t n, std::size_t threads,
                  const std::function<void(std::size_t)>& work) {
  threads = std::min(threads, n);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr failure;
  const std::function<void()> worker = [&] {
    for (std::size_t i; !failed.load(std::memory_order_relaxed) &&
                        (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
      try {
        work(i);
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
      }
    }
  };
  if (threads <= 1) {
    worker();
  } else if (worker_pool* pool = worker_pool::for_this_process(); pool->try_acquire()) {
    pool->start(threads - 1, worker);
    worker();
    pool->wait();
    pool->release();
  } else {
    std::vector<std::thread> own;
    own.reserve(threads - 1);
    try {
      for (std::size_t t = 1; t < threads; ++t) own.emplace_back(worker);
    } catch (const std::system_error&) {
      // No more threads to be had: the ones started, and this one, share the work.
    }
    worker();
    for (std::thread& t : own) t.join();
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace newslib::python

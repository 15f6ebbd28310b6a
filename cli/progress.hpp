// newslib CLI: a progress line on standard error for long batch runs.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace newslib::cli {

enum class progress_mode {
  automatic,  // only when standard error is a terminal
  always,
  never,
};

/// Shows "N lines, R/s, P%, ETA m:ss" on standard error, redrawn in place at
/// most a few times a second. The percentage and ETA need a known total.
class progress {
 public:
  progress(progress_mode mode, std::string unit);
  progress(const progress&) = delete;
  progress& operator=(const progress&) = delete;
  ~progress();

  /// Totals to estimate against: a count of items, or of bytes.
  void set_total_items(std::optional<std::uint64_t> total) noexcept { total_items_ = total; }
  void set_total_bytes(std::optional<std::uint64_t> total) noexcept { total_bytes_ = total; }

  /// Reports `items` done and `bytes` consumed so far.
  void update(std::uint64_t items, std::uint64_t bytes);
  /// Erases the progress line, so that a message can be printed in its place.
  void clear();
  /// Draws the final state and ends the line.
  void finish();

  [[nodiscard]] bool enabled() const noexcept { return enabled_; }

 private:
  void draw();

  bool enabled_;
  std::string unit_;
  std::optional<std::uint64_t> total_items_;
  std::optional<std::uint64_t> total_bytes_;
  std::uint64_t items_ = 0;
  std::uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  std::size_t drawn_width_ = 0;
  bool finished_ = false;
};

}  // namespace newslib::cli

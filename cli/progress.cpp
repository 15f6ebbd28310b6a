#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace newslib::cli {
namespace {

constexpr auto redraw_interval = std::chrono::milliseconds(200);

std::string format_duration(double seconds) {
  const auto total = static_cast<long long>(seconds + 0.5);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                  total % 60);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
  }
  return text;
}

}  // namespace

progress::progress(progress_mode mode, std::string unit)
    : enabled_(mode == progress_mode::always ||
               (mode == progress_mode::automatic && ::isatty(STDERR_FILENO) == 1)),
      unit_(std::move(unit)),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

progress::~progress() { clear(); }

void progress::update(std::uint64_t items, std::uint64_t bytes) {
  items_ = items;
  bytes_ = bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < redraw_interval) return;
  last_draw_ = now;
  draw();
}

void progress::draw() {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string line = std::to_string(items_) + " " + unit_;
  char field[64];
  if (elapsed > 0) {
    std::snprintf(field, sizeof field, ", %.1f/s", double(items_) / elapsed);
    line += field;
  }
  // Estimate from bytes where the total size is known, else from item counts.
  double fraction = -1;
  if (total_bytes_ && *total_bytes_ > 0) {
    fraction = double(bytes_) / double(*total_bytes_);
  } else if (total_items_ && *total_items_ > 0) {
    fraction = double(items_) / double(*total_items_);
  }
  if (fraction >= 0) {
    if (fraction > 1) fraction = 1;
    std::snprintf(field, sizeof field, ", %.0f%%", fraction * 100);
    line += field;
    if (fraction > 0 && fraction < 1) {
      line += ", ETA " + format_duration(elapsed * (1 - fraction) / fraction);
    }
  }
  const std::size_t width = line.size();
  if (width < drawn_width_) line.append(drawn_width_ - width, ' ');
  std::fprintf(stderr, "\r%s", line.c_str());
  std::fflush(stderr);
  drawn_width_ = width;
}

void progress::clear() {
  if (!enabled_ || drawn_width_ == 0) return;
  std::fprintf(stderr, "\r%s\r", std::string(drawn_width_, ' ').c_str());
  std::fflush(stderr);
  drawn_width_ = 0;
}

void progress::finish() {
  if (!enabled_ || finished_) return;
  finished_ = true;
  draw();
  std::fputc('\n', stderr);
  drawn_width_ = 0;
}

}  // namespace newslib::cli

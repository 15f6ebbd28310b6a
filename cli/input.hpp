// newslib CLI: reading whole input files, or standard input as "-".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace newslib::cli {

/// The argument that names standard input.
inline constexpr const char* stdin_argument = "-";

[[nodiscard]] inline bool is_stdin(const std::string& input) { return input == stdin_argument; }

/// How an input is named in messages: "<stdin>" for "-", else the path as given.
[[nodiscard]] std::string display_name(const std::string& input);

/// Reads all of `input` as raw bytes. Throws std::runtime_error (message without
/// the file name) if it cannot be read or holds more than `max_bytes` bytes.
[[nodiscard]] std::string read_input(const std::string& input, std::size_t max_bytes);

/// Size of `input` if it is a regular file, for progress estimates.
[[nodiscard]] std::optional<std::uint64_t> input_size(const std::string& input) noexcept;

}  // namespace newslib::cli

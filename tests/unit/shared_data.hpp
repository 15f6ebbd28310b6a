// The shared development data (../shared/data) for the tests that read it:
// where it is, and what a test does when it is missing.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace shared_data {

/// The path of <relative> inside the shared data folder.
inline std::string path(std::string_view relative) {
  return std::string(NEWSLIB_SHARED_DATA) + "/" + std::string(relative);
}

/// Whether the data must be there: CI sets NEWSLIB_REQUIRE_SHARED_DATA=1,
/// so that a test that would skip fails instead and cannot pass unseen.
inline bool required() {
  const char* value = std::getenv("NEWSLIB_REQUIRE_SHARED_DATA");
  return value != nullptr && std::string_view(value) == "1";
}

/// CTest labels a test "shared_data" by its name (tests/CMakeLists.txt).
inline bool named_as_shared_data_test() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return std::string_view(info->name()).find("SharedData") != std::string_view::npos;
}

}  // namespace shared_data

/// Starts a test that reads `file` from the shared data: skips it when the
/// file is missing, or fails it where the data is required.
#define NEWSLIB_NEEDS_SHARED_DATA(file)                                              \
  do {                                                                               \
    ASSERT_TRUE(shared_data::named_as_shared_data_test())                            \
        << "a test that reads shared data has \"SharedData\" in its name";           \
    if (!std::filesystem::exists(file)) {                                            \
      if (shared_data::required()) FAIL() << "required shared data missing: " << file; \
      GTEST_SKIP() << "shared data not available: " << file;                         \
    }                                                                                \
  } while (false)

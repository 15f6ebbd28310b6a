#include "newslib/version.hpp"

#include <gtest/gtest.h>

#include <string>
#include <typeinfo>

#include "newslib/document.hpp"

#define NEWSLIB_TEST_STRINGIFY_(x) #x
#define NEWSLIB_TEST_STRINGIFY(x) NEWSLIB_TEST_STRINGIFY_(x)

// CMake reads its version from version.hpp; the build passes it back here.
TEST(Version, HeaderAndCMakeAgree) {
  EXPECT_STREQ(newslib::version(), NEWSLIB_PROJECT_VERSION);
  EXPECT_EQ(std::string(NEWSLIB_VERSION_STRING),
            std::to_string(NEWSLIB_VERSION_MAJOR) + "." + std::to_string(NEWSLIB_VERSION_MINOR) +
                "." + std::to_string(NEWSLIB_VERSION_PATCH));
}

// The inline namespace is named after the minor version (docs/abi.md), and
// the public names live in it.
TEST(Version, AbiNamespaceNamesTheMinorVersion) {
  EXPECT_EQ(std::string(NEWSLIB_TEST_STRINGIFY(NEWSLIB_ABI_NAMESPACE)),
            "v" + std::to_string(NEWSLIB_VERSION_MAJOR) + "_" +
                std::to_string(NEWSLIB_VERSION_MINOR));
  EXPECT_NE(std::string(typeid(newslib::document).name()).find(
                NEWSLIB_TEST_STRINGIFY(NEWSLIB_ABI_NAMESPACE)),
            std::string::npos);
}

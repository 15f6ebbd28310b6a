#include "page_inputs.hpp"

#include <glob.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "cli_error.hpp"
#include "input.hpp"

namespace newslib::cli {
namespace {

namespace fs = std::filesystem;

bool is_page_name(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".html" || ext == ".htm";
}

bool is_pattern(const std::string& arg) {
  return arg.find_first_of("*?[") != std::string::npos;
}

void add_directory(const std::string& dir, std::vector<std::string>& out) {
  std::vector<std::string> pages;
  std::error_code error;
  fs::directory_iterator it(dir, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    // Broken links and unreadable files are kept: reading them names the problem.
    std::error_code ignored;
    if (is_page_name(it->path()) && !it->is_directory(ignored)) {
      pages.push_back(it->path().string());
    }
  }
  if (error) throw fatal_error(dir + ": cannot list the directory: " + error.message());
  std::sort(pages.begin(), pages.end());
  out.insert(out.end(), pages.begin(), pages.end());
}

void add_matches(const std::string& pattern, std::vector<std::string>& out) {
  glob_t found{};
  const int status = ::glob(pattern.c_str(), GLOB_NOSORT, nullptr, &found);
  std::vector<std::string> matches;
  if (status == 0) matches.assign(found.gl_pathv, found.gl_pathv + found.gl_pathc);
  ::globfree(&found);
  if (matches.empty()) {
    out.push_back(pattern);
    return;
  }
  // Byte order, not the locale's collation: the same run gives the same order everywhere.
  std::sort(matches.begin(), matches.end());
  out.insert(out.end(), matches.begin(), matches.end());
}

}  // namespace

std::vector<std::string> expand_page_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code error;
    if (is_stdin(arg)) {
      out.push_back(arg);
    } else if (fs::is_directory(arg, error)) {
      add_directory(arg, out);
    } else if (is_pattern(arg) && !fs::exists(arg, error)) {
      add_matches(arg, out);
    } else {
      out.push_back(arg);
    }
  }
  return out;
}

}  // namespace newslib::cli

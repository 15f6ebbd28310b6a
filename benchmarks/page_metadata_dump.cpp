// Reads the metadata of every page of the HTML development sets with
// read_page_metadata and writes what it found, one JSON object per page, for
// benchmarks/page_metadata.py to score beside other libraries.
//
//   page_metadata_dump [--data DIR] > records.jsonl
//
// Each record: {"set", "id", "title", "date", "authors", "origins": {...}}, with
// null for a field the page did not give. Exit status 2 when the data is absent.
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include <lexbor/html/html.h>
#include <nlohmann/json.hpp>

#include "html/markup_metadata.hpp"

namespace {

using json = nlohmann::ordered_json;

template <typename T>
json origin_of(const std::optional<newslib::page_field<T>>& field) {
  return field ? json(newslib::to_string(field->origin)) : json(nullptr);
}

// Writes one record per page of `path`; returns the number of pages, or -1.
long dump_set(const std::string& path, const std::string& set, double& seconds) {
  std::ifstream input(path);
  if (!input) return -1;
  long pages = 0;
  std::string line;
  while (std::getline(input, line)) {
    const json page = json::parse(line);
    const std::string html = page.value("html", "");
    const bool has_url = page.contains("url") && page["url"].is_string();
    const std::string url = has_url ? page["url"].get<std::string>() : "";
    const auto start = std::chrono::steady_clock::now();
    lxb_html_document_t* document = lxb_html_document_create();
    lxb_html_document_parse(document, reinterpret_cast<const lxb_char_t*>(html.data()),
                            html.size());
    const newslib::page_metadata m = newslib::detail::read_page_metadata(document, url);
    lxb_html_document_destroy(document);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    json record;
    record["set"] = set;
    record["id"] = page["id"];
    record["title"] = m.title ? json(m.title->value) : json(nullptr);
    record["date"] = m.published ? json(m.published->value.iso()) : json(nullptr);
    record["authors"] = m.authors ? json(m.authors->value) : json(nullptr);
    record["site_name"] = m.site_name ? json(m.site_name->value) : json(nullptr);
    record["language"] = m.language ? json(m.language->value) : json(nullptr);
    record["origins"] = {{"title", origin_of(m.title)},
                         {"date", origin_of(m.published)},
                         {"authors", origin_of(m.authors)}};
    std::cout << record.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    ++pages;
  }
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = NEWSLIB_SHARED_DATA;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--data") == 0) data = argv[i + 1];
  }
  bool any = false;
  for (const char* set : {"readability", "newspaper4k"}) {
    double seconds = 0;
    const long pages = dump_set(data + "/html/" + set + "_pages.jsonl", set, seconds);
    if (pages < 0) continue;
    any = true;
    std::cerr << set << ": " << pages << " pages, parse + metadata " << seconds * 1000.0 / pages
              << " ms/page\n";
  }
  if (!any) {
    std::cerr << "page_metadata_dump: no HTML development data under " << data << "/html\n";
    return 2;
  }
  return 0;
}

// newslib: the umbrella header.
#pragma once

#include "newslib/date.hpp"
#include "newslib/document.hpp"
#include "newslib/encoding.hpp"
#include "newslib/error.hpp"
#include "newslib/html.hpp"
#include "newslib/keywords.hpp"
#include "newslib/language.hpp"
#include "newslib/metadata.hpp"
#include "newslib/rouge.hpp"
#include "newslib/segment.hpp"
#include "newslib/span.hpp"
#include "newslib/summarize.hpp"
#include "newslib/thread_caches.hpp"
#include "newslib/token.hpp"
#include "newslib/utf8_errors.hpp"
#include "newslib/version.hpp"

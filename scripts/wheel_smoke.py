#!/usr/bin/env python3
"""Smoke test of an installed newslib, run from outside the source tree
(tests/python/test_wheel.py, and cibuildwheel's test-command)."""
import pathlib

import newslib

doc = newslib.Document("Markets rally\n\nSEOUL, Sept. 6 (Reuters) - Stocks rose. Bonds fell.\n\n"
                       "Der Rat hat das Gesetz beschlossen.")
assert len(doc.sentences) == 3 and doc.source == "Reuters", doc
assert doc[0].sent == doc.sentences[0] and doc.char_span(doc[0].start, doc[0].end) == doc[0:1]
assert newslib.summarize(doc, sentences=1).text
assert newslib.Document("Die Straße ist gesperrt.", language="de")[1].key == "strasse"  # ICU folding
assert newslib.Document("The councils voted.", language="en")[1].stem == "council"   # libstemmer
root = pathlib.Path(newslib.__file__).parent
print(newslib.__version__, (root / "py.typed").is_file(), newslib.__file__)

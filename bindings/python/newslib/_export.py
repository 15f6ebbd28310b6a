"""Document.to_dict / to_json / from_dict: the "newslib.document" JSON schema.

One schema, versioned by ``schema_version`` and described in docs/python.md.
Its metadata fields are those of ``newslib info --format json`` and its
sentences those of ``newslib sentences --format json`` (byte offsets under
the same names), with str offsets (``start``/``end``) added for Python.
``from_dict`` rebuilds the Document from ``text``, ``options`` and
``replaced`` alone: parsing is deterministic, so everything else follows.
"""

from __future__ import annotations

import json
from typing import Any, Dict

SCHEMA = "newslib.document"
SCHEMA_VERSION = 1


def _offsets(unit) -> Dict[str, int]:
    return {"start": unit.start, "end": unit.end,
            "byte_start": unit.byte_start, "byte_end": unit.byte_end}


def to_dict(doc, tokens: bool = True) -> Dict[str, Any]:
    words = sum(1 for t in doc.tokens if t.kind == "word")
    start, end, byte_start, byte_end = doc._body_span()
    out: Dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "text": doc.text,
        "options": doc.options,
        "title": doc.title,
        "date": doc.date.isoformat() if doc.date else None,
        "date_text": doc.date_text,
        "dateline": doc.dateline,
        "byline": doc.byline,
        "authors": list(doc.authors),
        "source": doc.source,
        "trailer": list(doc.trailer),
        "language": {"code": doc.language, "confidence": doc.language_confidence},
        "body": {"start": start, "end": end, "byte_start": byte_start, "byte_end": byte_end},
        "counts": {"paragraphs": len(doc.paragraphs), "sentences": len(doc.sentences),
                   "tokens": len(doc.tokens), "words": words,
                   "bytes": len(doc.text.encode("utf-8", "surrogatepass"))},
        "replacements": len(doc.replacements),
        "replaced": [list(r) for r in doc.replacements],
        "paragraphs": [dict(index=p.index, text=p.text, **_offsets(p)) for p in doc.paragraphs],
        "sentences": [dict(index=s.index, paragraph=s.paragraph.index, text=s.text, **_offsets(s))
                      for s in doc.sentences],
    }
    if tokens:
        out["tokens"] = [dict(index=t.index, text=t.text, **_offsets(t), kind=t.kind, key=t.key,
                              stem=t.stem, is_stop=t.is_stop) for t in doc.tokens]
    return out


def to_json(doc, tokens: bool = True, indent=None) -> str:
    return json.dumps(to_dict(doc, tokens), ensure_ascii=False, indent=indent)


def from_dict(data: Dict[str, Any]):
    from ._newslib import Document, InvalidArgumentError

    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise _invalid("data", f"not a {SCHEMA} dict (no \"schema\": \"{SCHEMA}\")",
                       InvalidArgumentError)
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise _invalid("data", f"unsupported {SCHEMA} schema_version {version!r} "
                               f"(this newslib reads {SCHEMA_VERSION})", InvalidArgumentError)
    o = data["options"]
    # The pickle state carries the replaced spans, which a fresh parse of the
    # (already replaced) text could not know.
    state = (1, data["text"],
             (o["language"], o["errors"], o["max_bytes"], o["date_order"], o["metadata"]),
             [tuple(r) for r in data.get("replaced", [])])
    doc = Document.__new__(Document)
    doc.__setstate__(state)
    return doc


def _invalid(argument: str, message: str, error_type):
    error = error_type(message)
    error.argument = argument
    return error

"""Notebook display: the HTML behind Document._repr_html_ and Summary._repr_html_.

Every piece of caller text goes through html.escape (quotes included), and the
markup uses only a fixed set of tags and the attributes ``class``, ``style``
and ``title``: no links, no scripts, nothing built from the text itself.
"""

from __future__ import annotations

from html import escape
from typing import Dict, Iterable, List, Sequence, Tuple

# Long articles are cut here: a notebook cell is for looking, not for archiving.
MAX_SENTENCES = 400

_WRAP = "font-family: inherit; line-height: 1.6; max-width: 60em;"
_TABLE = "border-collapse: collapse; margin-bottom: 0.6em;"
_TH = "text-align: left; padding: 2px 10px 2px 0; vertical-align: top; color: #555;"
_TD = "text-align: left; padding: 2px 0; vertical-align: top;"
_SENTENCE_STYLES = ("background: rgba(64, 128, 255, 0.10);", "background: rgba(64, 128, 255, 0.22);")
_SELECTED = "background: rgba(255, 200, 0, 0.55); border-radius: 2px;"
_UNSELECTED = "color: #444;"
_INDEX = "font-size: 0.7em; color: #888; vertical-align: super; margin-right: 1px;"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _table(rows: Iterable[Tuple[str, object]]) -> str:
    cells = "".join(
        f'<tr><th style="{_TH}">{_e(name)}</th><td style="{_TD}">{_e(value)}</td></tr>'
        for name, value in rows
        if value not in (None, "", [])
    )
    return f'<table class="newslib-meta" style="{_TABLE}">{cells}</table>'


def _metadata_rows(doc) -> List[Tuple[str, object]]:
    confidence = f"{doc.language} ({doc.language_confidence:.2f})"
    rows = [
        ("title", doc.title),
        ("dateline", doc.dateline),
        ("date", doc.date.isoformat() if doc.date else None),
        ("byline", doc.byline),
        ("authors", ", ".join(doc.authors)),
        ("source", doc.source),
        ("language", confidence),
        ("size", f"{len(doc.paragraphs)} paragraphs, {len(doc.sentences)} sentences, "
                 f"{len(doc.text)} characters"),
    ]
    for line in doc.trailer:
        rows.append(("trailer", line))
    if doc.replacements:
        rows.append(("replaced", f"{len(doc.replacements)} invalid sequences shown as \ufffd"))
    return rows


def _render_body(doc, sentence_html) -> str:
    """The body paragraph by paragraph; `sentence_html(sentence, text)` marks up one sentence."""
    text = doc.text
    total = len(doc.sentences)
    parts: List[str] = []
    shown = 0
    for paragraph in doc.paragraphs:
        if shown >= MAX_SENTENCES:
            break
        chunks: List[str] = []
        cursor = paragraph.start
        for sentence in paragraph.sentences:
            if shown >= MAX_SENTENCES:
                break
            chunks.append(_e(text[cursor:sentence.start]))
            chunks.append(sentence_html(sentence, text[sentence.start:sentence.end]))
            cursor = sentence.end
            shown += 1
        chunks.append(_e(text[cursor:paragraph.end]))
        parts.append(f'<p style="margin: 0 0 0.7em 0;">{"".join(chunks)}</p>')
    if shown < total:
        parts.append(f'<p style="color: #888;">… {total - shown} more sentences not shown</p>')
    return "".join(parts)


def document_html(doc) -> str:
    """HTML for a Document: a metadata table, then the body with every sentence
    shaded and numbered so that its boundaries show."""

    def sentence_html(sentence, text: str) -> str:
        style = _SENTENCE_STYLES[sentence.index % 2]
        return (f'<span class="newslib-sentence" style="{style}" title="sentence {sentence.index}">'
                f'<span style="{_INDEX}">{sentence.index}</span>{_e(text)}</span>')

    return (f'<div class="newslib-document" style="{_WRAP}">'
            f'{_table(_metadata_rows(doc))}{_render_body(doc, sentence_html)}</div>')


def summary_html(summary) -> str:
    """HTML for a Summary: the summary itself, then the article with the chosen
    sentences highlighted; hovering a sentence shows its score and rank."""
    doc = summary.document
    scores: Sequence[float] = summary.scores
    ranks: Sequence[int] = summary.ranks
    chosen: Dict[int, int] = {s.index: n for n, s in enumerate(summary.sentences, 1)}

    def sentence_html(sentence, text: str) -> str:
        i = sentence.index
        tip = f"sentence {i} · score {scores[i]:.4g} · rank {ranks[i]} of {len(scores)}"
        if i in chosen:
            tip += f" · chosen #{chosen[i]}"
            return f'<mark class="newslib-selected" style="{_SELECTED}" title="{_e(tip)}">{_e(text)}</mark>'
        return f'<span class="newslib-sentence" style="{_UNSELECTED}" title="{_e(tip)}">{_e(text)}</span>'

    items = "".join(
        f'<li title="{_e(f"sentence {s.index} · score {s.score:.4g} · rank {s.rank}")}">{_e(s.text)}</li>'
        for s in summary.sentences
    )
    header = _table([
        ("algorithm", summary.algorithm),
        ("chosen", f"{len(summary.sentences)} of {len(scores)} sentences"),
        ("title", doc.title),
    ])
    return (f'<div class="newslib-summary" style="{_WRAP}">{header}'
            f'<ol style="margin: 0 0 0.8em 1.2em; padding: 0;">{items}</ol>'
            f'<details open><summary style="cursor: pointer; color: #555;">article</summary>'
            f'{_render_body(doc, sentence_html)}</details></div>')

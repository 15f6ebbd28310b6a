"""
Compiled core of newslib. Import ``newslib`` rather than this module: it
re-exports everything here and adds the pandas, Dask and Spark helpers.
"""
from __future__ import annotations
import collections.abc
import datetime
import typing
__all__: list[str] = ['BackendUnavailableError', 'Document', 'InputTooLargeError', 'InvalidArgumentError', 'InvalidEncodingError', 'InvalidUTF8Error', 'Keyword', 'NewslibError', 'Paragraph', 'Paragraphs', 'RougeScore', 'RougeScores', 'Sentence', 'Sentences', 'Span', 'Summary', 'SummaryOptions', 'SummarySentence', 'Token', 'Tokens', 'algorithms', 'identify_language', 'keyword_algorithms', 'keywords', 'keywords_many', 'parse_date', 'release_thread_caches', 'rouge', 'score_sentences', 'split_sentences', 'summarize', 'supported_languages']
class NewslibError(ValueError):
    """
    Base class of the errors newslib raises about its input (a ValueError).
    
    Example:
        >>> try:
        ...     newslib.Document(b"caf\\xe9")
        ... except newslib.NewslibError as e:
        ...     print(type(e).__name__)
        InvalidUTF8Error
    """
class InvalidUTF8Error(NewslibError):
    """
    The text is not valid UTF-8 (bytes), or is a str holding lone surrogates.
    
    Attributes:
        offset: byte offset of the first bad byte in the UTF-8 encoding.
        char_offset: index of the bad character in the caller's text (for bytes:
            the number of good characters before it), or None if unknown.
    
    Example:
        >>> try:
        ...     newslib.Document(b"ab\\xffcd")
        ... except newslib.InvalidUTF8Error as e:
        ...     print(e.offset, e.char_offset)
        2 2
    """
    char_offset = None
    offset = None
class InvalidEncodingError(NewslibError):
    """
    The bytes are not valid in the encoding they were decoded from (any encoding
    but UTF-8, which raises InvalidUTF8Error).
    
    Attributes:
        offset: offset of the first bad byte in the original bytes.
        encoding: canonical name of the encoding, such as ``"ISO-8859-3"``.
    
    Example:
        >>> try:
        ...     newslib.Document(b"ab\\xa5cd", encoding="iso-8859-3")
        ... except newslib.InvalidEncodingError as e:
        ...     print(e.offset, e.encoding)
        2 ISO-8859-3
    """
    encoding = None
    offset = None
class InputTooLargeError(NewslibError):
    """
    The text is larger than the ``max_bytes`` limit.
    
    Example:
        >>> newslib.Document("x" * 100, max_bytes=10)
        Traceback (most recent call last):
        InputTooLargeError: ...
    """
class InvalidArgumentError(NewslibError):
    """
    An option has a value outside its allowed set (a ValueError).
    
    Attributes:
        argument: the name of the offending argument, such as ``"ratio"``.
    
    Example:
        >>> try:
        ...     newslib.summarize("One. Two.", ratio=2.0)
        ... except newslib.InvalidArgumentError as e:
        ...     print(e.argument)
        ratio
    """
    argument = None
class BackendUnavailableError(NewslibError, RuntimeError):
    """
    Part of the Unicode backend newslib needs is missing: ICU's normalisation data,
    or a converter for the requested charset in this build of ICU or Boost.Locale.
    It is a RuntimeError as well as a NewslibError: no input can avoid it.
    """
class Token:
    """
    A token of a Document's body; ``str(token)`` is its text.
    """
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple: ...
    @property
    def index(self) -> int: ...
    @property
    def i(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def stem(self) -> str: ...
    @property
    def is_stop(self) -> bool: ...
    @property
    def doc(self) -> Document: ...
    @property
    def sent(self) -> Sentence | None: ...
    @property
    def paragraph(self) -> Paragraph | None: ...
class Span:
    """
    A run of a Document's tokens: ``doc[a:b]``, ``doc.char_span(...)``.
    """
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple: ...
    def __len__(self) -> int: ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex) -> Token: ...
    @typing.overload
    def __getitem__(self, s: slice) -> Span: ...
    def __iter__(self) -> collections.abc.Iterator[Token]: ...
    def __contains__(self, item: object) -> bool: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def start_token(self) -> int: ...
    @property
    def end_token(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def tokens(self) -> Tokens: ...
    @property
    def doc(self) -> Document: ...
class Sentence(Span):
    """
    A sentence of a Document's body: a Span with an index.
    """
    @property
    def index(self) -> int: ...
    @property
    def paragraph(self) -> Paragraph: ...
class Paragraph(Span):
    """
    A paragraph of a Document's body: a Span with an index.
    """
    @property
    def index(self) -> int: ...
    @property
    def sentences(self) -> Sentences: ...
class Tokens(collections.abc.Sequence[Token]):
    """
    The tokens of a Document or of a span, as a read-only sequence.
    """
    def __eq__(self, other: object) -> bool: ...
    def __reduce__(self) -> tuple: ...
    def __len__(self) -> int: ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex) -> Token: ...
    @typing.overload
    def __getitem__(self, s: slice) -> Tokens | list[Token]: ...
    def __iter__(self) -> collections.abc.Iterator[Token]: ...
    def __contains__(self, item: object) -> bool: ...
    @property
    def doc(self) -> Document: ...
class Sentences(collections.abc.Sequence[Sentence]):
    """
    The sentences of a Document or paragraph, as a read-only sequence.
    """
    def __eq__(self, other: object) -> bool: ...
    def __reduce__(self) -> tuple: ...
    def __len__(self) -> int: ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex) -> Sentence: ...
    @typing.overload
    def __getitem__(self, s: slice) -> Sentences | list[Sentence]: ...
    def __iter__(self) -> collections.abc.Iterator[Sentence]: ...
    def __contains__(self, item: object) -> bool: ...
    @property
    def doc(self) -> Document: ...
class Paragraphs(collections.abc.Sequence[Paragraph]):
    """
    The paragraphs of a Document, as a read-only sequence.
    """
    def __eq__(self, other: object) -> bool: ...
    def __reduce__(self) -> tuple: ...
    def __len__(self) -> int: ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex) -> Paragraph: ...
    @typing.overload
    def __getitem__(self, s: slice) -> Paragraphs | list[Paragraph]: ...
    def __iter__(self) -> collections.abc.Iterator[Paragraph]: ...
    def __contains__(self, item: object) -> bool: ...
    @property
    def doc(self) -> Document: ...
class Document:
    """
    A parsed news article: metadata, then paragraphs → sentences → tokens.
    
    Parsing happens once, in the constructor (without holding the GIL); the
    Document is immutable afterwards and safe to share between threads.
    Every unit's ``start``/``end`` are str indices (code points) into
    ``text``, so slicing ``text`` gives the unit back exactly.
    
    Args:
        text: the article, as str or as UTF-8 bytes.
        language: ISO 639-1 code ("en", "de", ...) or "auto" to identify it.
        errors: "strict" raises InvalidUTF8Error on bad UTF-8 (or lone
            surrogates in a str); "replace" puts U+FFFD in their place and
            lists where in ``replacements``.
        max_bytes: larger input raises InputTooLargeError.
        date_order: how to read ambiguous numeric dates such as 06/09/2025:
            "month_first" (June 9) or "day_first" (6 September).
        metadata: look for headline, dateline, byline, source and trailer.
        encoding: for bytes, their encoding: "utf-8" (the default), "auto" to
            detect it, or a label such as "windows-1252", "latin1", "shift_jis"
            (WHATWG names; see docs/encodings.md). The text is decoded to str
            first; ``source_encoding`` and ``source_offset`` lead back to the
            bytes. A str is already decoded: only "utf-8" and "auto" apply.
    
    Example:
        >>> doc = newslib.Document("Markets rally\\n\\nSEOUL, Sept. 6 (Reuters) - Stocks rose. "
        ...                        "Bonds fell.\\n\\nReporting by Jane Doe")
        >>> doc.title, doc.source, len(doc.sentences)
        ('Markets rally', 'Reuters', 2)
        >>> s = doc.sentences[0]
        >>> doc.text[s.start:s.end] == s.text
        True
    """
    @staticmethod
    def from_dict(data: dict) -> Document:
        """
        The Document that to_dict() described (schema "newslib.document", version 1).
        
        Example:
            >>> doc = newslib.Document("Rain fell. Roads closed.")
            >>> newslib.Document.from_dict(doc.to_dict()) == doc
            True
        """
    @staticmethod
    def from_html(html: str | bytes, *, url: str | None = None, encoding: str | None = None, language: str = 'auto', max_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, keep_tables: bool = True, keep_captions: bool = True, keep_lists: bool = True) -> Document:
        """
        The article of a web page, parsed like text.
        
        The Document's text is the headline, a blank line, then the body's
        paragraphs separated by blank lines; ``page`` says what the page's markup
        declared and where in the page every block came from. Malformed markup never
        raises: a page without an article gives a Document without a body and
        ``page["no_article"]`` true.
        
        Args:
            html: the page, as bytes (its charset is taken from a byte order mark,
                then ``<meta charset>``, then detected) or as an already decoded str.
            url: the page's address, when known.
            encoding: a charset label that overrides the page's declaration.
            language: ISO 639-1 code, or "auto" to identify the extracted text's.
            max_bytes: larger pages raise InputTooLargeError.
            keep_tables: keep the text of data tables inside the article.
            keep_captions: keep figure and table captions (picture credits never are).
            keep_lists: keep list items inside the article.
        
        Example:
            >>> page = ("<html><head><title>Rain - Daily</title></head><body><article><h1>Rain</h1>"
            ...         "<p>Rain fell on the city all day, and the roads were closed by noon.</p>"
            ...         "<p>Officials said the storm would pass by the evening, and schools reopen.</p>"
            ...         "</article></body></html>")
            >>> doc = newslib.Document.from_html(page)
            >>> doc.title, len(doc.paragraphs)
            ('Rain', 2)
        """
    def __eq__(self, other: Document) -> bool:
        ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsInt | typing.SupportsIndex) -> Token:
        """
        doc[i]: the i-th Token (negative from the end).
        """
    @typing.overload
    def __getitem__(self, slice: slice) -> Span:
        """
        doc[a:b]: the Span of tokens a to b.
        """
    def __getstate__(self) -> tuple:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str | bytes, language: str = 'auto', errors: str = 'strict', max_bytes: typing.SupportsInt | typing.SupportsIndex = 1073741824, date_order: str = 'month_first', metadata: bool = True, encoding: str = 'utf-8') -> None:
        ...
    def __iter__(self) -> collections.abc.Iterator[Token]:
        """
        Iterates over the tokens.
        """
    def __len__(self) -> int:
        """
        Number of tokens, as spaCy's len(doc).
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _body_span(self) -> tuple[int, int, int, int]:
        """
        (start, end, byte_start, byte_end) of the body, for to_dict().
        """
    def _repr_html_(self) -> str:
        ...
    def char_span(self, start: typing.SupportsInt | typing.SupportsIndex, end: typing.SupportsInt | typing.SupportsIndex, alignment_mode: str = 'strict') -> Span | None:
        """
        The Span of tokens covering the str indices [start, end), or None (as spaCy).
        
        Args:
            start, end: str indices into ``text``.
            alignment_mode: "strict" returns None unless both ends fall on token
                boundaries; "contract" keeps only the tokens wholly inside;
                "expand" takes every token that overlaps.
        
        Example:
            >>> doc = newslib.Document("Rain fell on Monday. Roads closed.")
            >>> doc.char_span(13, 19).text
            'Monday'
            >>> doc.char_span(14, 19) is None, doc.char_span(14, 19, alignment_mode="expand").text
            (True, 'Monday')
        """
    def source_offset(self, index: typing.SupportsInt | typing.SupportsIndex) -> int:
        """
        Byte offset in the original input of str index ``index`` of ``text``.
        
        For bytes decoded from another encoding, ``data[doc.source_offset(s.start):
        doc.source_offset(s.end)]`` decodes to ``s.text`` for every unit ``s``; for
        UTF-8 input it is the UTF-8 byte offset. Indexes past the end give the end.
        
        Example:
            >>> doc = newslib.Document(b"Caf\\xe9 au lait. Bon.", encoding="latin1")
            >>> doc.text[5:7], doc.source_offset(5)
            ('au', 5)
        """
    def to_dict(self, tokens: bool = True) -> dict[str, typing.Any]:
        """
        The Document as JSON-ready data in the "newslib.document" schema (version 1).
        
        Metadata as ``newslib info --format json`` gives it; paragraphs, sentences
        and (unless ``tokens=False``) tokens with str offsets ``start``/``end`` and
        UTF-8 offsets ``byte_start``/``byte_end``. ``Document.from_dict`` reads it back.
        
        Example:
            >>> d = newslib.Document("Rain fell. Roads closed.").to_dict(tokens=False)
            >>> d["schema"], d["schema_version"], [s["text"] for s in d["sentences"]]
            ('newslib.document', 1, ['Rain fell.', 'Roads closed.'])
        """
    def to_json(self, tokens: bool = True, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        to_dict() as a JSON string (UTF-8 text kept as is).
        """
    @property
    def authors(self) -> list[str]:
        """
        Names taken from the byline (a web page's markup first).
        """
    @property
    def body(self) -> str:
        """
        The text between the metadata at the top and the trailer at the end.
        """
    @property
    def byline(self) -> str | None:
        """
        The byline, such as 'By Jane Doe', or None.
        """
    @property
    def date(self) -> datetime.date | None:
        """
        The publication date as datetime.date, or None (a web page's markup first).
        """
    @property
    def date_text(self) -> str | None:
        """
        The text the date was read from, or None.
        """
    @property
    def dateline(self) -> str | None:
        """
        The dateline, such as 'SEOUL, Sept. 6 (Reuters) -', or None.
        """
    @property
    def language(self) -> str:
        """
        ISO 639-1 code of the language the text was parsed as ('und' if unknown).
        """
    @property
    def language_confidence(self) -> float:
        """
        Confidence of the language guess in [0, 1] (1 when the caller named it).
        """
    @property
    def options(self) -> dict[str, typing.Any]:
        """
        The keyword arguments the Document was parsed with.
        """
    @property
    def page(self) -> dict | None:
        """
        For a Document made by from_html, what the page said, else None: a dict
        with ``title``, ``description``, ``site_name``, ``canonical_url``,
        ``section``, ``language``, ``published``, ``modified`` (datetime.date),
        ``authors``, ``tags``, ``origins`` (where each present field came from:
        "json_ld", "open_graph", "meta_tag", ..., "text"), ``encoding`` (the page's
        charset), ``page_size``, ``no_article`` (True when the page carries no
        article), ``blocks``: (start, end, page_start, page_end) per extracted
        block, str indices into ``text`` and byte offsets into the original page, and
        ``block_kinds``: what each block was ("headline", "paragraph", "heading",
        "list_item", "quotation", "caption", "table_cell" or "preformatted").
        """
    @property
    def paragraphs(self) -> Paragraphs:
        """
        The body's paragraphs, as a Paragraphs view (the same object every time).
        """
    @property
    def replacements(self) -> list[tuple[int, int]]:
        """
        (start, end) str indices of each U+FFFD put in for bad input (errors='replace').
        """
    @property
    def sentences(self) -> Sentences:
        """
        The body's sentences, in order, as a Sentences view (the same object every time).
        """
    @property
    def source(self) -> str | None:
        """
        The agency or outlet ('Reuters', 'AP'), or None.
        """
    @property
    def source_encoding(self) -> str:
        """
        Canonical name of the encoding the input was decoded from ('UTF-8' for str).
        """
    @property
    def source_encoding_origin(self) -> str:
        """
        How source_encoding was chosen: 'bom', 'declared', 'detected' or 'fallback'.
        """
    @property
    def text(self) -> str:
        """
        The whole text, headline and trailer included.
        """
    @property
    def title(self) -> str | None:
        """
        The headline, or None (for a web page, the title its markup gives, when it does).
        """
    @property
    def tokens(self) -> Tokens:
        """
        The body's tokens, in order, as a Tokens view (the same object every time).
        """
    @property
    def trailer(self) -> list[str]:
        """
        Closing lines kept out of the body ('Reporting by ...', '© ...').
        """
class SummaryOptions:
    """
    The options of a summary, as summarize() takes them (immutable).
    
    At most one length applies: ``sentences`` (the default, 3), ``ratio`` of
    the sentences, ``words`` or ``chars``.
    
    Example:
        >>> opts = newslib.SummaryOptions(ratio=0.2, algorithm="lexrank")
        >>> opts.to_dict()
        {'algorithm': 'lexrank', 'ratio': 0.2, 'redundancy': None, 'order': 'document'}
        >>> newslib.summarize(text, **opts.to_dict())  # doctest: +SKIP
    """
    def __eq__(self, other: SummaryOptions) -> bool:
        ...
    def __getstate__(self) -> tuple:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, sentences: typing.SupportsInt | typing.SupportsIndex | None = None, ratio: typing.SupportsFloat | typing.SupportsIndex | None = None, words: typing.SupportsInt | typing.SupportsIndex | None = None, chars: typing.SupportsInt | typing.SupportsIndex | None = None, algorithm: str = 'default', redundancy: typing.SupportsFloat | typing.SupportsIndex | None = None, order: str = 'document') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The keyword arguments for summarize() that give these options.
        """
    @property
    def algorithm(self) -> str:
        ...
    @property
    def chars(self) -> int | None:
        """
        The length in characters, or None.
        """
    @property
    def order(self) -> str:
        ...
    @property
    def ratio(self) -> float | None:
        """
        The length as a fraction of the sentences, or None.
        """
    @property
    def redundancy(self) -> float | None:
        ...
    @property
    def sentences(self) -> int | None:
        """
        The length in sentences, or None when another unit applies.
        """
    @property
    def words(self) -> int | None:
        """
        The length in words, or None.
        """
class SummarySentence:
    """
    A sentence chosen for a summary.
    
    Attributes:
        index: the sentence's index in ``Document.sentences``.
        start, end: str indices into ``Document.text``.
        text: the sentence as written.
        score: its score under the summary's algorithm (higher is better).
        rank: 1 for the highest-scoring sentence of the document.
        paragraph: index of its paragraph.
    """
    def __repr__(self) -> str:
        ...
    @property
    def end(self) -> int:
        ...
    @property
    def index(self) -> int:
        ...
    @property
    def paragraph(self) -> int:
        ...
    @property
    def rank(self) -> int:
        ...
    @property
    def score(self) -> float:
        ...
    @property
    def start(self) -> int:
        ...
    @property
    def text(self) -> str:
        ...
class Summary:
    """
    An extractive summary: the chosen sentences and every sentence's score.
    
    Attributes:
        sentences: the chosen sentences (SummarySentence), in the requested order.
        text: the chosen sentences joined by newlines (also ``str(summary)``).
        scores: every sentence's score, by sentence index.
        ranks: every sentence's rank (1 = best; ties go to the earlier sentence).
        algorithm: the algorithm that ran ("default" resolved to its real name).
        options: the SummaryOptions, defaults filled in.
        document: the summarised Document.
    
    Example:
        >>> s = newslib.summarize(article, sentences=2)           # doctest: +SKIP
        >>> [x.index for x in s.sentences], s.algorithm           # doctest: +SKIP
        ([0, 4], 'textrank')
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, other: Summary) -> bool:
        ...
    def __getstate__(self) -> tuple:
        ...
    def __iter__(self) -> collections.abc.Iterator[SummarySentence]:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A JSON-ready dict: algorithm, options, text, sentences, scores, ranks.
        """
    @property
    def algorithm(self) -> str:
        ...
    @property
    def document(self) -> Document:
        ...
    @property
    def options(self) -> SummaryOptions:
        ...
    @property
    def ranks(self) -> list[int]:
        ...
    @property
    def scores(self) -> list[float]:
        ...
    @property
    def sentences(self) -> list[SummarySentence]:
        ...
    @property
    def text(self) -> str:
        ...
class Keyword:
    """
    A keyphrase of a document.
    
    Attributes:
        text: the phrase as it first appears.
        key: its normalised form (used to merge variants).
        score: in [0, 1], higher is better; it does not depend on top.
        occurrences: (start, end) str indices of every place it appears in the body.
    """
    def __eq__(self, other: Keyword) -> bool:
        ...
    def __getstate__(self) -> tuple:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str, key: str, score: typing.SupportsFloat | typing.SupportsIndex, occurrences: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex]] = []) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def key(self) -> str:
        ...
    @property
    def occurrences(self) -> list[tuple[int, int]]:
        ...
    @property
    def score(self) -> float:
        ...
    @property
    def text(self) -> str:
        ...
class RougeScore:
    """
    Precision, recall and F1 of one ROUGE variant (each in [0, 1]).
    """
    def __eq__(self, other: RougeScore) -> bool:
        ...
    def __getstate__(self) -> tuple:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, precision: typing.SupportsFloat | typing.SupportsIndex, recall: typing.SupportsFloat | typing.SupportsIndex, f1: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def to_dict(self) -> dict[str, float]:
        """
        {'precision': ..., 'recall': ..., 'f1': ...}
        """
    @property
    def f1(self) -> float:
        ...
    @property
    def precision(self) -> float:
        ...
    @property
    def recall(self) -> float:
        ...
class RougeScores:
    """
    ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of a candidate against a reference.
    
    Example:
        >>> r = newslib.rouge("the cat sat on the mat", "the cat lay on the mat")
        >>> round(r.rouge1.f1, 3), r["rouge2"].recall
        (0.833, 0.6)
    """
    def __eq__(self, other: RougeScores) -> bool:
        ...
    def __getitem__(self, name: str) -> RougeScore:
        ...
    def __getstate__(self) -> tuple:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def to_dict(self) -> dict[str, dict[str, float]]:
        """
        Nested dict: {'rouge1': {'precision': ..., 'recall': ..., 'f1': ...}, ...}.
        """
    @property
    def rouge1(self) -> RougeScore:
        ...
    @property
    def rouge2(self) -> RougeScore:
        ...
    @property
    def rougeL(self) -> RougeScore:
        ...
    @property
    def rougeLsum(self) -> RougeScore:
        ...
def _summarize_batch(items: list, threads: typing.SupportsInt | typing.SupportsIndex | None = None, sentences: typing.SupportsInt | typing.SupportsIndex | None = None, ratio: typing.SupportsFloat | typing.SupportsIndex | None = None, words: typing.SupportsInt | typing.SupportsIndex | None = None, chars: typing.SupportsInt | typing.SupportsIndex | None = None, algorithm: str = 'default', redundancy: typing.SupportsFloat | typing.SupportsIndex | None = None, order: str = 'document', language: str = 'auto', first_index: typing.SupportsInt | typing.SupportsIndex = 0, encoding: str | None = None, html: bool = False) -> list:
    """
    Batch core of newslib.summarize_many: returns, in input order, a Summary or
    the exception instance (with ``.index``, counted from ``first_index``) for
    each item; with ``html`` the str and bytes items are web pages. Use
    summarize_many.
    """
def algorithms() -> list[str]:
    """
    Names of the summarisation algorithms, in a stable order.
    
    Example:
        >>> "textrank" in newslib.algorithms()
        True
    """
def identify_language(text: str | bytes) -> tuple[str, float]:
    """
    Identifies the language of a text among the supported languages.
    
    Returns:
        tuple[str, float]: the ISO 639-1 code ("und" when no supported language
        fits, or the text is too short to tell) and a confidence in [0, 1].
    
    Example:
        >>> newslib.identify_language("Der Bundestag hat am Freitag das Gesetz beschlossen.")[0]
        'de'
    """
def keyword_algorithms() -> list[str]:
    """
    Names of the keyword algorithms.
    
    Example:
        >>> "textrank" in newslib.keyword_algorithms()
        True
    """
def keywords(doc_or_text: Document | str | bytes, top: typing.SupportsInt | typing.SupportsIndex = 10, algorithm: str = 'default', language: str = 'auto') -> list[Keyword]:
    """
    The document's best keyphrases, best first; none is a part of another, and
    top=k gives the first k phrases of top=k+1.
    
    Args:
        doc_or_text: a Document, or the article as str / UTF-8 bytes.
        top: how many keyphrases at most.
        algorithm: one of newslib.keyword_algorithms(), or "default".
        language: for text input: ISO 639-1 code, or "auto".
    
    Returns:
        list[Keyword]: each with text, key, score and occurrences (str indices).
    
    Example:
        >>> doc = newslib.Document(article)                          # doctest: +SKIP
        >>> [k.text for k in newslib.keywords(doc, top=3)]           # doctest: +SKIP
        ['city council', 'budget', 'schools']
    """
def keywords_many(texts: list, top: typing.SupportsInt | typing.SupportsIndex = 10, language: str = 'auto', threads: typing.SupportsInt | typing.SupportsIndex | None = None, encoding: str | None = None, *, html: bool = False) -> list[list[Keyword]]:
    """
    Keyphrases of every document of a collection, weighted by the collection.
    
    The default algorithm (tf-idf) takes each phrase's document frequency from
    the collection itself rather than only from the background table, so a phrase
    that many of the documents share weighs less. The GIL is released while the
    documents are parsed and scored.
    
    Args:
        texts: a list of Documents, or articles as str / UTF-8 bytes.
        top: how many keyphrases at most per document.
        language: for text input: ISO 639-1 code, or "auto".
        threads: worker threads (default: one per core).
        encoding: the encoding of bytes items, as for Document ("utf-8",
            "auto" or a label such as "windows-1252"). None means "utf-8" for
            text and, with ``html``, the charset each page declares.
        html: the str and bytes items are web pages, read as
            Document.from_html reads one (Documents are taken as they are).
    
    Returns:
        list[list[Keyword]]: per document, in input order, best first.
    
    Example:
        >>> lists = newslib.keywords_many(articles, top=5)      # doctest: +SKIP
        >>> [k.text for k in lists[0]]                          # doctest: +SKIP
        ['harbour', 'council', 'flood wall']
    """
def parse_date(text: str | bytes, date_order: str = 'month_first', default_year: typing.SupportsInt | typing.SupportsIndex | None = None) -> datetime.date | None:
    """
    Parses one date written in news style, or returns None.
    
    Accepts forms such as "Sat. Sep 6th, 2025", "September 6, 2025", "6 Sept 2025",
    "2025-09-06" and "06/09/2025" (read per ``date_order``). Forms without a
    year ("Sept. 6") need ``default_year``.
    
    Example:
        >>> newslib.parse_date("Sat. Sep 6th, 2025")
        datetime.date(2025, 9, 6)
        >>> newslib.parse_date("06/09/2025", date_order="day_first")
        datetime.date(2025, 9, 6)
    """
def release_thread_caches() -> None:
    """
    Frees the memory newslib keeps for the calling thread between calls (term
    lexicons, stemmers, parsing and summarising buffers). Results never depend on
    it; the next call on the thread rebuilds what it needs, a little slower. For
    long-running services, after a burst of work. Threads of the batch calls
    (summarize_many, keywords_many) keep their own.
    
    Example:
        >>> newslib.release_thread_caches()
    """
def rouge(candidate: str | bytes, reference: str | bytes, *, stemmer: bool = True) -> RougeScores:
    """
    ROUGE-1/2/L/Lsum of ``candidate`` against ``reference``, scored exactly as
    Google's rouge-score package does (lowercased alphanumeric tokens, Porter
    stemming of tokens longer than 3 characters when ``stemmer`` is true).
    ROUGE-Lsum treats newlines as sentence breaks.
    
    Example:
        >>> r = newslib.rouge("the cat sat on the mat", "the cat lay on the mat")
        >>> r.rouge1.to_dict()
        {'precision': 0.8333333333333334, 'recall': 0.8333333333333334, 'f1': 0.8333333333333334}
    """
def score_sentences(doc_or_text: Document | str | bytes, algorithm: str = 'default', language: str = 'auto') -> list[float]:
    """
    Scores every sentence with one algorithm (higher is better), without selecting.
    
    Example:
        >>> scores = newslib.score_sentences("One idea. Another idea. A third.", "lead")
        >>> len(scores)
        3
    """
def split_sentences(text: str | bytes, language: str = 'en') -> list[str]:
    """
    Splits text into sentences, trimmed of surrounding whitespace.
    
    Uses the same news-aware rules as Document (abbreviations such as "Mr." and
    "Sept." do not end a sentence) but skips metadata and tokens, so it is the
    quick way to get sentences from a plain paragraph.
    
    Args:
        text: str, or UTF-8 bytes (bad UTF-8 raises InvalidUTF8Error).
        language: ISO 639-1 code; languages without their own rules use generic ones.
    
    Returns:
        list[str]: the sentences in order.
    
    Example:
        >>> newslib.split_sentences("Dr. Jones arrived on Sept. 6. She left at noon.")
        ['Dr. Jones arrived on Sept. 6.', 'She left at noon.']
    """
def summarize(doc_or_text: Document | str | bytes, *, sentences: typing.SupportsInt | typing.SupportsIndex | None = None, ratio: typing.SupportsFloat | typing.SupportsIndex | None = None, words: typing.SupportsInt | typing.SupportsIndex | None = None, chars: typing.SupportsInt | typing.SupportsIndex | None = None, algorithm: str = 'default', redundancy: typing.SupportsFloat | typing.SupportsIndex | None = None, order: str = 'document', language: str = 'auto') -> Summary:
    """
    Summarises a news article by picking its most informative sentences.
    
    Args:
        doc_or_text: a Document, or the article as str / UTF-8 bytes.
        sentences: pick this many sentences (the default: 3).
        ratio: or this fraction of the sentences, in (0, 1].
        words: or as many sentences as fit in this many words.
        chars: or as many sentences as fit in this many characters.
        algorithm: one of newslib.algorithms(); "default" picks the best general one.
        redundancy: MMR trade-off in [0, 1] against near-duplicate sentences
            (0 turns it off); None uses the algorithm's own default.
        order: "document" keeps the article's order, "score" puts the best first.
        language: for text input: ISO 639-1 code, or "auto" to identify it.
    
    Returns:
        Summary: the chosen sentences, every sentence's score and rank.
    
    Raises:
        InvalidArgumentError: an option is out of range (``.argument`` names it).
        InvalidUTF8Error: bytes that are not UTF-8, or a str with lone surrogates.
    
    Example:
        >>> text = ("The council approved the budget on Monday. It funds two new schools. "
        ...         "Critics said the plan was rushed. The vote was 7 to 2.")
        >>> summary = newslib.summarize(text, sentences=2, algorithm="lead")
        >>> print(summary.text)
        The council approved the budget on Monday.
        It funds two new schools.
    """
def supported_languages() -> list[str]:
    """
    ISO 639-1 codes of the languages with full support (stopwords,
    abbreviations, Snowball stemming).
    
    Example:
        >>> "en" in newslib.supported_languages()
        True
    """
__version__: str = '0.2.0'

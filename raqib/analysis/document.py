"""The analysis chain: an article in, an analyzed document out.

Title and text are tokenized separately (hit offsets point into the field they
came from). The title is a sentence and a paragraph of its own and belongs to
the page's first story. The text is segmented into stories and furniture
before sentences are cut, so no sentence crosses from a story into a headline
list.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain, repeat
from operator import sub
from dataclasses import FrozenInstanceError

from raqib.analysis.segments import Segment, SegmentKind, segment_page
from raqib.analysis.sentences import paragraphs_and_sentences
from raqib.analysis.tokens import Token, scan
from raqib.article import Article

TITLE, TEXT = 0, 1
FIELDS = ("title", "text")

_set = object.__setattr__
_new_token = tuple.__new__


class Document:
    """An analyzed article: tokens with their field, sentence, paragraph and segment.

    Attributes (all read-only):

    - ``article``, ``lang``
    - ``tokens``: tuple of ``Token``, title tokens first; the same as parallel tuples
      ``starts``, ``ends``, ``texts``, ``norms`` (offsets into the token's field)
    - ``field_of``: TITLE or TEXT, per token
    - ``sentence_of``, ``paragraph_of``: sentence and paragraph number, per token
    - ``segment_of``: index into ``segments``, per token
    - ``sentence_spans``: (field, start, end) per sentence
    - ``segments``: the page segments of the text

    Only the tokens are found by ``analyze``; everything else is computed on first use
    (``Token`` objects, the parallel tuples, sentences and paragraphs, the page segments),
    so a document that no rule candidate reaches never has its page segmented.
    """

    __slots__ = (
        "article", "lang", "field_of", "_title_cols", "_text_cols", "_tokens", "_columns",
        "_units", "_segments", "_segment_of",
    )  # fmt: skip

    def __init__(
        self,
        article: Article,
        lang: str,
        title_cols: tuple[list[int], list[int], list[str], list[str]],
        text_cols: tuple[list[int], list[int], list[str], list[str]],
    ) -> None:
        """``title_cols``, ``text_cols``: (starts, ends, texts, norms) of each field's tokens."""
        _set(self, "article", article)
        _set(self, "lang", lang)
        _set(self, "_title_cols", title_cols)
        _set(self, "_text_cols", text_cols)
        _set(self, "field_of", (TITLE,) * len(title_cols[0]) + (TEXT,) * len(text_cols[0]))
        _set(self, "_tokens", None)
        _set(self, "_columns", None)
        _set(self, "_units", None)
        _set(self, "_segments", None)
        _set(self, "_segment_of", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        return f"Document(article={self.article.id!r}, lang={self.lang!r}, tokens={len(self.field_of)})"

    @property
    def tokens(self) -> tuple[Token, ...]:
        got = self._tokens
        if got is None:
            got = tuple(map(_new_token, repeat(Token), chain(zip(*self._title_cols), zip(*self._text_cols))))
            _set(self, "_tokens", got)
        return got

    def _column(self, k: int) -> tuple:
        cols = self._columns
        if cols is None:
            cols = tuple(tuple(a + b) for a, b in zip(self._title_cols, self._text_cols))
            _set(self, "_columns", cols)
        return cols[k]

    @property
    def starts(self) -> tuple[int, ...]:
        return self._column(0)

    @property
    def ends(self) -> tuple[int, ...]:
        return self._column(1)

    @property
    def texts(self) -> tuple[str, ...]:
        return self._column(2)

    @property
    def norms(self) -> tuple[str, ...]:
        return self._column(3)

    @property
    def sentence_of(self) -> tuple[int, ...]:
        return (self._units or self._split_units())[0]

    @property
    def paragraph_of(self) -> tuple[int, ...]:
        return (self._units or self._split_units())[1]

    @property
    def sentence_spans(self) -> tuple[tuple[int, int, int], ...]:
        return (self._units or self._split_units())[2]

    def _split_units(self) -> tuple:
        """Sentences and paragraphs: the title is one of each, the text's are numbered after it."""
        title, text = self.article.title, self.article.text
        text_paras, text_sents = paragraphs_and_sentences(text) if text else ([], [])
        n_title = len(self._title_cols[0])
        has_title = 1 if n_title else 0
        sent_spans = [(TITLE, 0, len(title))] if has_title else []
        sent_spans += [(TEXT, s, e) for s, e in text_sents]
        lead = [0] * n_title
        text_starts = self._text_cols[0]
        units = (
            tuple(lead + _walk([s for s, _ in text_sents], text_starts, has_title)),
            tuple(lead + _walk([s for s, _ in text_paras], text_starts, has_title)),
            tuple(sent_spans),
        )
        _set(self, "_units", units)
        return units

    @property
    def segments(self) -> tuple[Segment, ...]:
        got = self._segments
        if got is None:
            self._segment()
            got = self._segments
        return got

    @property
    def segment_of(self) -> tuple[int, ...]:
        got = self._segment_of
        if got is None:
            self._segment()
            got = self._segment_of
        return got

    def _segment(self) -> None:
        title, text = self.article.title, self.article.text
        segs = segment_page(text) if text else ()
        if not segs:
            segs = (Segment(SegmentKind.STORY, 0, 0, title.strip(), None),)
        first_story = next((i for i, s in enumerate(segs) if s.kind != SegmentKind.FURNITURE), 0)
        seg_of = [first_story] * len(self._title_cols[0]) + _walk([s.start for s in segs], self._text_cols[0], 0)
        _set(self, "_segments", segs)
        _set(self, "_segment_of", tuple(seg_of))

    def field_text(self, field: int) -> str:
        return self.article.title if field == TITLE else self.article.text

    def field_range(self, field: int) -> range:
        """The token numbers of one field (the title's tokens come first)."""
        n_title = len(self._title_cols[0])
        return range(0, n_title) if field == TITLE else range(n_title, len(self.field_of))


_ARABIC_RUN = re.compile("[\u0600-\u06ff]+")
_LATIN_RUN = re.compile("[A-Za-z]+")  # c.isascii() and c.isalpha()


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones in the first 2,000 characters, else 'en'."""
    sample = text[:2000]
    arabic = sum(map(len, _ARABIC_RUN.findall(sample)))
    latin = sum(map(len, _LATIN_RUN.findall(sample)))
    return "ar" if arabic > latin else "en"


def _walk(starts: list[int], token_starts: list[int], base: int) -> list[int]:
    """Per token, base + the index of the last span starting at or before it (the first span if none).

    Both lists are in text order, so each span's tokens are one run: its bounds are found
    by bisection per span and the numbers written a run at a time, not a step per token.
    """
    n = len(token_starts)
    if len(starts) <= 1 or not n:
        return [base] * n
    # bounds[k]: the first token of span k + 1 (a span starting inside a word takes no token of it);
    # in order, as the spans are
    bounds = list(map(bisect_left, repeat(token_starts), starts[1:]))
    counts = map(sub, bounds + [n], [0] + bounds)
    return list(chain.from_iterable(map(repeat, range(base, base + len(starts)), counts)))


def analyze(article: Article) -> Document:
    """Analyze an article: its tokens now; sentences, paragraphs and page segments when asked."""
    title, text = article.title, article.text
    return Document(
        article,
        article.lang or detect_lang(f"{title}\n{text}"),
        scan(title) if title else ([], [], [], []),
        scan(text) if text else ([], [], [], []),
    )

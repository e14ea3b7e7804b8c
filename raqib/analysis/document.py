"""The analysis chain: an article in, an analyzed document out.

Title and text are tokenized separately (hit offsets point into the field they
came from). The title is a sentence and a paragraph of its own and belongs to
the page's first story. The text is segmented into stories and furniture
before sentences are cut, so no sentence crosses from a story into a headline
list.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from raqib.analysis.segments import Segment, SegmentKind, segment_page
from raqib.analysis.sentences import paragraphs, sentences
from raqib.analysis.tokens import Token, tokenize
from raqib.article import Article

TITLE, TEXT = 0, 1
FIELDS = ("title", "text")


@dataclass(frozen=True, slots=True)
class Document:
    """An analyzed article: tokens with their field, sentence, paragraph and segment."""

    article: Article
    lang: str
    tokens: tuple[Token, ...]
    field_of: tuple[int, ...]  # TITLE or TEXT, per token
    sentence_of: tuple[int, ...]  # sentence number, per token
    paragraph_of: tuple[int, ...]
    segment_of: tuple[int, ...]  # index into segments, per token
    sentence_spans: tuple[tuple[int, int, int], ...]  # (field, start, end) per sentence
    segments: tuple[Segment, ...]

    def field_text(self, field: int) -> str:
        return self.article.title if field == TITLE else self.article.text


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones in the first 2,000 characters, else 'en'."""
    sample = text[:2000]
    arabic = sum(1 for c in sample if "\u0600" <= c <= "\u06ff")
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "ar" if arabic > latin else "en"


def _spans_index(spans: list[tuple[int, int]], tokens: list[Token], base: int) -> list[int]:
    """The number of the span each token starts in (tokens and spans are both in text order)."""
    starts = [s for s, _ in spans]
    return _walk(starts, tokens, base)


def _walk(starts: list[int], tokens: list[Token], base: int) -> list[int]:
    """Per token, base + the index of the last span starting at or before it (the first span if none).

    Both lists are in text order, so each span's tokens are one run: found by
    bisection per span, not by a step per token.
    """
    if not tokens:
        return []
    token_starts = [t.start for t in tokens]
    out: list[int] = []
    lo = 0
    for k in range(1, len(starts)):
        hi = bisect_left(token_starts, starts[k], lo)
        out += [base + k - 1] * (hi - lo)
        lo = hi
    out += [base + len(starts) - 1 if starts else base] * (len(tokens) - lo)
    return out


def analyze(article: Article) -> Document:
    """Analyze an article: tokens, sentences, paragraphs and page segments."""
    title_tokens = tokenize(article.title) if article.title else []
    text_tokens = tokenize(article.text) if article.text else []
    segs = segment_page(article.text) if article.text else ()
    if not segs:
        segs = (Segment(SegmentKind.STORY, 0, 0, article.title.strip(), None),)
    first_story = next((i for i, s in enumerate(segs) if s.kind != SegmentKind.FURNITURE), 0)

    text_sents = sentences(article.text)
    text_paras = paragraphs(article.text)
    has_title = 1 if title_tokens else 0
    sent_spans = [(TITLE, 0, len(article.title))] if has_title else []
    sent_spans += [(TEXT, s, e) for s, e in text_sents]

    seg_starts = [s.start for s in segs]
    segment_of = [first_story] * len(title_tokens) + _walk(seg_starts, text_tokens, 0)
    lang = article.lang or detect_lang(f"{article.title}\n{article.text}")
    return Document(
        article=article,
        lang=lang,
        tokens=tuple(title_tokens + text_tokens),
        field_of=(TITLE,) * len(title_tokens) + (TEXT,) * len(text_tokens),
        sentence_of=tuple([0] * len(title_tokens) + _spans_index(text_sents, text_tokens, has_title)),
        paragraph_of=tuple([0] * len(title_tokens) + _spans_index(text_paras, text_tokens, has_title)),
        segment_of=tuple(segment_of),
        sentence_spans=tuple(sent_spans),
        segments=segs,
    )

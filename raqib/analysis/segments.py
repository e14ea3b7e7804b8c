"""Page segmentation: the page's own story, stories embedded after "read also", and furniture.

Rules match stories (the page's own and embedded ones) by default and
furniture only with ``scope: page``, so the split decides what an alert can
be raised on. The page is read line by line (``furniture.split_lines`` gives
every line a class); the decisions are:

- Leading lines before the story's title are furniture when they look like
  navigation, a masthead, datelines or a headline ticker (d001-style pages).
- After a "read also" marker, a headline followed by real paragraphs is an
  EMBEDDED story; a list of short headlines is FURNITURE. A marker with a
  headline on the same line ("إقرأ المزيد موسكو تحذر ...") is furniture.
- After a list marker ("مقالات مشابهة", "الأكثر قراءة", "Related") the list runs
  until a headline followed by paragraphs starts a story again.
- A markerless run of short headline lines with datelines or category bullets
  is a ticker; a run of short fragments is navigation or a table: FURNITURE.
- Source, date, share and follow lines are furniture at a story's tail, but
  stay in the story when they sit between its title and its body: splitting
  there would cut the headline off its story, and rules are matched per story.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from raqib.analysis.furniture import (
    BLANK,
    BODY,
    BULLET,
    DATE,
    FRAG,
    HEAD,
    INLINE,
    LIST,
    MARK,
    META,
    READ,
    TAGLINE,
    TITLE_LIKE,
    Line,
    split_lines,
)


class SegmentKind(StrEnum):
    STORY = "story"
    EMBEDDED = "embedded"
    FURNITURE = "furniture"


@dataclass(frozen=True, slots=True)
class Segment:
    kind: SegmentKind
    start: int  # char offsets into the article text, [start, end)
    end: int
    title: str  # first non-empty line of the segment, stripped
    marker: str | None  # the marker that opened it ("إقرأ أيضاً", "مقالات مشابهة", ...), None for the first story


_STORY, _EMBEDDED, _FURNITURE = SegmentKind.STORY, SegmentKind.EMBEDDED, SegmentKind.FURNITURE
_FURNITURE_ISH = frozenset({MARK, INLINE, TAGLINE, META, DATE, BULLET, FRAG})
_TICKER_PARTS = frozenset({BLANK, HEAD, FRAG, DATE, BULLET})
_MAX_TITLE_GAP = 6  # non-blank lines (captions, bylines, datelines) allowed between a title and its body


def _is_teaser(text: str, line: Line) -> bool:
    """A lede repeated further down (a teaser above a ticker): not where the story starts."""
    stem = line.text.rstrip(".… ")
    return len(stem) >= 40 and text.find(stem, line.end) >= 0


def _starts_story(lines: list[Line], j: int) -> bool:
    """Line j opens a story: it is a body paragraph, or a title whose body follows close below."""
    cls = lines[j].cls
    if cls == BODY:
        return True
    if cls not in TITLE_LIKE and cls != FRAG:
        return False
    titles = others = 0
    for k in range(j + 1, min(len(lines), j + 12)):
        cls = lines[k].cls
        if cls == BODY:
            return True
        if cls in TITLE_LIKE:  # one standfirst sentence is fine; another headline means a list
            titles += 1
            if titles > 1 or cls == HEAD:
                return False
        elif cls in (FRAG, DATE, META):  # byline, dateline, "تاريخ النشر"
            others += 1
            if others > 3:
                return False
        elif cls != BLANK:
            return False
    return False


def _story_start(text: str, lines: list[Line]) -> int:
    """Index of the first story's first line; the lines before it are leading furniture."""
    body = next((i for i, ln in enumerate(lines) if ln.cls == BODY and not _is_teaser(text, ln)), None)
    if body is None:
        return 0
    # The title: the nearest headline above the body, past a lede, captions, bylines and datelines;
    # failing that, the nearest title-like line (a headline ending in "؟" or ".").
    title = nearest = None
    seen = 0
    for k in range(body - 1, -1, -1):
        cls = lines[k].cls
        if cls == HEAD:
            title = k
            break
        if cls in TITLE_LIKE and nearest is None:
            nearest = k
        if cls in (MARK, INLINE, TAGLINE, BULLET) or seen >= _MAX_TITLE_GAP:
            break
        seen += cls != BLANK
    title = nearest if title is None else title
    if title is None:
        k = body - 1
        while k >= 0 and lines[k].cls == BLANK:
            k -= 1
        # a short title ("Putin visits Syria") right above its body
        title = k if k >= 0 and lines[k].cls == FRAG else body
    else:
        # The title block runs up to its first line: kicker, title, "تاريخ النشر", subtitle...
        while title > 0 and (lines[title - 1].cls in TITLE_LIKE or lines[title - 1].cls in (META, FRAG)):
            title -= 1
        while lines[title].cls == META:
            title += 1  # ...but an ad or share line glued on top is not part of it
    # The same headline printed twice around a dateline ("title / تاريخ النشر / title"): start at the first.
    k = title - 1
    while k >= 0 and lines[k].cls in (BLANK, META, DATE):
        k -= 1
    if k >= 0 and lines[k].text == lines[title].text:
        title = k
    if title == 0:
        return 0
    # Is the zone above the title furniture? Count its lines: datelines, menus and markers on one
    # side, headlines on the other (headlines under "BREAKING" / "آخر الأخبار" are list items).
    furn, dated, heads, listed = 0, 0, [], False
    for ln in lines[:title]:
        listed = listed or (ln.cls == MARK and ln.family == LIST)
        if ln.cls in _FURNITURE_ISH or (ln.cls == BODY and _is_teaser(text, ln)):
            furn += 1
            dated += ln.cls in (DATE, BULLET)
        elif ln.cls in TITLE_LIKE:
            furn += listed
            heads += [] if listed else [ln]
    ticker = listed or (len(heads) >= 2 and dated >= 2)
    # Headlines above the title are furniture only if they repeat below (the title twice) or form a ticker.
    unrepeated = sum(1 for ln in heads if text.find(ln.text, lines[title].start) < 0)
    if furn >= 1 and furn >= len(heads) and (unrepeated == 0 or ticker):
        return title
    return 0


def _list_end(lines: list[Line], i: int) -> int:
    """First line after a list marker at i that opens a story again (or len(lines))."""
    for j in range(i + 1, len(lines)):
        cls = lines[j].cls
        if cls == MARK or (cls != BLANK and cls != BULLET and _starts_story(lines, j)):
            return j
    return len(lines)


def _ticker_end(lines: list[Line], i: int) -> tuple[int, bool]:
    """End of the run of short lines starting at i, and whether it is a ticker or navigation."""
    j = i
    heads = frags = dated = 0
    n = len(lines)
    while j < n and lines[j].cls in _TICKER_PARTS:
        cls = lines[j].cls
        if cls == HEAD:
            if _starts_story(lines, j):
                break  # the headline of what follows, not part of the run
            heads += 1
        elif cls == FRAG:
            frags += 1
        elif cls != BLANK:
            dated += 1
        j += 1
    while j > i and lines[j - 1].cls == BLANK:
        j -= 1
    at_end = all(ln.cls in (BLANK, META, TAGLINE, MARK, INLINE) for ln in lines[j:])
    ticker = (
        (heads >= 2 and dated >= 2)  # headline / date / category, repeated
        or (frags + dated >= 5 and frags + dated >= 2 * heads)  # menus, mastheads, info boxes, tables
        or (at_end and heads >= 2 and heads + frags >= 3)  # a headline list closing the page
    )
    return j, ticker


def segment_page(text: str) -> tuple[Segment, ...]:
    """Split a page into segments that cover the text contiguously, in order.

    Returns STORY for the page's own story, EMBEDDED for whole stories appended
    after a "read also" marker (or after a list that ends in a story), and
    FURNITURE for everything else (headline lists, tickers, tags, source and
    date lines, navigation); adjacent furniture is merged. An empty text has
    no segments. Pure; each line is looked at a bounded number of times.
    """
    if not text:
        return ()
    lines = split_lines(text)
    n = len(lines)
    kinds: list[SegmentKind] = [_FURNITURE] * n
    markers: list[str | None] = [ln.marker for ln in lines]
    start = _story_start(text, lines)
    current, marker, had_story = _STORY, None, False
    i = seg_first = start
    while i < n:
        ln = lines[i]
        cls = ln.cls
        if cls == MARK:
            first = next((j for j in range(i + 1, n) if lines[j].cls != BLANK), n)
            if ln.family == READ and first < n and _starts_story(lines, first):
                i = first  # "إقرأ أيضاً:" then a headline and paragraphs: a whole story
            else:
                i = _list_end(lines, i)
            if i < n:  # what follows a marker is another story, unless the page's own has not begun
                current, marker = (_EMBEDDED, ln.marker) if had_story else (_STORY, None)
                seg_first = i
            continue
        if cls in (INLINE, TAGLINE):  # foreign headlines and tag lists: furniture even mid-story
            i += 1
            continue
        end = i + 1
        if cls in _TICKER_PARTS and cls != BLANK and i > seg_first:
            end, ticker = _ticker_end(lines, i)
            if ticker:
                i = end
                continue
            end = max(end, i + 1)  # a short run that is no ticker: subheads, captions
        for k in range(i, end):
            kinds[k], markers[k] = current, marker
        had_story = True
        i = end
    _furniture_tails(lines, kinds, markers)
    return _build(lines, kinds, markers)


def _furniture_tails(lines: list[Line], kinds: list[SegmentKind], markers: list[str | None]) -> None:
    """Source/date/share lines become furniture where nothing but furniture follows them."""
    n = len(lines)
    i = 0
    while i < n:
        if lines[i].cls != META or kinds[i] == _FURNITURE:
            i += 1
            continue
        j = i
        while j < n and kinds[j] != _FURNITURE and lines[j].cls in (META, BLANK):
            j += 1
        if j == n or kinds[j] == _FURNITURE:
            for k in range(i, j):
                kinds[k], markers[k] = _FURNITURE, lines[k].marker
        i = j


def _build(lines: list[Line], kinds: list[SegmentKind], markers: list[str | None]) -> tuple[Segment, ...]:
    # Blank lines follow the line above them (a story keeps its trailing blank lines); leading
    # blanks follow the first non-blank line.
    prev = next((kinds[i] for i, ln in enumerate(lines) if ln.cls != BLANK), kinds[0])
    for i, ln in enumerate(lines):
        if ln.cls == BLANK:
            kinds[i] = prev
        else:
            prev = kinds[i]
    out: list[Segment] = []
    i, n = 0, len(lines)
    while i < n:
        kind = kinds[i]
        j = i
        while j < n and kinds[j] == kind:
            j += 1
        title = next((ln.text for ln in lines[i:j] if ln.text), "")
        # A story's marker is the one that opened it (None for the page's own); a furniture
        # block's is the first marker inside it (None for a markerless ticker or menu).
        marker = next((markers[k] for k in range(i, j) if markers[k] and lines[k].cls != BLANK), None)
        out.append(Segment(kind, lines[i].start, lines[j - 1].end, title, marker))
        i = j
    return tuple(out)

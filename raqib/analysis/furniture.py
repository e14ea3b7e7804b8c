"""Marker families and line classes for page segmentation (used by ``segments``).

News pages wrap a story in "furniture": related-headline lists, tag lines,
source and publication-date lines, navigation, share and cookie banners. Each
site words these differently, so markers are written as *families* of regexes
over a folded form of the line (no diacritics or tatweel, one alef, ى→ي, ة→ه,
Latin lower-cased), which makes "إقرأ أيضاً:", "اقرأ ايضا" and "اقرا أيضًا"
one marker. Every page line gets one class; ``segments`` decides from the
sequence of classes where stories, embedded stories and furniture lie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Line classes. HEAD/SHORT/PARA/BODY are "title-like": they can open a story.
BLANK, MARK, INLINE, TAGLINE, META, DATE, BULLET, FRAG, HEAD, SHORT, PARA, BODY = range(12)
TITLE_LIKE = frozenset({HEAD, SHORT, PARA, BODY})
# Marker families: READ markers may introduce a whole embedded story, the others never do.
READ, LIST = "read", "list"

_FOLD = str.maketrans(
    {**{c: "ا" for c in "أإآٱ"}, "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك"}
    | dict.fromkeys(
        [chr(c) for c in range(0x064B, 0x0660)]
        + ["\u0670", "\u0640", "\ufeff", "\u2066", "\u2067", "\u2068", "\u2069"]
        + [chr(c) for c in range(0x200B, 0x2010)]
        + [chr(c) for c in range(0x202A, 0x202F)]
    )
)


# ``str.translate`` with a dict raises and catches a KeyError for every character it leaves alone;
# the same table applied as one regex deletion and a ``replace`` per mapped letter is 3x faster.
def _char_ranges(codes: list[int]) -> str:
    """A regex character class body of code point ranges (the stdlib engine tests ranges 2x faster
    than the same characters listed one by one)."""
    out, codes = [], sorted(codes)
    lo = prev = codes[0]
    for c in codes[1:] + [-1]:
        if c != prev + 1:
            out.append(f"\\u{lo:04x}" if lo == prev else f"\\u{lo:04x}-\\u{prev:04x}")
            lo = c
        prev = c
    return "".join(out)


# One character, not a run: a pattern that opens with a character class (not a repeat) lets the
# stdlib engine skip ahead by that class alone, 2x faster on a line with nothing to drop (nearly all).
_FOLD_DROP = re.compile(f"[{_char_ranges([c for c, v in _FOLD.items() if v is None])}]")
_FOLD_MAP = tuple((chr(c), v) for c, v in _FOLD.items() if v is not None)
assert all(len(v) == 1 and ord(v) not in _FOLD for _, v in _FOLD_MAP)  # so the order of the steps is free


def fold(s: str) -> str:
    """Fold a line for marker matching: drop diacritics/tatweel/bidi marks, unify alef, lower-case."""
    if s.isascii():  # the table has no ASCII character
        return s.lower()
    s = _FOLD_DROP.sub("", s)
    for a, b in _FOLD_MAP:
        if a in s:
            s = s.replace(a, b)
    return s.lower()


_BULLETS = "•●○◦▪▫■□◆◇►▶▸➤➜→·*-–—"
_LEAD = re.compile(rf"^[\s{re.escape(_BULLETS)}|#]*")
_END = "(?![\\w'’-])"  # a marker is whole words: "ذات صلة" but not "ذات صلةٍ بـ" or "tagsx"

# Each family: (READ or LIST, regex over the folded line after bullets, how to read a line with more
# text after the marker). "inline": the rest is a foreign headline (furniture even mid-story);
# "sep": a marker only when a separator (":" "|" "-") follows, or when alone; "alone": only when alone
# on its line (or followed by "عرض المزيد >"); "tag"/"tagsep": the rest is a tag list (with a separator).
_FAMILIES: list[tuple[str, str, str]] = [
    # "Read also" and friends: the page may append a whole story after these.
    (
        READ,
        (  # "اقرأ أيضا في الاقتصاد:"
            r"(?:اقرا|اقراو|طالع|شاهد|اطلع|تابع)\s+(?:ايضا|كذلك|المزيد|اكثر)"
            r"(?:\s+في(?:\s+\S+){1,3}?(?=\s*[:：]|\s*$))?"
        ),
        "inline",
    ),
    (READ, r"(?:يمكنك\s+)?(?:اقرا|قراءه)\s+(?:المزيد|ايضا)", "inline"),
    (READ, r"(?:read|see)\s+(?:also|more|next)|also\s+(?:read|see)|more\s+on\s+this(?:\s+story)?", "sep"),
    # Headline lists: related, most read, latest, picks.
    (
        LIST,
        (
            r"(?:مقالات|مواضيع|موضوعات|اخبار|الاخبار|قصص|تقارير|روابط)"
            r"\s+(?:مشابهه|ذات\s+صله|ذات\s+الصله|متعلقه|مرتبطه|مقترحه|اخري)"
        ),
        "inline",
    ),
    (
        LIST,
        r"ذات\s+صله|قد\s+(?:يهمك|يعجبك|تهمك)(?:\s+(?:ايضا|كذلك))?|اخترنا\s+لك|ننصحك\s+بقراءه|مختارات(?:\s+المحرر)?",
        "inline",
    ),
    (LIST, r"(?:الاكثر|الاوسع)\s+(?:قراءه|مشاهده|تداولا?|انتشارا|شعبيه|تعليقا|مشاركه)", "inline"),
    (
        LIST,
        (
            r"(?:اخر|احدث|اهم|ابرز)\s+(?:الاخبار|الاحداث|المقالات|المواضيع|الموضوعات|الفيديوهات)"
            r"|شريط\s+الاخبار|المزيد\s+من\s+الاخبار"
        ),
        "inline",
    ),
    (LIST, r"عاجل|اخبار\s+عاجله|المزيد", "alone"),
    (
        LIST,
        (
            r"related(?:\s+(?:articles?|stories|news|posts|content|topics|coverage|reading|videos?))?"
            r"|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+(?:for\s+you|stories|articles|reading))?"
            r"|editor'?s\s+picks?|top\s+stories|more\s+(?:stories|news|headlines)"
        ),
        "sep",
    ),
    (
        LIST,
        r"most\s+(?:read|popular|viewed|shared|commented)|trending(?:\s+now)?|latest(?:\s+(?:news|stories|headlines))?",
        "sep",
    ),
    (LIST, r"more\s+from(?:\s+\S+){1,4}|breaking(?:\s+news)?|popular(?:\s+now)?", "alone"),
    # Tag lines: the rest of the line is a list of tags (names included), never story text.
    (LIST, r"(?:ال)?كلمات\s+(?:ال)?(?:دلاليه|مفتاحيه|البحث)", "tag"),
    (LIST, r"(?:ال)?وسوم|الوسم|هاشتاج|هاشتاغ|tags?|keywords|topics", "tagsep"),
]
# Single-line furniture, with how much text may follow the marker: source (a separator, then a name),
# publication date (a separator or a date), masthead (a name), navigation/follow/share/ads (next to nothing).
_META: dict[str, str] = {
    "src": r"(?:ال)?مصدر(?:\s+الخبر)?|sources?",
    "date": r"تاريخ\s+(?:النشر|الاضافه|التحديث|الخبر)|(?:تم\s+)?(?:النشر|نشر|التحديث|اخر\s+تحديث)(?:\s+(?:في|بتاريخ|يوم))?"
    r"|(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+(?:on|at))?",
    "mast": r"رئيس\s+(?:مجلس\s+الاداره|التحرير)|(?:مستشار|مدير|نائب\s+رئيس|سكرتير)\s+التحرير|editor[\s-]+in[\s-]+chief",
    "nav": r"تابع\s+(?:احدث|اخر|اهم)\s+الاخبار|تابعو?نا|تابعوا|شارك(?:وا)?(?:\s+(?:الخبر|المقال|الموضوع))?|مشاركه|اشترك|حمل\s+تطبيق|follow\s+us|share"
    r"|subscribe|sign\s+up|newsletter|download\s+(?:our|the)\s+app|advertisements?|sponsored|اعلان|show\s+news\s+feed"
    r"|smaller\s+bigger|تكبير\s+الخط|تصغير\s+الخط|print|طباعه|اغلاق|close|التفاصيل\s+في\s+الرابط"
    r"|(?:للمزيد|لمزيد\s+من\s+التفاصيل)\s+(?:اضغط|انقر)\s+هنا|click\s+here|skip\s+to(?:\s+main)?\s+content",
}
_ALT = "|".join(f"(?P<f{i}>{rx})" for i, (_, rx, _) in enumerate(_FAMILIES))
_META_ALT = "|".join(f"(?P<{k}>{rx})" for k, rx in _META.items())
_MARKER = re.compile(rf"(?:{_ALT}|{_META_ALT}){_END}")
_NAV_REST = re.compile(r"\s*(?:[:：|\-–—]|(?:عبر|على|علي|في|من\s+خلال|on|via|with|to|this|the|our|us)\b)")
_TRAIL_JUNK = re.compile(
    r"^\s*(?:(?:عرض|شاهد|مشاهده)\s+(?:المزيد|الكل)|(?:see|view|show)\s+(?:all|more))?[\s:：|\-–—>»«.…]*$"
)
_HAS_SEP = re.compile(r"^\s*[:：|\-–—]")
_COOKIE = re.compile(r"cookie|كوكيز|الكوكيز|ملفات\s+(?:تعريف\s+)?الارتباط")
# Every match of _COOKIE contains "cookie", "كوكيز" or "ملفات": a 4x quicker test before the search.
_COOKIE_ACT = re.compile(r"accept|agree|consent|we\s+use|uses|نستخدم|يستخدم|موافق|قبول|اوافق")

# Month names (Gregorian in Egyptian, Levantine and Maghrebi usage, Hijri, English) and other dateline words.
_MONTH_NAMES = (
    "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار"
    "|حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه|اوت|محرم|صفر|ربيع|جمادي|رجب|شعبان|رمضان"
    "|شوال|january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_OTHER_DATE_WORDS = (
    "السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|monday|tuesday"
    "|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|gmt|utc|am|pm|ص|م|ه|مساء|صباحا"
    "|ago|منذ|ساعه|ساعات|دقيقه|دقائق|hours|hour|minutes|القعده|الحجه|ذو|الاول|الثاني|الاخر"
)
_DATE_WORDS = frozenset(_MONTH_NAMES.split("|") + _OTHER_DATE_WORDS.split("|"))
_MONTH_RX = "|".join(sorted(_MONTH_NAMES.split("|"), key=len, reverse=True))
# A date or a time: 13/12/2017, 2024-11-25, 11:58, "7th, September", "24 أبريل", "May 17".
_DATE_HINT = re.compile(
    rf"\d{{1,4}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,4}}|\d{{1,2}}:\d{{2}}"
    rf"|\d(?:st|nd|rd|th)?,?\s+(?:{_MONTH_RX})(?!\w)|(?<!\w)(?:{_MONTH_RX})\s+\d"
)
_TERMINAL = frozenset(".!?؟…")
_CLOSERS = "\"'”’»)]}›“ \t\r"
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(slots=True)
class Line:
    """One line of the page: offsets [start, end) include its newline; ``text`` is stripped."""

    start: int
    end: int
    text: str
    cls: int
    words: int
    family: str | None = None  # READ or LIST for MARK/INLINE lines
    marker: str | None = None  # the marker phrase as written on the page ("إقرأ أيضاً")


def _word_count(content: str) -> int:
    """``len(content.split())`` of a line without leading or trailing whitespace.

    Most lines are printable with single spaces: whitespace other than the space is never
    printable, so their words are the spaces plus one, counted without a list of them.
    """
    if content and content.isprintable() and "  " not in content:
        return content.count(" ") + 1
    return len(content.split())


def _terminated(s: str) -> bool:
    s = s.rstrip(_CLOSERS)
    return bool(s) and s[-1] in _TERMINAL


def _is_date(folded: str, words: list[str]) -> bool:
    """A dateline: a date or time, plus at most three other words (a category, a site name)."""
    if len(words) > 12 or not _DATE_HINT.search(folded):
        return False
    other = 0
    for w in words:
        w = _NON_WORD.sub("", w).removeprefix("ال")
        if w and not w.isdigit() and w not in _DATE_WORDS and w.rstrip("stndrh").isalpha():
            other += 1
    return other <= 3


def _marker_phrase(content: str, folded_marker: str) -> str:
    """The marker as written on the page: as many original words as the folded match has."""
    k = len(folded_marker.split())
    return " ".join(content.split()[:k]).rstrip(":：|-–—>».… ")


def classify(start: int, end: int, raw: str) -> Line:
    """Classify one line (``raw`` without its newline)."""
    return _classify(start, end, raw, None, True)


def _classify(start: int, end: int, raw: str, folded_raw: str | None, cookies: bool) -> Line:
    """``classify``, given ``fold(raw)`` if known; ``cookies``: False if the line cannot name cookies."""
    text = raw.strip()
    if not text:
        return Line(start, end, "", BLANK, 0)
    lead = _LEAD.match(text).end()
    content = text[lead:]
    n = _word_count(content)
    # fold(content): fold is character-local and keeps whitespace and bullets as they are (one
    # character each), so it is fold(raw) less as many characters on each side as were stripped.
    if folded_raw is None:
        folded = fold(content)
    elif len(text) == len(raw):
        folded = folded_raw[lead:]
    else:
        left = len(raw) - len(raw.lstrip())
        folded = folded_raw[left + lead : len(folded_raw) - (len(raw) - left - len(text))]
    m = _MARKER.match(folded)
    if m:
        rest = folded[m.end() :]
        alone = _TRAIL_JUNK.match(rest) is not None
        phrase = _marker_phrase(content, m.group())
        kind = m.lastgroup
        if kind in _META:
            sep = _HAS_SEP.match(rest) is not None
            if (
                alone
                or (kind == "src" and sep and n <= 10)
                or (kind == "date" and n <= 14 and (sep or _DATE_HINT.search(rest)))
                or (kind == "mast" and n <= 8)
                or (kind == "nav" and n <= 8 and _NAV_REST.match(rest))
            ):
                return Line(start, end, text, META, n, None, phrase)
        else:
            family, _, how = _FAMILIES[int(kind[1:])]
            if alone:
                return Line(start, end, text, MARK, n, family, phrase)
            if how == "tag" or (how == "tagsep" and _HAS_SEP.match(rest)):
                return Line(start, end, text, TAGLINE, n, family, phrase)
            if how == "inline" or (how == "sep" and _HAS_SEP.match(rest)):
                return Line(start, end, text, INLINE, n, family, phrase)
    if (
        cookies
        and n <= 60
        and ("cookie" in folded or "كوكيز" in folded or "ملفات" in folded)
        and _COOKIE.search(folded)
        and _COOKIE_ACT.search(folded)
    ):
        return Line(start, end, text, META, n)
    if n > 16:  # the classes below that need fewer words (DATE <= 12, BULLET/FRAG/HEAD <= 16) are out
        return Line(start, end, text, BODY if n >= 30 or (n >= 20 and _terminated(content)) else PARA, n)
    term = _terminated(content)
    if n <= 12 and _is_date(folded, content.split()):
        cls = DATE
    elif lead and text[0] in _BULLETS and n <= 16 and not (term and n >= 12):
        cls = BULLET
    elif not term and n <= 4:
        cls = FRAG
    elif not term and n <= 16:
        cls = HEAD
    elif (term and n >= 20) or n >= 30:
        cls = BODY
    elif term and n < 12:
        cls = SHORT
    else:
        cls = PARA
    return Line(start, end, text, cls, n)


def split_lines(text: str) -> list[Line]:
    """Classify every line of ``text``; the lines cover the text contiguously."""
    raws = text.split("\n")
    if not raws[-1]:
        raws.pop()  # the text ends in a newline (or is empty): no line after it
    # One fold of the whole page instead of one per line (fold is character-local and keeps newlines).
    folded = fold(text)
    # A page that nowhere names cookies has no cookie banner line: the per-line test is skipped.
    cookies = "cookie" in folded or "كوكيز" in folded or "ملفات" in folded
    out = []
    append = out.append
    pos = 0
    for raw, folded_raw in zip(raws, folded.split("\n")):
        end = pos + len(raw) + 1
        append(_classify(pos, end, raw, folded_raw, cookies))
        pos = end
    if out and pos > len(text):
        out[-1].end = len(text)  # the last line has no newline
    return out

"""Fast paths of page segmentation and sentences, each compared with the code it replaced.

Page lines: one fold per page, a cookie test per page, long lines past the short-line
classes, word counts without a list; sentence ends of pages whose only terminal mark is
the period.
"""

from __future__ import annotations

import random
import re

import pytest
import regex
from test_fast_paths import ARABIC_PAGE, _pool, _reference_sentences

from raqib.analysis import furniture
from raqib.analysis.furniture import fold
from raqib.analysis.sentences import _END_BMP, _END_DOT, paragraphs, sentences

_PAGE_LINES = [
    "إقرأ أيضاً: عاجل",
    "  • مقالات مشابهة  ",
    "\u200fتاريخ النشر: 2024-11-25\u200f",
    "\tالمصدر: وكالة الأنباء  \r",
    "ملفات تعريف الارتباط: نستخدم ملفات الكوكيز لتحسين تجربتك. موافق",
    "We use COOKIES to improve your experience. Accept",
    "نستخدم مَلَفّات تعريف الارتباط، هل توافق؟",
    "قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام عدة أشهر بسبب الخلافات.",
    "The minister said on Tuesday that the talks would resume next week in the capital after a pause of several "
    "months, officials and diplomats from both sides told reporters outside the building",
    "ΟΔΥΣΣΕΥΣ ΣΑΣ Σ",
    "· ΣΑΣ",
    "— İSTANBUL \u212aELVIN —",
    "كـــبيـرٌ \u200fلافروف",
    "ـ\u064b ",
    "   ",
    "",
    "\u3000\u00a0ذات صلة\u2009",
    "Related: | Tags: Syria, Russia",
    "الخميس 13/12/2017 11:58 ص",
    "مقال رأي في ٣ أسطر فقط.",
]


def _pages(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pages = ("\n".join(rnd.choice(_PAGE_LINES) for _ in range(rnd.randint(0, 12))) for _ in range(n))
    return [page + rnd.choice(["", "\n"]) for page in pages]


def _classify_each_line(text: str) -> list[furniture.Line]:
    """``split_lines`` as first written: ``classify`` (its own fold, its own cookie test) per line."""
    out, pos = [], 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        out.append(furniture.classify(pos, end, text[pos : end if nl < 0 else nl]))
        pos = end
    return out


@pytest.mark.parametrize("text", ["", "\n", "a", "\n\nx\n", ARABIC_PAGE, *_pages(12, 400), *_pool(13, 300, 200)])
def test_split_lines_is_classify_per_line(text: str) -> None:
    assert furniture.split_lines(text) == _classify_each_line(text)


def test_page_fold_keeps_line_breaks_whitespace_and_bullets() -> None:
    """What ``split_lines`` relies on to cut a line's fold out of the page's fold."""
    every = "".join(map(chr, range(0x110000)))
    assert fold(every).count("\n") == 1  # no character folds into a line break
    for c in every:
        if c.isspace() or c in furniture._BULLETS or c in "|#":
            assert fold(c) == c and not (c.islower() or c.isupper() or c.istitle()), hex(ord(c))
        assert (re.match(r"\s", c) is not None) == c.isspace(), hex(ord(c))  # _LEAD strips what strip does


def _tail_class(raw: str) -> int:
    """``classify``'s classes of a line without marker or cookie banner, the chain as first written."""
    text = raw.strip()
    lead = furniture._LEAD.match(text).end()
    content = text[lead:]
    words = content.split()
    n = len(words)
    term = furniture._terminated(content)
    if furniture._is_date(fold(content), words):
        return furniture.DATE
    if lead and text[0] in furniture._BULLETS and n <= 16 and not (term and n >= 12):
        return furniture.BULLET
    if not term and n <= 4:
        return furniture.FRAG
    if not term and n <= 16:
        return furniture.HEAD
    if (term and n >= 20) or n >= 30:
        return furniture.BODY
    if term and n < 12:
        return furniture.SHORT
    return furniture.PARA


def test_long_lines_skip_the_short_line_tests() -> None:
    rnd = random.Random(14)
    vocab = "قال الوزير إن المحادثات 13/12/2017 11:58 الخميس مايو the talks will resume May 17 at 9 — ·".split()
    seen = set()
    for _ in range(4000):
        line = rnd.choice(["", "• ", "- "]) + " ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 40)))
        line += rnd.choice(["", ".", "؟", ".»", " …"])
        got = furniture.classify(0, 1, line)
        if got.cls in (furniture.MARK, furniture.INLINE, furniture.TAGLINE, furniture.META):
            continue
        assert got.cls == _tail_class(line), line
        seen.add((got.cls, got.words > 16))
    assert len(seen) >= 8  # short and long lines of many classes


def _reference_paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


@pytest.mark.parametrize(
    "text", ["", "\n", " \n\t\n", "a\n \n\u3000\nb ", ARABIC_PAGE, *_pages(15, 100), *_pool(16, 200, 200)]
)
def test_paragraphs_are_the_nonblank_lines(text: str) -> None:
    assert paragraphs(text) == _reference_paragraphs(text)


def test_period_only_sentence_ends() -> None:
    """A page with no terminal mark but the period: the period pattern finds what the full one does."""
    every = "".join(map(chr, range(0x10000)))
    common = [*".\"'”’»)]", *"ABZaz.  \n1", "ب", "ـ", "٣"]
    rare = regex.findall(r"[\s\d]", every)  # every whitespace and digit the lookbehinds must know
    rnd = random.Random(17)
    dot_pages = 0
    for _ in range(20_000):
        n = rnd.randint(0, 30)
        text = "".join(rnd.choice(common if rnd.random() < 0.8 else rare) for _ in range(n))
        ends = [m.end() for m in _END_DOT.finditer(text)]
        assert ends == [m.end() for m in _END_BMP.finditer(text)], repr(text)
        assert sentences(text) == _reference_sentences(text), repr(text)
        dot_pages += bool(ends)
    assert dot_pages > 2000
    for text in [ARABIC_PAGE.replace("!", "."), "U.S. troops. 3.5 km. A. B. ..\u00a0x.", *_pages(18, 100)]:
        text = re.sub("[!?؟؛…]", ".", text)
        assert sentences(text) == _reference_sentences(text)
    for mark in "!?؟؛…":  # one other mark is enough to need the full pattern
        text = f"هل وصل الوفد{mark} نعم. وصل صباحاً{mark}{mark}\nWait{mark} U.S. troops left."
        assert sentences(text) == _reference_sentences(text) and len(sentences(text)) == 5, mark


def test_word_count_is_the_words_of_split():
    # every whitespace character str.split knows, alone and in runs, between Arabic and Latin words
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    lines = ["قال الوزير إن", "word", "a b  c", "كلمة\u200cواحدة ثم أخرى", "x\u061cy z", ""]
    lines += [f"قال{s}الوزير إن" for s in spaces] + [f"one two{s}{s}three" for s in spaces]
    for line in lines:
        content = line.strip()
        assert furniture._word_count(content) == len(content.split()), repr(line)

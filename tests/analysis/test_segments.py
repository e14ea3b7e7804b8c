"""Page segmentation: stories, embedded stories and furniture (texts written for these tests)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from raqib.analysis.segments import Segment, SegmentKind, segment_page

STORY, EMBEDDED, FURNITURE = SegmentKind.STORY, SegmentKind.EMBEDDED, SegmentKind.FURNITURE

# --- building blocks (invented stories) -----------------------------------------------------

AR_TITLE = "وزير الخارجية يبحث مع نظيره التركي ملف المياه في حوض الفرات"
AR_BODY = (
    "بحث وزير الخارجية اليوم الثلاثاء مع نظيره التركي في أنقرة ملف تقاسم مياه نهر الفرات، "
    "وأكد الجانبان ضرورة التوصل إلى اتفاق دائم يراعي مصالح البلدين ويحمي المزارعين على ضفتي النهر.\n\n"
    "وقال الوزير في مؤتمر صحفي مشترك إن المحادثات كانت صريحة ومثمرة، وإن اللجان الفنية ستجتمع الشهر "
    "المقبل لوضع جدول زمني واضح لتنفيذ ما اتفق عليه خلال الزيارة.\n"
)
AR_EMB_TITLE = "انطلاق معرض الكتاب الدولي في العاصمة بمشاركة مئات دور النشر"
AR_EMB_BODY = (
    "افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي في دورته الجديدة بمشاركة أكثر من خمسمئة دار نشر "
    "عربية وأجنبية، وسط إقبال لافت من الزوار في اليوم الأول.\n\n"
    "ويستمر المعرض عشرة أيام، ويتضمن برنامجه الثقافي ندوات وأمسيات شعرية وتوقيعات لكتب جديدة، إضافة إلى "
    "جناح خاص بكتب الأطفال ومسابقات للقراءة في المدارس.\n"
)
AR_HEADLINES = (
    "ارتفاع أسعار الذهب في السوق المحلية\nمنتخب الشباب يتأهل إلى نصف النهائي\nالأرصاد تحذر من موجة حر جديدة\n"
)
EN_TITLE = "Port authority opens new container terminal on the northern coast"
EN_BODY = (
    "The port authority opened a new container terminal on Monday, doubling the capacity of the northern "
    "harbour and cutting waiting times for ships that used to queue for days offshore.\n\n"
    "Officials said the terminal would handle its first vessels next week, and that a rail link to the "
    "industrial zone inland should be finished before the end of the year.\n"
)
EN_EMB_TITLE = "Heavy rain floods roads in the capital"
EN_EMB_BODY = (
    "Heavy rain flooded several main roads in the capital overnight, trapping cars and forcing the "
    "closure of two schools, the civil defence said on Tuesday morning.\n\n"
    "No injuries were reported, and crews pumped water from underpasses until the early hours.\n"
)
EN_HEADLINES = "Central bank holds rates steady\nLocal club wins the cup final\nMinistry announces exam dates\n"

AR_PAGE = f"{AR_TITLE}\n\n{AR_BODY}"
EN_PAGE = f"{EN_TITLE}\n\n{EN_BODY}"


def kinds(text: str) -> list[SegmentKind]:
    return [s.kind for s in segment_page(text)]


def segment_of(text: str, needle: str) -> Segment:
    """The segment holding the first character of ``needle``."""
    pos = text.index(needle)
    return next(s for s in segment_page(text) if s.start <= pos < s.end)


def assert_covers(text: str, segs: tuple[Segment, ...]) -> None:
    assert segs[0].start == 0 and segs[-1].end == len(text)
    for a, b in pairwise(segs):
        assert a.end == b.start
        assert not (a.kind == b.kind == FURNITURE), "adjacent furniture must be merged"
    for s in segs:
        assert s.start < s.end
        assert s.title == next((ln.strip() for ln in text[s.start : s.end].splitlines() if ln.strip()), "")


# --- "read also" markers: a whole story after them is EMBEDDED ---------------------------------

READ_MARKERS = [
    ("إقرأ أيضاً:", "إقرأ أيضاً"),
    ("اقرأ أيضا", "اقرأ أيضا"),
    ("اقرا ايضا:", "اقرا ايضا"),
    ("اقرأ أيضًا", "اقرأ أيضًا"),
    ("اقـــرأ أيضـــاً :", "اقـــرأ أيضـــاً"),  # tatweel and a spaced colon
    ("اقرأ كذلك:", "اقرأ كذلك"),
    ("اقرأ المزيد", "اقرأ المزيد"),
    ("اقرأ أيضا في الاقتصاد:", "اقرأ أيضا في الاقتصاد"),
    ("شاهد أيضاً", "شاهد أيضاً"),
    ("• طالع أيضا", "طالع أيضا"),
    ("Read also:", "Read also"),
    ("READ MORE", "READ MORE"),
    ("Also read:", "Also read"),
    ("See also", "See also"),
]


@pytest.mark.parametrize(("line", "marker"), READ_MARKERS)
def test_story_after_read_also_marker_is_embedded(line: str, marker: str) -> None:
    text = f"{AR_PAGE}\n{line}\n\n{AR_EMB_TITLE}\n\n{AR_EMB_BODY}"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY, FURNITURE, EMBEDDED]
    assert segs[0].title == AR_TITLE and segs[0].marker is None
    assert segs[1].marker == marker  # the marker line itself is furniture
    assert segs[2].title == AR_EMB_TITLE and segs[2].marker == marker
    assert text[segs[2].start :].startswith(AR_EMB_TITLE)


@pytest.mark.parametrize(("line", "marker"), [("Read also:", "Read also"), ("See also", "See also")])
def test_english_embedded_story(line: str, marker: str) -> None:
    text = f"{EN_PAGE}\n{line}\n{EN_EMB_TITLE}\n{EN_EMB_BODY}"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY, FURNITURE, EMBEDDED]
    assert (segs[2].title, segs[2].marker) == (EN_EMB_TITLE, marker)


def test_embedded_story_with_byline_under_its_headline() -> None:
    text = f"{AR_PAGE}\nإقرأ أيضاً:\n\n{AR_EMB_TITLE}\n\nوكالة الأنباء|\n\n{AR_EMB_BODY}"
    assert kinds(text) == [STORY, FURNITURE, EMBEDDED]
    assert segment_of(text, "وكالة الأنباء|").kind == EMBEDDED


@pytest.mark.parametrize(
    "page",
    [
        f"{AR_PAGE}\nإقرأ أيضاً:\n{AR_HEADLINES}",
        f"{AR_PAGE}\nاقرأ أيضا\n\n{AR_HEADLINES.replace(chr(10), chr(10) * 2)}",
        f"{EN_PAGE}\nRead more:\n{EN_HEADLINES}",
        f"{AR_PAGE}\nاقرأ المزيد\n• ارتفاع أسعار الذهب في السوق المحلية\n• منتخب الشباب يتأهل إلى نصف النهائي\n",
    ],
    ids=["ar-list", "ar-spaced-list", "en-list", "ar-bullets"],
)
def test_headline_list_after_read_also_is_furniture(page: str) -> None:
    assert kinds(page) == [STORY, FURNITURE]


def test_read_also_with_headline_on_the_same_line_is_furniture_even_mid_story() -> None:
    first, second = AR_BODY.split("\n\n")
    inline = "إقرأ المزيد الرئيس يستقبل وفدا برلمانيا إقرأ المزيد الحكومة تقر الموازنة"
    text = f"{AR_TITLE}\n{first}\n{inline}\n{second}"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY, FURNITURE, STORY]
    assert segs[1].title == inline and segs[1].marker == "إقرأ المزيد"
    assert segment_of(text, second).kind == STORY


@pytest.mark.parametrize(
    "line", ["Read also: Minister resigns after budget row", "اقرأ أيضا: الحكومة تقر الموازنة الجديدة"]
)
def test_read_also_with_headline_after_colon_is_furniture(line: str) -> None:
    text = f"{EN_PAGE}\n{line}\n"
    assert kinds(text) == [STORY, FURNITURE]
    assert segment_of(text, line).title == line


# --- headline-list markers: always furniture -------------------------------------------------

LIST_MARKERS = [
    ("مقالات مشابهة", AR_PAGE, AR_HEADLINES),
    ("مقالات ذات صلة", AR_PAGE, AR_HEADLINES),
    ("أخبار ذات صلة:", AR_PAGE, AR_HEADLINES),
    ("مواضيع ذات صلة", AR_PAGE, AR_HEADLINES),
    ("ذات صلة", AR_PAGE, AR_HEADLINES),
    ("أخبار متعلقة", AR_PAGE, AR_HEADLINES),
    ("الأكثر قراءة", AR_PAGE, AR_HEADLINES),
    ("الاكثر مشاهدة", AR_PAGE, AR_HEADLINES),
    ("الأكثر تداولاً", AR_PAGE, AR_HEADLINES),
    ("آخر الأخبار", AR_PAGE, AR_HEADLINES),
    ("● أحدث الأخبار عرض المزيد >", AR_PAGE, AR_HEADLINES),
    ("اخترنا لك", AR_PAGE, AR_HEADLINES),
    ("قد يهمك أيضاً", AR_PAGE, AR_HEADLINES),
    ("Related", EN_PAGE, EN_HEADLINES),
    ("Related stories:", EN_PAGE, EN_HEADLINES),
    ("Most read", EN_PAGE, EN_HEADLINES),
    ("Trending now", EN_PAGE, EN_HEADLINES),
    ("More from Gulf Wire", EN_PAGE, EN_HEADLINES),
    ("Latest news", EN_PAGE, EN_HEADLINES),
    ("You may also like", EN_PAGE, EN_HEADLINES),
]


@pytest.mark.parametrize(("line", "page", "items"), LIST_MARKERS, ids=[m for m, _, _ in LIST_MARKERS])
def test_headline_list_marker_opens_furniture(line: str, page: str, items: str) -> None:
    bulleted = "".join(f"  • {h}\n" for h in items.splitlines())
    for listing in (items, bulleted):
        text = f"{page}\n{line}\n\n{listing}"
        segs = segment_page(text)
        assert [s.kind for s in segs] == [STORY, FURNITURE]
        assert segs[1].start == text.index(line) and segs[1].marker


def test_list_marker_keeps_full_story_embedded_after_the_list() -> None:
    text = f"{AR_PAGE}\nمقالات ذات صلة\n{AR_HEADLINES}\n{AR_EMB_TITLE}\n{AR_EMB_BODY}"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY, FURNITURE, EMBEDDED]
    assert segs[2].title == AR_EMB_TITLE


# --- single-line furniture at a story's tail -------------------------------------------------

TAIL_LINES = [
    ("tags-ar", "كلمات دلالية: الفرات تركيا المياه وزير الخارجية"),
    ("tags-ar-keywords", "الكلمات المفتاحية: الفرات، المياه، تركيا"),
    ("tags-ar-wusum", "الوسوم: الفرات | تركيا"),
    ("tags-en", "Tags: ports, shipping, trade"),
    ("source-ar", "المصدر: وكالة الأنباء الرسمية"),
    ("source-ar-spaced", "المصدر : وكالات"),
    ("source-en", "Source: Reuters"),
    ("date-ar", "تاريخ النشر: 12 مايو 2024"),
    ("date-ar-nushir", "نشر في 3 آذار 2023 - 10:45"),
    ("date-en", "Published: 4 June 2024"),
    ("date-en-updated", "Updated 12:30 GMT, Monday 3 June 2024"),
    ("follow-app", "تابع أحدث الأخبار عبر تطبيق"),
    ("follow-us", "تابعنا على تويتر"),
    ("share-en", "Share on Facebook"),
    ("share-ar", "شارك الخبر:"),
    ("ads", "Advertisement"),
    (
        "cookie-en",
        "We use cookies to improve your experience on our site. By continuing you accept our use of cookies.",
    ),
    ("cookie-ar", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، بالضغط على موافق فإنك تقبل ذلك."),
]


@pytest.mark.parametrize("line", [line for _, line in TAIL_LINES], ids=[name for name, _ in TAIL_LINES])
def test_furniture_line_at_story_tail(line: str) -> None:
    page = EN_PAGE if line.isascii() else AR_PAGE
    text = f"{page}\n{line}\n"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY, FURNITURE]
    assert segs[1].start == text.index(line)


def test_tail_furniture_lines_merge_with_the_read_also_marker() -> None:
    tail = "المصدر: وكالات\n\nكلمات دلالية: الفرات تركيا\n\nإقرأ أيضاً:\n\n"
    text = f"{AR_PAGE}\n{tail}{AR_EMB_TITLE}\n{AR_EMB_BODY}\nالمصدر: وكالات\n\nمقالات مشابهة\n{AR_HEADLINES}"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY, FURNITURE, EMBEDDED, FURNITURE]
    assert segs[1].title == "المصدر: وكالات" and segs[1].marker == "المصدر"
    assert text[segs[1].start : segs[1].end].strip().endswith("إقرأ أيضاً:")
    assert segs[3].title == "المصدر: وكالات"


def test_tag_line_is_furniture_even_mid_page() -> None:
    first, second = AR_BODY.split("\n\n")
    text = f"{AR_TITLE}\n{first}\nكلمات دلالية: الفرات تركيا\n{second}"
    assert kinds(text) == [STORY, FURNITURE, STORY]


def test_date_and_follow_lines_under_the_title_stay_in_the_story() -> None:
    # Splitting here would cut the headline off its story; rules are matched per story.
    text = f"{AR_TITLE}\nتاريخ النشر: 12 مايو 2024\nتابع أحدث الأخبار عبر تطبيق\n{AR_BODY}"
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY]
    assert segs[0].title == AR_TITLE


@pytest.mark.parametrize(
    "line",
    [
        "المصدر الأمني قال إن التحقيقات مستمرة في الحادث.",
        "Related to the talks, officials said a second round is planned.",
        "شارك الرئيس في القمة الإقليمية التي عقدت في العاصمة أمس.",
        "نشر الجيش 200 جندي إضافي على الحدود الشمالية صباح اليوم.",
    ],
)
def test_sentences_starting_like_a_marker_stay_in_the_story(line: str) -> None:
    first, second = AR_BODY.split("\n\n")
    text = f"{AR_TITLE}\n{first}\n{line}\n{second}"
    assert kinds(text) == [STORY]


# --- furniture before the story: navigation, masthead, tickers --------------------------------

TICKER_AR = (
    "ارتفاع أسعار الذهب في السوق المحلية اليوم\n٢٤ أبريل ٢٠٢٥\n● أخبار محلية\n\n"
    "منتخب الشباب يتأهل إلى نصف النهائي بعد فوز صعب\n٢٤ أبريل ٢٠٢٥\n● رياضة\n"
    "الأرصاد تحذر من موجة حر جديدة في المناطق الساحلية\n\n٢٣ أبريل ٢٠٢٥\n● أخبار محلية\n"
)
LEADING = [
    ("ticker", TICKER_AR, AR_PAGE),
    ("ticker-with-teaser", AR_BODY.split("\n")[0][:150] + "...\n" + TICKER_AR, AR_PAGE),
    ("masthead", "رئيس مجلس الإدارة\nأحمد سالم\nرئيس التحرير\nمحمود علي\n\n", AR_PAGE),
    ("dateline", "الأحد 16 مارس 2025 08:37 صباحا\n\n", AR_PAGE),
    ("nav-menu", "  • News\n  • Politics\n  • Economy\n  • Sports\n  • Opinion\n  • Videos\n", EN_PAGE),
    ("breaking", "BREAKING\nMinister resigns after budget row\nFloods close two schools in the capital\n\n", EN_PAGE),
    ("ad-line", "Advertisement\n\n", EN_PAGE),
]


@pytest.mark.parametrize(("lead", "page"), [(lead, page) for _, lead, page in LEADING], ids=[n for n, _, _ in LEADING])
def test_leading_furniture_before_the_story(lead: str, page: str) -> None:
    text = lead + page
    segs = segment_page(text)
    assert [s.kind for s in segs] == [FURNITURE, STORY]
    assert segs[1].start == len(lead)
    assert segs[1].title == page.splitlines()[0] and segs[1].marker is None


def test_ticker_headline_mentioning_a_name_is_not_story() -> None:
    text = TICKER_AR + AR_PAGE
    assert segment_of(text, "منتخب الشباب").kind == FURNITURE
    assert segment_of(text, "بحث وزير الخارجية").kind == STORY


def test_markerless_ticker_after_the_story_is_furniture() -> None:
    text = AR_PAGE + "\n" + TICKER_AR
    assert kinds(text) == [STORY, FURNITURE]
    assert segment_of(text, "منتخب الشباب").kind == FURNITURE


def test_headline_list_closing_the_page_is_furniture() -> None:
    text = EN_PAGE + "\n" + EN_HEADLINES
    assert kinds(text) == [STORY, FURNITURE]


# --- the page's own story must stay whole ------------------------------------------------------

WHOLE_STORIES = [
    ("title-and-body", AR_PAGE),
    ("en-title-and-body", EN_PAGE),
    ("no-title", AR_BODY),
    ("title-repeated", f"{AR_TITLE}\n\n{AR_TITLE}\n\n{AR_BODY}"),
    ("title-date-caption", f"{AR_TITLE}\n13-03-2025 | 14:36\nصورة أرشيفية لنهر الفرات\n{AR_BODY}"),
    ("subheads", f"{AR_TITLE}\n{AR_BODY}\nخلفية الأزمة\n{AR_BODY}\nمواقف الأطراف\n{AR_BODY}"),
    ("short-paragraphs", f"{EN_TITLE}\nTalks went well.\nMore meetings are planned.\n{EN_BODY}"),
    ("kicker-and-subtitle", f"تقرير خاص\n{AR_TITLE}\nخطة من ثلاث مراحل لإدارة المياه\n{AR_BODY}"),
    ("question-title", f"هل تنجح المفاوضات في حل أزمة المياه؟\n\n{AR_BODY}"),
    ("short-title", f"Putin visits Damascus\n\n{EN_BODY}"),
    ("single-line", AR_BODY.split("\n")[0]),
    ("short-page", "خبر عاجل عن اجتماع الحكومة"),
]


@pytest.mark.parametrize("text", [t for _, t in WHOLE_STORIES], ids=[n for n, _ in WHOLE_STORIES])
def test_own_story_is_one_story_segment(text: str) -> None:
    segs = segment_page(text)
    assert [s.kind for s in segs] == [STORY]
    assert segs[0].title == text.strip().splitlines()[0].strip() and segs[0].marker is None


# --- contract ---------------------------------------------------------------------------------

ALL_PAGES = (
    [t for _, t in WHOLE_STORIES]
    + [lead + page for _, lead, page in LEADING]
    + [f"{AR_PAGE}\n{line}\n" for _, line in TAIL_LINES]
    + [f"{AR_PAGE}\n{m}\n\n{AR_EMB_TITLE}\n\n{AR_EMB_BODY}" for m, _ in READ_MARKERS]
    + ["\n\n" + AR_PAGE + "\n\n\n", AR_PAGE.replace("\n", "\r\n"), "  \n \n", "x"]
)


@pytest.mark.parametrize("text", ALL_PAGES)
def test_segments_cover_the_text_contiguously(text: str) -> None:
    assert_covers(text, segment_page(text))


def test_empty_text_has_no_segments() -> None:
    assert segment_page("") == ()


def test_crlf_page_segments_like_lf_page() -> None:
    text = f"{AR_PAGE}\nإقرأ أيضاً:\n{AR_EMB_TITLE}\n{AR_EMB_BODY}"
    crlf = text.replace("\n", "\r\n")
    assert kinds(crlf) == kinds(text) == [STORY, FURNITURE, EMBEDDED]
    assert segment_page(crlf)[2].title == AR_EMB_TITLE


def test_segments_are_frozen() -> None:
    seg = segment_page(AR_PAGE)[0]
    with pytest.raises(AttributeError):
        seg.kind = FURNITURE  # type: ignore[misc]


def test_five_kilobyte_page_covers_everything() -> None:
    # Speed is measured in benchmarks/, not asserted here.
    text = (
        TICKER_AR
        + AR_PAGE
        + "\nالمصدر: وكالات\nإقرأ أيضاً:\n"
        + AR_EMB_TITLE
        + "\n"
        + AR_EMB_BODY * 8
        + "\nمقالات مشابهة\n"
        + "".join(f"  • {h}\n" for h in AR_HEADLINES.splitlines() * 10)
    )
    segs = segment_page(text)
    assert segs[0].start == 0 and segs[-1].end == len(text)
    assert {s.kind.value for s in segs} >= {"story", "embedded", "furniture"}

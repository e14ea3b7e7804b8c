"""Precision guards for transliterated matches: common words, titles, foreign-name test.

Transliteration finds an Arabic-script word from a Latin-only name through a
coarse phonetic key (``raqib.analysis.translit``). Three guards keep it from
firing on the wrong word:

* ``is_common_word``: Arabic words that are also ordinary vocabulary
  ("الشرع" is al-Sharaa and "the law", "حسن" is Hassan and "good"). The engine
  accepts a transliterated hit on such a word only inside a longer name match
  or right after a word of ``TITLE_WORDS``. The list is hand-kept in
  ``data/common_words_ar.txt`` (camel-tools 1.6 ships no word-frequency data
  without a download, and the project installs none).
* ``TITLE_WORDS``: normalized titles in Arabic and English.
* ``looks_foreign``: a Latin name that is evidently not of Arabic origin. The
  Arabic press writes the vowels of such names (Peskov بيسكوف, Zelensky
  زيلينسكي), while Arabic and other Semitic names lose their short vowels
  (Tartus طرطوس, Netanyahu نتنياهو). ``translit.similar`` uses this to tell a
  name from a near name (Peskov from the city of Pskov بسكوف).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DATA_FILE = "common_words_ar.txt"


def _load_common_words() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / _DATA_FILE).read_text("utf-8")
    words = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


COMMON_WORDS: frozenset[str] = _load_common_words()

ARABIC_ARTICLE = "ال"


@lru_cache(maxsize=50_000)
def is_common_word(arabic_norm_word: str) -> bool:
    """True when the normalized Arabic word (with or without the article) is ordinary vocabulary."""
    w = arabic_norm_word
    if w in COMMON_WORDS:
        return True
    if w.startswith(ARABIC_ARTICLE) and w[2:] in COMMON_WORDS:
        return True
    # "لل" = preposition li- + article ("للشرع"), in case the engine leaves it on.
    return w.startswith("لل") and w[2:] in COMMON_WORDS


_TITLES_AR = """
رئيس الرئيس رئيسه الرئيسه وزير الوزير وزيره الوزيره
شيخ الشيخ الشيخه سيد السيد السيده الاستاذ استاذ
امير الامير الاميره ملك الملك الملكه سلطان السلطان العاهل عاهل العهد
جنرال الجنرال اللواء لواء العميد عميد العقيد عقيد المقدم الرائد النقيب المشير الفريق
الدكتور دكتور د المهندس
المتحدث الناطق المستشار مستشار المستشاره النائب نائب النائبه
السفير سفير السفيره الزعيم زعيم القائد قائد الحاكم حاكم المحافظ محافظ
الامين المبعوث مبعوث المندوب مندوب القاضي الامام الحاخام البابا الكاردينال المطران البطريرك
المرشد الخليفه المرشح مرشح السيناتور السناتور عضو الحاج المفتي مفتي
"""

_TITLES_EN = """
president presidents prime premier minister chancellor secretary
sheikh shaikh sheik sheikha emir amir prince princess king queen sultan crown
mr mrs ms dr sir lord dame prof professor
general gen colonel col lieutenant lt major maj brigadier brig captain capt
marshal admiral adm commander cmdr sergeant
leader chief spokesman spokeswoman spokesperson ambassador envoy
governor gov senator sen rep representative deputy mp mayor judge justice
imam ayatollah cleric rabbi pope patriarch cardinal bishop father mullah sayyid sayed
chairman chairwoman director ceo adviser advisor counsellor
"""

TITLE_WORDS: frozenset[str] = frozenset(_TITLES_AR.split()) | frozenset(_TITLES_EN.split())

# Endings of Slavic, Armenian, Georgian, Romanian... family names and places.
_FOREIGN_ENDINGS = (
    "ov", "ova", "ev", "eva", "off", "sky", "ski", "skiy", "skyy", "skaya", "enko", "vich",
    "vych", "yan", "ian", "shvili", "dze", "chuk", "yuk", "escu", "insk", "ensk",
)


def looks_foreign(latin_word: str) -> bool:
    """True when a Latin word is evidently not an Arabic-origin name.

    It has a letter Arabic lacks (p, v) or an ending of Slavic, Armenian,
    Georgian... names. Such names are written with their vowels in Arabic.
    """
    w = latin_word.lower()
    return "p" in w or "v" in w or w.endswith(_FOREIGN_ENDINGS)


_ARABIC_LIKE_MARKS = ("aa", "q", "dh", "gh", "'", "abd", "allah", "ullah", "uddin", "eddin")


def looks_arabic(latin_word: str) -> bool:
    """True when a Latin word carries marks of an Arabic-origin name (used to order suggestions)."""
    w = latin_word.lower()
    return any(m in w for m in _ARABIC_LIKE_MARKS) and not looks_foreign(w)

"""Write ``countries.yaml``: one entity per ISO 3166-1 country, from pycountry.

Run ``uv run python -m raqib.lexicon.build_countries`` after editing
``countries_extra.yaml.in`` or upgrading pycountry, and commit the result.

Where the names come from, per country:

1. the hand-kept table ``countries_extra.yaml.in`` first: common short names
   (Russia, Syria, the US), adjective and people forms, Arabic nisba forms and
   alternative spellings that pycountry lacks;
2. then pycountry's English ``name``, ``common_name`` and ``official_name`` and
   their translations in the gettext catalogues it ships (``iso3166-1`` domain,
   Arabic, Russian and French).

Names in the inverted catalogue form ("Korea, Republic of", "كوريا، جمهورية
كوريا"), names with a parenthesis, untranslated English strings in another
language's catalogue and names the table lists under ``drop`` are left out.
Arabic diacritics are removed (the matcher ignores them anyway, and the file
reads better). Names are deduplicated by their normalized form, the same
normalization the matcher applies, so a list never carries two spellings that
match the same words.
"""

from __future__ import annotations

import gettext
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

from raqib.analysis.chars import normalize_word

HERE = Path(__file__).resolve().parent
EXTRA_PATH = HERE / "countries_extra.yaml.in"
OUT_PATH = HERE / "countries.yaml"
LANGS = ("en", "ar", "ru", "fr")

_ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
_INVERTED = re.compile("[,،(]")


@dataclass
class Country:
    alpha_2: str
    id: str
    label: str
    names: dict[str, list[str]] = field(default_factory=dict)
    transliterate: bool = True


def slug(text: str) -> str:
    """Lower-case ASCII slug of an English name ("Côte d'Ivoire" -> "cote-d-ivoire")."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def nisba_forms(masc: str) -> list[str]:
    """Arabic nisba adjective -> masculine, feminine, sound plurals and duals.

    The duals agree with dual nouns, common in news counts: غارتين إسرائيليتين
    ("two Israeli strikes"), جنديان روسيان; the masculine oblique dual is
    written as the plural (ـيين).
    """
    return [masc, masc + "ة", masc + "ون", masc + "ين", masc + "ات", masc + "ان", masc + "تان", masc + "تين"]


def clean(name: str, lang: str) -> str | None:
    """A catalogue name as a matchable name, or None when it must be left out."""
    name = " ".join(name.split())
    if not name or _INVERTED.search(name):
        return None
    if lang == "ar":
        name = _ARABIC_DIACRITICS.sub("", name)
        # The catalogue writes the conjunction apart ("أنتيغوا و باربودا"); news
        # attaches it, and the matcher reads و as a clitic of the next word.
        name = name.replace(" و ", " و")
    if lang == "en" and name.startswith("the "):
        name = name[4:]
    return name


def pycountry_names(country, catalogues) -> dict[str, list[str]]:
    sources = [
        s
        for s in (
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        )
        if s
    ]
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for src in sources:
        for lang in LANGS:
            text = src if lang == "en" else catalogues[lang].gettext(src)
            if lang != "en" and text == src:
                continue  # untranslated: the catalogue fell back to English
            name = clean(text, lang)
            if name:
                out[lang].append(name)
    return out


def dedupe(names: list[str], drop: set[str]) -> list[str]:
    seen: set[str] = {normalize_word(d) for d in drop}
    out = []
    for name in names:
        key = normalize_word(name)
        if key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out


def build(extra: dict) -> list[Country]:
    catalogues = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in LANGS
        if lang != "en"
    }
    countries = []
    for c in pycountry.countries:
        x = extra.get(c.alpha_2) or {}
        label = x.get("label") or getattr(c, "common_name", None) or c.name
        from_pyc = pycountry_names(c, catalogues)
        drop = set(x.get("drop") or [])
        names = {}
        for lang in LANGS:
            listed = list(x.get(lang) or [])
            if lang == "ar" and x.get("nisba"):
                listed += nisba_forms(x["nisba"])
            names[lang] = dedupe(listed + from_pyc[lang], drop)
        countries.append(
            Country(
                alpha_2=c.alpha_2,
                id=x.get("id") or slug(label),
                label=label,
                names={k: v for k, v in names.items() if v},
                transliterate=x.get("transliterate", True),
            )
        )
    return sorted(countries, key=lambda c: c.id)


def _flow(items: list[str]) -> str:
    return yaml.safe_dump(
        items, default_flow_style=True, allow_unicode=True, width=10_000
    ).strip()


def render(countries: list[Country]) -> str:
    lines = [
        "# GENERATED by `uv run python -m raqib.lexicon.build_countries`: do not edit.",
        f"# Sources: pycountry {getattr(pycountry, '__version__', '')} (ISO 3166-1 names and",
        "# their ar/ru/fr translations) merged with countries_extra.yaml.in (short",
        "# names, adjective/people forms, Arabic nisba forms). Edit that file and rerun.",
        "# Capitals are entities of their own (capitals.yaml), never country names.",
        "version: 1",
        "",
        "entities:",
    ]
    for c in countries:
        lines.append(f"  {c.id}:  # {c.alpha_2}")
        lines.append(f"    label: {_flow([c.label])[1:-1]}")
        if not c.transliterate:
            lines.append("    transliterate: false")
        lines.append("    names:")
        for lang in LANGS:
            if lang in c.names:
                lines.append(f"      {lang}: {_flow(c.names[lang])}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    extra = yaml.safe_load(EXTRA_PATH.read_text(encoding="utf-8")) or {}
    unknown = sorted(set(extra) - {c.alpha_2 for c in pycountry.countries})
    if unknown:
        print(f"{EXTRA_PATH.name}: unknown country codes {unknown}", file=sys.stderr)
        return 1
    countries = build(extra)
    ids = [c.id for c in countries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        print(f"duplicate country ids {dupes}", file=sys.stderr)
        return 1
    missing = [c.alpha_2 for c in countries if not ({"en", "ar"} <= set(c.names))]
    if missing:
        print(f"countries without an English or Arabic name: {missing}", file=sys.stderr)
        return 1
    OUT_PATH.write_text(render(countries), encoding="utf-8")
    print(f"wrote {OUT_PATH} ({len(countries)} countries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The article model: the mapping that travels on the `articles` topic."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class ArticleError(ValueError):
    """An article that cannot be processed; the message says which field and why."""


class Article(BaseModel):
    """A news article. ``text`` is the page text as retrieved, furniture included."""

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)

    id: str = Field(min_length=1, max_length=512)
    title: str = ""
    text: str = ""
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | str | None = None
    fetched_at: datetime | str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) else v

    @field_validator("lang")
    @classmethod
    def _lang_code(cls, v: str | None) -> str | None:
        return v.strip().lower() or None if v else None

    @classmethod
    def parse(cls, data: Any) -> Article:
        """Validate a mapping into an Article, or raise ArticleError saying what is wrong."""
        if isinstance(data, Article):
            return data
        if not isinstance(data, Mapping):
            raise ArticleError(f"an article must be a JSON object, got {type(data).__name__}")
        data = dict(data)
        if "id" not in data or data.get("id") in (None, ""):
            data["id"] = derive_id(data)
        try:
            article = cls.model_validate(data)
        except ValidationError as e:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'article'}: {err['msg']}" for err in e.errors()
            )
            raise ArticleError(f"invalid article: {problems}") from None
        if not article.title.strip() and not article.text.strip():
            raise ArticleError("invalid article: title and text are both empty; nothing to match")
        return article


def derive_id(data: Mapping[str, Any]) -> str:
    """A stable id for an article that came without one: its URL, else its title and text."""
    basis = data.get("url") or f"{data.get('title', '')}\n{data.get('text', '')}"
    return "h" + hashlib.sha1(str(basis).encode("utf-8")).hexdigest()[:16]

"""Typed, frozen models of a rule file (v1), and the JSON Schema editors use."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator

from raqib.engine.results import Severity

SLUG = r"^[a-z0-9][a-z0-9_-]*$"
LangCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
Words = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]

_TERM = {"type": "string", "minLength": 1, "description": "an entity or concept id, a name, or a keyword"}
EXPRESSION_DEFS: dict[str, Any] = {
        "expression": {
            "oneOf": [
                _TERM,
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["any"],
                    "properties": {"any": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/expression"}}},
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["all"],
                    "properties": {
                        "all": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "oneOf": [
                                    {"$ref": "#/$defs/expression"},
                                    {
                                        "type": "object",
                                        "additionalProperties": False,
                                        "required": ["not"],
                                        "properties": {"not": {"$ref": "#/$defs/expression"}},
                                    },
                                ]
                            },
                        },
                        "within": {
                            "oneOf": [
                                {"enum": ["sentence", "paragraph", "article"]},
                                {"type": "integer", "minimum": 1},
                            ],
                            "default": "article",
                        },
                    },
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["phrase"],
                    "properties": {"phrase": {"type": "string", "minLength": 1}},
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["regex"],
                    "properties": {"regex": {"type": "string", "minLength": 1}},
                },
            ]
        }
}


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EntityDef(_Strict):
    """A named thing with its names in each language."""

    label: str = Field(min_length=1, description="the name shown in alerts")
    names: dict[LangCode, Words] = Field(min_length=1, description="language code -> names (any script)")
    transliterate: bool = Field(
        True, description="Latin-script names also find Arabic-script spellings and back"
    )


class RuleTestCase(_Strict):
    """A rule's own test: a text and whether the rule must match it."""

    text: str = Field(min_length=1)
    title: str = ""
    expect: Literal["match", "no match"]


class RuleDef(_Strict):
    """One watch rule."""

    id: str = Field(pattern=SLUG, description="lower-case slug, unique")
    title: str = Field(min_length=1, description="one line, shown in the alert")
    match: Annotated[Any, WithJsonSchema({"description": "the match expression"})] = Field(description="the match expression")
    severity: Severity = "medium"
    notify: tuple[str, ...] = Field((), description="Slack channels; default: the service's default channel")
    lang: tuple[LangCode, ...] = Field((), description="only articles in these languages")
    scope: Literal["story", "page"] = "story"
    min_mentions: int = Field(1, ge=1)
    enabled: bool = True
    tags: tuple[str, ...] = ()
    tests: tuple[RuleTestCase, ...] = ()

    @field_validator("notify", "lang", "tags", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("title")
    @classmethod
    def _one_line(cls, v: str) -> str:
        if "\n" in v.strip():
            raise ValueError("a title is one line")
        return v.strip()


class RuleFileModel(_Strict):
    """A rule file: version 1, entities, concepts and rules."""

    model_config = ConfigDict(frozen=True, extra="forbid", title="Raqib watch rules, version 1")

    version: Literal[1]
    entities: dict[Annotated[str, Field(pattern=SLUG)], EntityDef] = {}
    concepts: dict[Annotated[str, Field(pattern=SLUG)], dict[LangCode, Words]] = {}
    rules: tuple[RuleDef, ...] = ()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a rule file, for editors."""
    schema = RuleFileModel.model_json_schema()
    # pydantic cannot reference a recursive hand-written schema from a field, so it is spliced in here.
    schema["$defs"].update(EXPRESSION_DEFS)
    schema["$defs"]["RuleDef"]["properties"]["match"] = {
        "$ref": "#/$defs/expression",
        "description": "the match expression",
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema

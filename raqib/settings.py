"""Typed settings of the service, from flags and the environment, in one frozen object.

No other module reads the environment: the CLI builds a ``Settings`` (flags override the
environment) and passes it down. The Slack token is a ``SecretStr``: it never appears in
``repr``, logs or error messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the service needs to run; every field has an environment variable."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    kafka_broker: str | None = Field(
        None, validation_alias="RAQIB_KAFKA_BROKER",
        description="HOST:PORT of a Kafka bootstrap server; empty: start the embedded broker",
    )
    rules: Annotated[tuple[Path, ...], NoDecode] = Field(
        (Path("rules"),), validation_alias="RAQIB_RULES",
        description="rule files or directories (environment: separated by ':' or ',')",
    )
    builtin_lexicon: bool = Field(True, validation_alias="RAQIB_BUILTIN_LEXICON")
    web_host: str = Field("127.0.0.1", validation_alias="RAQIB_WEB_HOST")
    web_port: int = Field(6066, ge=0, le=65535, validation_alias="RAQIB_WEB_PORT")
    app_id: str = Field("raqib", min_length=1, validation_alias="RAQIB_APP_ID")
    partitions: int = Field(4, ge=1, le=256, validation_alias="RAQIB_PARTITIONS")
    data_dir: Path = Field(
        Path(".raqib"), validation_alias="RAQIB_DATA_DIR",
        description="local state: Faust table files, the RSS ingester's seen items",
    )
    slack_bot_token: SecretStr | None = Field(None, validation_alias="SLACK_BOT_TOKEN")
    slack_api_url: str = Field(
        "https://slack.com/api/", validation_alias="SLACK_API_URL"
    )
    slack_channel: str = Field("#raqib-alerts", validation_alias="RAQIB_SLACK_CHANNEL")
    slack_ops_channel: str | None = Field(
        None, validation_alias="RAQIB_SLACK_OPS_CHANNEL"
    )
    slack_rate_per_channel: float = Field(
        1.0, gt=0, validation_alias="RAQIB_SLACK_RATE_PER_CHANNEL",
        description="messages per second per channel (Slack allows about 1)",
    )
    slack_timeout: float = Field(10.0, gt=0, validation_alias="RAQIB_SLACK_TIMEOUT")
    snippet_chars: int = Field(280, ge=40, le=2000, validation_alias="RAQIB_SNIPPET_CHARS")
    log_level: str = Field("info", validation_alias="RAQIB_LOG_LEVEL")

    @field_validator("rules", mode="before")
    @classmethod
    def _split_paths(cls, v: Any) -> Any:
        if isinstance(v, str):
            return tuple(Path(p) for p in v.replace(",", ":").split(":") if p.strip())
        if isinstance(v, Path):
            return (v,)
        return v

    @field_validator("kafka_broker", "slack_ops_channel", mode="before")
    @classmethod
    def _empty_is_none(cls, v: Any) -> Any:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("slack_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, v: Any) -> Any:
        if isinstance(v, SecretStr):
            v = v.get_secret_value()
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError(f"SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, got {v!r}")
        return v if v.endswith("/") else v + "/"

    @field_validator("kafka_broker")
    @classmethod
    def _host_port(cls, v: str | None) -> str | None:
        if v is None:
            return None
        for server in v.split(","):
            host, _, port = server.strip().rpartition(":")
            if not host or not port.isdigit():
                raise ValueError(f"RAQIB_KAFKA_BROKER must be HOST:PORT[,HOST:PORT...], got {v!r}")
        return v

    @property
    def slack_enabled(self) -> bool:
        return self.slack_bot_token is not None

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Settings from the environment, with the given flag values (None = not given) on top."""
        return cls(**{k: v for k, v in overrides.items() if v is not None})

# Raqib service image: `raqib run` by default; the same image runs the RSS ingester.
FROM python:3.11-slim

COPY --from=ghcr.io/astral-sh/uv:0.8 /uv /uvx /bin/

WORKDIR /app
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PYTHONUNBUFFERED=1

# Dependencies first, so code edits do not reinstall them.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project

COPY raqib ./raqib
COPY streams ./streams
COPY connectors ./connectors
COPY rules ./rules
COPY samples ./samples
RUN uv sync --frozen --no-dev

ENV PATH="/app/.venv/bin:$PATH" \
    RAQIB_WEB_HOST=0.0.0.0 \
    RAQIB_WEB_PORT=6066 \
    RAQIB_DATA_DIR=/data \
    RAQIB_RULES=/app/rules

RUN useradd --create-home --uid 10001 raqib && mkdir -p /data && chown raqib /data
USER raqib
VOLUME ["/data"]
EXPOSE 6066

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:6066/health', timeout=4)"

CMD ["raqib", "run"]

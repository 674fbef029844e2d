"""Property-based API tests: schemathesis generates requests from the OpenAPI document (every
endpoint, valid and invalid parameters and bodies) and checks that none is answered with a 5xx, and
that every 4xx is the coded error body (``{"error": {"code": "RASD-E4xx", "message": ...}}``).

The app runs in-process (ASGI) over an SQLite store holding the merged demo corpus; writes carry
the API key, so POST /api/articles really extracts, stores and re-merges. Examples are few per
operation to keep this under a minute.
"""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency: pip install -e '.[dev]'")

import schemathesis  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from api_helpers import API_KEY, ERROR_CODE_RE  # noqa: E402  (tests/api/api_helpers.py)

MAX_EXAMPLES = 12


@pytest.fixture(scope="module")
def st_app(tmp_path_factory, rasd_extractor, merge_context):
    from rasd.api import ApiSettings, create_app
    from rasd.dedup import merge_store
    from rasd.ingest.demo import demo_articles
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store

    store = open_store(tmp_path_factory.mktemp("schemathesis") / "demo.sqlite")
    version = lexicon_version(rasd_extractor.resources.lexicon)
    for article in demo_articles():
        store.put_document(article, rasd_extractor.extract(article), version)
    merge_store(store, merge_context)
    # a generous write rate: the point is server errors, not 429s
    yield create_app(store, ApiSettings(api_key=API_KEY, writes_per_minute=10_000), rasd_extractor)
    store.close()


@pytest.fixture(scope="module")
def api_schema(st_app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return schemathesis.openapi.from_asgi("/openapi.json", st_app)


def coded_error_problem(response) -> str | None:
    """Why a 4xx answer is not a clear, coded error body (``None`` when it is)."""
    headers = {k.lower(): v for k, v in response.headers.items()}
    content_type = headers.get("content-type", "")
    if isinstance(content_type, list):  # schemathesis keeps every value of a header
        content_type = content_type[0] if content_type else ""
    if not content_type.startswith("application/json"):
        return f"{response.status_code} is not JSON"
    body = response.json()
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or not ERROR_CODE_RE.match(str(error.get("code", ""))):
        return f"{response.status_code} has no error code"
    if not str(error.get("message", "")).strip():
        return f"{response.status_code} has no message"
    return None


def test_no_server_errors_and_every_4xx_is_coded(api_schema):
    """Valid and invalid requests to every operation of the OpenAPI document; none may be a 5xx,
    and each 4xx must carry a stable code and a message.

    (The operations are looped here rather than through ``schemathesis.pytest.from_fixture``,
    which does not run under pytest 9.)
    """
    from schemathesis import GenerationMode

    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10, [op.label for op in operations]
    failures: list[str] = []
    statuses: dict[int, int] = {}
    for op in operations:
        headers = {"X-API-Key": API_KEY} if op.method.upper() == "POST" else None
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=op.as_strategy(generation_mode=mode))
            @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
            def check(case):
                response = case.call_and_validate(headers=headers, checks=[not_a_server_error])
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                if 400 <= response.status_code < 500:
                    problem = coded_error_problem(response)
                    assert problem is None, f"{case.method} {case.formatted_path}: {problem}"

            try:
                check()
            except Unsatisfiable:
                pass  # no invalid request exists for an operation without parameters
            except Exception as exc:  # noqa: BLE001 - collected, reported together below
                failures.append(f"{op.label} ({mode.value}): {type(exc).__name__}: {str(exc)[:400]}")
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    print(f"schemathesis: {len(operations)} operations, {sum(statuses.values())} requests, "
          f"{server_errors} 5xx, statuses {dict(sorted(statuses.items()))}")
    assert not failures, "\n".join(failures)

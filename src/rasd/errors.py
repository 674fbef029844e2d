"""Stable error codes.

Every failure that reaches a user carries a code (``RASD-E101``) so that a log line can be searched
and a skipped document explained. Codes are never reused for another meaning.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    """Stable codes; the value is what appears in logs and error records."""

    # input documents (1xx)
    EMPTY_TEXT = "RASD-E101"
    BINARY_INPUT = "RASD-E102"
    NOT_UTF8 = "RASD-E103"
    NOT_ARABIC = "RASD-E104"
    TOO_LARGE = "RASD-E105"
    MALFORMED_JSON = "RASD-E106"
    BAD_FIELD = "RASD-E107"
    UNREADABLE_FILE = "RASD-E108"
    UNSUPPORTED_INPUT = "RASD-E109"
    DUPLICATE_ID = "RASD-E110"
    # fetching and web formats (11x-12x): a page, feed or URL that could not become an article
    FETCH_FAILED = "RASD-E111"        # connection refused, DNS, TLS ... after retries
    FETCH_TIMEOUT = "RASD-E112"       # no complete answer within the time limits, after retries
    HTTP_STATUS = "RASD-E113"         # 4xx, or 5xx after retries
    ROBOTS_DISALLOWED = "RASD-E114"   # robots.txt forbids it (or robots.txt answered 5xx)
    BAD_CONTENT_TYPE = "RASD-E115"    # e.g. an image, or an HTML page where a feed was expected
    UNKNOWN_ENCODING = "RASD-E116"    # no BOM, declaration or detector gave a clean decoding
    FEED_MALFORMED = "RASD-E117"      # not well-formed XML (truncated, broken) or not RSS/Atom
    NO_MAIN_TEXT = "RASD-E118"        # an HTML page with no article text in it
    # processing (2xx)
    STAGE_FAILED = "RASD-E201"
    TIME_BUDGET = "RASD-E202"
    PIPELINE_ORDER = "RASD-E203"
    NO_PUBLICATION_DATE = "RASD-W204"
    # resources (3xx)
    LEXICON_INVALID = "RASD-E301"
    LEXICON_MISSING = "RASD-E302"
    GAZETTEER_IMPORT = "RASD-E303"
    # HTTP API answers (4xx): the number is the HTTP status (`rasd serve`, rasd.api)
    API_BAD_REQUEST = "RASD-E400"     # a malformed parameter the schema cannot express (bbox, ...)
    API_KEY_MISSING = "RASD-E401"     # no X-API-Key header where one is required
    API_KEY_INVALID = "RASD-E403"     # a wrong key, or writes disabled because no key is configured
    API_NOT_FOUND = "RASD-E404"
    API_METHOD = "RASD-E405"
    API_BODY_TOO_LARGE = "RASD-E413"
    API_MEDIA_TYPE = "RASD-E415"
    API_INVALID = "RASD-E422"         # the request does not match the schema (types, ranges, fields)
    API_RATE_LIMITED = "RASD-E429"
    API_INTERNAL = "RASD-E500"        # an unexpected failure answering a request (details in the server log)
    # runs: watch and distributed batch (5xx)
    FEEDS_CONFIG_INVALID = "RASD-E501"
    PARTITION_FAILED = "RASD-E502"
    OUTPUT_CONFLICT = "RASD-E503"     # an output folder holds a run over other inputs
    STORE_WRITE_FAILED = "RASD-E504"
    SERVE_CONFIG_INVALID = "RASD-E505"  # `rasd serve` settings: API key, config file, tile URL
    STORE_FULL = "RASD-E506"          # the disk or the database is full (SQLite SQLITE_FULL, PostgreSQL 53100)
    STORE_READ_ONLY = "RASD-E507"     # the store cannot be written: a read-only file, folder, mount or transaction
    STORE_UNAVAILABLE = "RASD-E508"   # the store cannot be opened or reached (bad path or URL, server down)


class RasdError(Exception):
    """An error with a stable code and a message meant for a person."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(f"{code.value}: {message}")
        self.code = code
        self.message = message

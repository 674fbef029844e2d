"""Store faults a person must act on — a full disk, a read-only database — as coded errors.

A backend's own exception (``sqlite3.OperationalError: database or disk is full``, psycopg's
``ReadOnlySqlTransaction``) says what happened but not to whom it matters; callers (``rasd ingest``,
``rasd watch``, the API) would each have to know both drivers. The backends pass such exceptions
through :func:`coded_store_error` on their write paths and raise the :class:`StoreError` it returns;
the transaction was rolled back, so nothing of the article is stored and a later run writes it again.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from rasd.errors import ErrorCode, RasdError

# PostgreSQL SQLSTATEs (Appendix A of its manual)
_PG_FULL = {"53100"}                          # disk_full
_PG_READ_ONLY = {"25006"}                     # read_only_sql_transaction (default_transaction_read_only, a standby)
_PG_UNAVAILABLE = {"57P03", "53300", "3D000", "28000", "28P01"}   # starting up, too many connections,
                                                                  # no such database, authentication

_ERRNO_FULL = {errno.ENOSPC, errno.EDQUOT}
_ERRNO_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class StoreError(RasdError):
    """A store failure with a stable code: ``RASD-E506`` full, ``E507`` read-only, ``E508`` unavailable."""


_ADVICE = {
    ErrorCode.STORE_FULL: "the disk or database is full; free space (or raise the quota) and run again",
    ErrorCode.STORE_READ_ONLY: "the store is read-only; make the file, its folder or the database writable and run again",
    ErrorCode.STORE_UNAVAILABLE: "the store cannot be opened or reached",
}


def store_error(code: ErrorCode, detail: str) -> StoreError:
    """A :class:`StoreError` whose message says what to do, then the driver's own words."""
    return StoreError(code, f"{_ADVICE[code]} ({detail.strip()})")


def coded_store_error(exc: BaseException) -> StoreError | None:
    """The coded error for a full, read-only or unreachable store; ``None`` for anything else.

    Example: ``sqlite3.OperationalError('attempt to write a readonly database')`` → ``RASD-E507``.
    """
    if isinstance(exc, StoreError):
        return exc
    code = _classify(exc)
    return store_error(code, f"{type(exc).__name__}: {exc}") if code else None


def _classify(exc: BaseException) -> ErrorCode | None:
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL"):
            return ErrorCode.STORE_FULL
        if name.startswith("SQLITE_READONLY"):
            return ErrorCode.STORE_READ_ONLY
        if name.startswith("SQLITE_CANTOPEN"):
            return ErrorCode.STORE_UNAVAILABLE
        return None
    sqlstate = getattr(exc, "sqlstate", None)   # psycopg.Error, without importing psycopg
    if isinstance(sqlstate, str):
        if sqlstate in _PG_FULL:
            return ErrorCode.STORE_FULL
        if sqlstate in _PG_READ_ONLY:
            return ErrorCode.STORE_READ_ONLY
        if sqlstate in _PG_UNAVAILABLE:
            return ErrorCode.STORE_UNAVAILABLE
        return None
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in _ERRNO_FULL:
            return ErrorCode.STORE_FULL
        if exc.errno in _ERRNO_READ_ONLY:
            return ErrorCode.STORE_READ_ONLY
    return None


@contextmanager
def coded_faults() -> Iterator[None]:
    """Re-raise a full, read-only or unreachable store's exception as its :class:`StoreError`."""
    try:
        yield
    except Exception as exc:
        coded = coded_store_error(exc)
        if coded is None or coded is exc:
            raise
        raise coded from exc

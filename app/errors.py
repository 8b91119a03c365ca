"""Error types shared by the whole core.

Errors the user can act on (bad input, a locked database, a conflict) derive from
:class:`SanadError` and carry a one-line message and a process exit code; the CLI prints
the message alone, without a traceback. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class SanadError(Exception):
    """A problem caused by the input or the environment, not by a bug."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(SanadError):
    """Bad input from the user: a missing file, an empty text, an invalid date..."""


class NotFoundError(SanadError):
    """An id or uuid that does not exist."""


class ConflictError(SanadError):
    """Another reviewer changed the record since it was read (optimistic locking)."""

    exit_code = 3

    def __init__(self, message: str, *, mine: object = None, theirs: object = None) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs


class StorageEnvironmentError(SanadError):
    """The database is unavailable for reasons outside Sanad: locked, read-only, disk full."""

    exit_code = 4


class SchemaTooNewError(SanadError):
    """The database was written by a newer Sanad; it is left untouched."""


class CancelledError(SanadError):
    """Long work stopped at the user's request."""

    exit_code = 130

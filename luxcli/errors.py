"""Named errors and exit statuses. The CLI maps each error to one line on stderr."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    NO_RESULTS = 1  # like grep: the query ran and found nothing
    USAGE = 2  # bad usage or bad input
    INTERRUPTED = 130


class LuxError(Exception):
    """Base for errors the user should see as one line."""

    status = ExitStatus.USAGE


class UsageError(LuxError):
    pass


class IngestError(LuxError):
    """A file could not be read as an article; indexing skips it with a warning."""


class KnowledgeBaseError(LuxError):
    """The knowledge-base file is missing, damaged, foreign, too new or not writable."""


class LexiconError(LuxError):
    pass

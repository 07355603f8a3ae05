"""The failures users cause and can fix; the CLI prints these as one line and exits 1.

Anything else that escapes is a bug in maritime: while ingesting it is recorded as that
article's failure, elsewhere it is shown as a bug report. A leaf: imports nothing of ours.
"""

from __future__ import annotations


class MaritimeError(Exception):
    """A problem with the user's input, data or set-up; the message says what to do."""


class DatabaseError(MaritimeError):
    """The database cannot be opened, migrated or written."""


class QueryError(MaritimeError):
    """A query, filter or SQL statement cannot be run as given."""


class NotFoundError(MaritimeError):
    """An id, name or place the user gave is not in the database or gazetteer."""


class CorrectionError(MaritimeError):
    """An analyst's correction cannot be applied as asked."""


class InputFileError(MaritimeError):
    """A file the user handed over (a vessel list, a corpus) cannot be used."""


class GeocoderError(MaritimeError):
    """The online geocoder failed or is not set up."""


class SettingError(MaritimeError):
    """An option or setting has a value maritime cannot use."""


class UsageError(MaritimeError):
    """An option or argument value cannot be understood; the message shows a good one."""

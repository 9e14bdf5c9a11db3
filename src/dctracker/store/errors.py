"""Errors the store raises, each with a message a user can act on: a code and
its parameters, the words in domain/messages.py and the translations catalog."""

from __future__ import annotations

from typing import Any

from dctracker.domain.errors import UserError
from dctracker.domain.messages import Message, Pair
from dctracker.domain.validation import Problem

# Why a file is refused, as a Message ("reason.…"), or as Korean and English
# written out where the reason is made from text not yet in the catalog.
Reason = Message | Pair


class StoreError(UserError):
    """A failure of the database to show to the user (not a bug)."""


class NotADctrackerDatabaseError(StoreError):
    def __init__(self, path: str, reason: Reason) -> None:
        self._tell(Message("file.not_ours", {"path": path, "reason": reason}))


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, known: int) -> None:
        self._tell(Message("file.newer_schema", {"path": path, "found": found, "known": known}))


class NotFoundError(StoreError):
    def __init__(self, table: str, record_id: int) -> None:
        self._tell(Message("record.not_found", {"table": table, "id": record_id}))


class ConflictError(StoreError):
    """Someone saved the record after it was read; neither version is lost."""

    def __init__(self, table: str, mine: Any, theirs: Any) -> None:
        params = {"table": table, "id": theirs.id, "read": mine.version, "now": theirs.version}
        self._tell(Message("record.conflict", params))
        self.mine = mine
        self.theirs = theirs


class ValidationError(StoreError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            " ".join(f"[{p.field}] {p.ko}" for p in problems),
            " ".join(f"[{p.field}] {p.en}" for p in problems),
        )
        self.problems = problems


class IntegrityError(StoreError):
    """A write the database refused (e.g. an organization still party to a MOU)."""

    def __init__(self, table: str, detail: str) -> None:
        self._tell(Message("record.refused", {"table": table, "detail": detail}))


class DamagedDatabaseError(NotADctrackerDatabaseError):
    """Our file, but empty, cut short or with unreadable pages: a backup can replace it."""

    def __init__(self, path: str, reason: Reason) -> None:
        self._tell(Message("file.damaged", {"path": path, "reason": reason}))


class DatabaseLockedError(StoreError):
    def __init__(self, path: str) -> None:
        self._tell(Message("file.locked", {"path": path}))


class ReadOnlyDatabaseError(StoreError):
    def __init__(self, path: str) -> None:
        self._tell(Message("file.read_only", {"path": path}))


class OldSchemaReadOnlyError(StoreError):
    def __init__(self, path: str, found: int, known: int) -> None:
        self._tell(Message("file.old_schema_read_only", {"path": path, "found": found, "known": known}))


class DiskFullError(StoreError):
    def __init__(self, path: str) -> None:
        self._tell(Message("file.disk_full", {"path": path}))


class StorageIOError(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        self._tell(Message("file.io", {"path": path, "detail": detail}))


class CannotOpenError(StoreError):
    def __init__(self, path: str, reason: Reason | str) -> None:
        self._tell(Message("file.cannot_open", {"path": path, "reason": reason}))


class BackupError(StoreError):
    """A backup or restore that could not be made; nothing was replaced."""

    def __init__(self, said: Message) -> None:
        self._tell(said)


class BackupWriteError(BackupError):
    """The copy could not be written where it should go (a missing or
    read-only folder, a file in the way, a full disk): the source is fine."""

    def __init__(self, dest: str, detail: str) -> None:
        self._tell(Message("backup.cannot_write", {"dest": dest, "detail": detail}))


class HotJournalError(StoreError):
    """A rollback journal of an interrupted save lies beside a file opened only
    to read: replaying it is a write (and ruins the file if the journal came
    from another file), so reading stops there."""

    def __init__(self, path: str) -> None:
        self._tell(Message("file.hot_journal", {"path": path, "journal": f"{path}-journal"}))


class NetworkWalError(StoreError):
    """The file is in WAL mode, kept there by a client that took the network
    folder for a local disk; WAL is unsafe across computers."""

    def __init__(self, path: str) -> None:
        self._tell(Message("file.network_wal", {"path": path}))


class OrphanJournalError(StoreError):
    """A journal (-wal/-journal) whose database file is gone: creating a new
    file there would overwrite it."""

    def __init__(self, path: str, journal: str) -> None:
        self._tell(Message("file.orphan_journal", {"path": path, "journal": journal}))

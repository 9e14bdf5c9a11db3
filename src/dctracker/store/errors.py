"""Errors the store raises, each with a message a user can act on."""

from __future__ import annotations

from typing import Any

from dctracker.domain.errors import UserError
from dctracker.domain.validation import Problem


class StoreError(UserError):
    """A failure of the database to show to the user (not a bug)."""


class NotADctrackerDatabaseError(StoreError):
    def __init__(self, path: str, reason_ko: str, reason_en: str) -> None:
        super().__init__(
            f"{path}: dctracker 데이터베이스가 아닙니다 ({reason_ko}).",
            f"{path} is not a dctracker database ({reason_en}).",
        )


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, known: int) -> None:
        super().__init__(
            f"{path}: 더 새로운 버전의 dctracker로 만든 파일입니다 "
            f"(스키마 {found}, 이 프로그램은 {known}까지). 프로그램을 업데이트하세요.",
            f"{path} was written by a newer dctracker (schema {found}, this program "
            f"knows up to {known}); update the program.",
        )


class NotFoundError(StoreError):
    def __init__(self, table: str, record_id: int) -> None:
        super().__init__(
            f"{table} #{record_id} 기록이 없습니다 (다른 사용자가 삭제했을 수 있습니다).",
            f"{table} #{record_id} does not exist (someone may have deleted it).",
        )


class ConflictError(StoreError):
    """Someone saved the record after it was read; neither version is lost."""

    def __init__(self, table: str, mine: Any, theirs: Any) -> None:
        super().__init__(
            f"{table} #{theirs.id}을(를) 다른 사용자가 먼저 수정했습니다 "
            f"(읽은 버전 {mine.version}, 현재 버전 {theirs.version}).",
            f"{table} #{theirs.id} was changed by someone else since it was read "
            f"(read version {mine.version}, now {theirs.version}).",
        )
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


class DamagedDatabaseError(NotADctrackerDatabaseError):
    """Our file, but empty, cut short or with unreadable pages: a backup can replace it."""

    def __init__(self, path: str, reason_ko: str, reason_en: str) -> None:
        StoreError.__init__(
            self,
            f"{path}: 파일이 손상되어 열 수 없습니다 ({reason_ko}). 파일은 그대로 두었습니다. "
            "백업에서 복원하거나 다른 파일을 여세요.",
            f"{path} is damaged and cannot be opened ({reason_en}); the file was left as it is. "
            "Restore a backup or open another file.",
        )


class DatabaseLockedError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: 다른 프로그램이나 사용자가 파일을 잠그고 있습니다. "
            "잠시 후 다시 시도하거나 그 프로그램을 닫으세요.",
            f"{path} is locked by another program or user; try again in a moment or close that program.",
        )


class ReadOnlyDatabaseError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: 읽기 전용 파일이라 저장할 수 없습니다 (파일 또는 폴더의 쓰기 권한을 확인하세요).",
            f"{path} is read-only: changes cannot be saved (check write permission "
            "on the file and its folder).",
        )


class OldSchemaReadOnlyError(StoreError):
    def __init__(self, path: str, found: int, known: int) -> None:
        super().__init__(
            f"{path}: 이전 버전 형식(스키마 {found})인데 읽기 전용이라 최신 형식({known})으로 "
            "바꿀 수 없습니다. 쓰기 권한이 있는 곳에 복사해서 여세요.",
            f"{path} has an older schema ({found}) and is read-only, so it cannot be "
            f"upgraded to {known}; copy it somewhere writable and open the copy.",
        )


class DiskFullError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: 디스크 공간이 부족해 저장하지 못했습니다. 저장된 내용은 바뀌지 않았습니다. "
            "공간을 비운 뒤 다시 저장하세요.",
            f"{path}: the disk is full, so nothing was saved (stored data is unchanged); "
            "free some space and save again.",
        )


class StorageIOError(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"{path}: 파일을 읽거나 쓰는 중 오류가 났습니다 ({detail}). 저장된 내용은 바뀌지 "
            "않았습니다. 네트워크 연결이나 디스크를 확인하고 다시 시도하세요.",
            f"{path}: reading or writing the file failed ({detail}); stored data is "
            "unchanged. Check the network connection or disk and try again.",
        )


class CannotOpenError(StoreError):
    def __init__(self, path: str, detail: str, detail_en: str | None = None) -> None:
        super().__init__(
            f"{path}: 파일을 열 수 없습니다 ({detail}). 폴더가 있는지, 권한이 있는지 확인하세요.",
            f"{path} cannot be opened ({detail_en or detail}); check that the folder exists "
            "and that you may use it.",
        )


class BackupError(StoreError):
    """A backup or restore that could not be made; nothing was replaced."""


class BackupWriteError(BackupError):
    """The copy could not be written where it should go (a missing or
    read-only folder, a file in the way, a full disk): the source is fine."""

    def __init__(self, dest: str, detail: str) -> None:
        StoreError.__init__(
            self,
            f"백업을 쓰지 못했습니다: {dest} ({detail}). 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.",
            f"could not write the backup {dest} ({detail}); check that the folder exists "
            "and that you may write to it.",
        )


class HotJournalError(StoreError):
    """A rollback journal of an interrupted save lies beside a file opened only
    to read: replaying it is a write (and ruins the file if the journal came
    from another file), so reading stops there."""

    def __init__(self, path: str) -> None:
        journal = f"{path}-journal"
        super().__init__(
            f"{path}: 중단된 저장의 저널 파일({journal})이 옆에 있어 읽기만 하는 작업을 멈췄습니다. "
            "아무것도 바꾸지 않았습니다. 프로그램 창으로 열면 중단된 저장을 되돌립니다. "
            "저널이 이 파일의 것이 아니면(다른 파일을 복사하다 생긴 경우) 먼저 옮기세요.",
            f"{path}: the journal of an interrupted save ({journal}) lies beside the file, so "
            "this read-only task stopped; nothing was changed. Opening the file in the window "
            "rolls the interrupted save back; if the journal is not this file's (left by a "
            "copy of another file), move it away first.",
        )


class NetworkWalError(StoreError):
    """The file is in WAL mode, kept there by a client that took the network
    folder for a local disk; WAL is unsafe across computers."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: 다른 사용자가 이 파일을 WAL 모드(로컬 디스크 전용)로 열어 두었습니다. "
            "네트워크 폴더에서는 이 모드가 안전하지 않아 열지 않았습니다. "
            "다른 사용자가 모두 닫은 뒤 다시 여세요.",
            f"{path} is held open in WAL mode (safe on a local disk only) by another user; "
            "on a network folder that mode is unsafe, so it was not opened. Open it again "
            "once the other users have closed it.",
        )


class OrphanJournalError(StoreError):
    """A journal (-wal/-journal) whose database file is gone: creating a new
    file there would overwrite it."""

    def __init__(self, path: str, journal: str) -> None:
        super().__init__(
            f"{path}: 데이터베이스 파일은 없고 저장 기록 파일({journal})만 남아 있어 새 파일을 "
            "만들지 않았습니다. 원래 파일을 옮겼다면 되돌려 놓거나 다른 파일을 여세요.",
            f"{path} does not exist but its journal ({journal}) does, so no new file was "
            "created over it; put the original file back if it was moved, or open another file.",
        )

"""Errors the store raises, each with a message a user can act on."""

from __future__ import annotations

from typing import Any

from dctracker.domain.validation import Problem


class StoreError(Exception):
    """A failure to show to the user (not a bug): carries Korean and English text."""

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(f"{ko} ({en})")
        self.ko = ko
        self.en = en

    def message(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


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

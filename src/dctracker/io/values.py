"""Values in the words offices write, and the nearest known ones for the rest.

"MOU 체결", "착공식", "준공(예정)" and "추진중" are what a 시군 sheet says for
the app's 협약 체결, 착공, 준공 and 추진 중. A word none of these readers know
is not fatal: the cell reader keeps the field as it is and notes the word with
the nearest known values (difflib), so the review can offer them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, TypeVar

from dctracker.domain.labels import LabelledEnum
from dctracker.domain.records import MilestoneKind, MilestoneStatus, MouStatus, ProjectStatus
from dctracker.domain.regions import SIGUNGU

SUGGESTIONS = 3
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_FOLD = re.compile(r"[\s·.,_\-/:*'\"]+")
# Office words -> the member they mean, per enumeration (keys folded by _fold).
_OFFICE_WORDS: dict[type[LabelledEnum], dict[str, str]] = {
    MilestoneKind: {
        "mou체결": "mou_signing",
        "mou": "mou_signing",
        "협약체결": "mou_signing",
        "투자협약체결": "mou_signing",
        "투자협약": "mou_signing",
        "업무협약": "mou_signing",
        "업무협약체결": "mou_signing",
        "협약식": "mou_signing",
        "착공식": "groundbreaking",
        "착수": "groundbreaking",
        "준공식": "completion",
        "완공": "completion",
        "인허가": "permit",
        "건축허가": "permit",
        "허가": "permit",
        "실시설계": "design",
        "기본설계": "design",
        "설계용역": "design",
        "개소": "phase_opening",
        "개소식": "phase_opening",
        "가동": "operation_start",
        "운영": "operation_start",
        "운영개시": "operation_start",
        "이전": "data_migration",
    },
    MilestoneStatus: {
        "추진중": "in_progress",
        "진행": "in_progress",
        "진행중": "in_progress",
        "예정": "planned",
        "계획": "planned",
        "검토": "planned",
        "검토중": "planned",
        "구상": "planned",
        "준비중": "planned",
        "완료": "done",
        "준공": "done",
        "완공": "done",
        "지연": "delayed",
        "취소": "cancelled",
        "중단": "cancelled",
        "철회": "cancelled",
    },
    ProjectStatus: {
        "추진중": "in_progress",
        "진행중": "in_progress",
        "진행": "in_progress",
        "검토": "idea",
        "검토중": "idea",
        "구상": "idea",
        "구상중": "idea",
        "계획": "planned",
        "예정": "planned",
        "운영중": "operating",
        "운영": "operating",
        "가동중": "operating",
        "완료": "completed",
        "준공": "completed",
        "보류": "on_hold",
        "중단": "cancelled",
        "취소": "cancelled",
        "철회": "cancelled",
    },
    MouStatus: {
        "협의중": "negotiating",
        "협의": "negotiating",
        "체결": "signed",
        "체결완료": "signed",
        "이행중": "in_progress",
        "추진중": "in_progress",
        "이행완료": "fulfilled",
        "완료": "fulfilled",
        "실효": "lapsed",
        "해지": "terminated",
        "파기": "terminated",
    },
}


@dataclass(frozen=True)
class Noted:
    """A cell's value with what a person should know about how it was read.

    `value` is UNSET when the field keeps what it holds (an unknown word)."""

    value: Any
    ko: str
    en: str


UNSET: Any = object()
E = TypeVar("E", bound=LabelledEnum)


def _fold(text: str) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).casefold())


def read_label(kind: type[E], text: str) -> E | None:
    """The member an office word means: its value, a label or an office word,
    folded; "준공(예정)" is read without its bracket. None if unknown."""
    for candidate in (text, _PARENS.sub("", text)):
        key = _fold(candidate)
        if not key:
            continue
        for member in kind:
            if key in (_fold(member.value), _fold(member.ko), _fold(member.en)):
                return member
        if (value := _OFFICE_WORDS.get(kind, {}).get(key)) is not None:
            return kind(value)
    return None


def label_suggestions(kind: type[LabelledEnum], text: str) -> list[str]:
    """The nearest known words (Korean labels) for an unknown one."""
    words = {_fold(m.ko): m.ko for m in kind}
    words.update({word: kind(value).ko for word, value in _OFFICE_WORDS.get(kind, {}).items()})
    close = difflib.get_close_matches(_fold(text), list(words), n=SUGGESTIONS * 2, cutoff=0.3)
    return list(dict.fromkeys(words[w] for w in close))[:SUGGESTIONS]


def sigungu_suggestions(text: str) -> list[str]:
    """The nearest 시군구 names for one that is not (a typo, an old name)."""
    names = [name for names in SIGUNGU.values() for name in names]
    key = _fold(text)
    by_key = {_fold(n): n for n in names} | {_fold(n[:-1]): n for n in names}
    close = difflib.get_close_matches(key, list(by_key), n=SUGGESTIONS * 2, cutoff=0.4)
    return list(dict.fromkeys(by_key[c] for c in close))[:SUGGESTIONS]


def choices_text(suggestions: list[str], all_labels: list[str]) -> tuple[str, str]:
    """ "가까운 값: A, B" or, without any, the whole list."""
    if suggestions:
        shown = ", ".join(suggestions)
        return f"가까운 값: {shown}", f"nearest: {shown}"
    shown = ", ".join(all_labels)
    return f"가능한 값: {shown}", f"accepted: {shown}"

"""Errors carry a code and parameters; their words come from one table of
English templates (domain/messages.py) and the Korean catalog (issue 14 §5)."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dctracker.domain import messages
from dctracker.domain.messages import Message, Pair
from dctracker.store.errors import DamagedDatabaseError, DatabaseLockedError, NotFoundError

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "translations" / "messages_ko.ts"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _korean() -> dict[str, str]:
    root = ET.parse(CATALOG).getroot()
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")}


@pytest.mark.parametrize("code", sorted(messages.TEMPLATES))
def test_each_korean_template_fills_the_same_placeholders_as_the_english(code: str) -> None:
    english = messages.TEMPLATES[code]
    korean = _korean()[english]
    assert re.search("[가-힣]", korean)
    assert _fields(korean) == _fields(english)


def test_a_store_error_carries_its_code_and_parameters() -> None:
    error = DatabaseLockedError("office.db")
    assert (error.code, error.params) == ("file.locked", {"path": "office.db"})
    assert error.message("en") == (
        "office.db is locked by another program or user; try again in a moment or close that program."
    )
    assert error.message("ko").startswith("office.db: 다른 프로그램이나 사용자가 파일을 잠그고 있습니다.")
    assert str(error) == f"{error.message('ko')} ({error.message('en')})"


def test_a_reason_inside_a_message_is_said_in_the_same_language() -> None:
    error = DamagedDatabaseError("office.db", Message("reason.truncated", {"size": 4096}))
    assert "(잘린 파일 (4096바이트))" in error.message("ko")
    assert "(the file is truncated (4096 bytes))" in error.message("en")


def test_text_not_yet_in_the_catalog_is_said_as_written() -> None:
    lacks = [Pair("테이블 'zones'이(가) 없습니다", "the table 'zones' is missing")]
    error = DamagedDatabaseError("office.db", Message("reason.schema", {"lacks": lacks}))
    assert "스키마 손상: 테이블 'zones'이(가) 없습니다" in error.message("ko")
    assert "schema damaged: the table 'zones' is missing" in error.message("en")


def test_without_a_catalog_a_message_is_english_once() -> None:
    messages.use_translation(messages.english)  # the conftest fixture puts the catalog back
    error = NotFoundError("projects", 7)
    assert error.message("ko") == error.message("en") == str(error)
    assert str(error) == "projects #7 does not exist (someone may have deleted it)."


def test_an_unknown_code_is_a_bug_found_where_it_is_made() -> None:
    with pytest.raises(KeyError):
        Message("file.no_such_message")


def test_a_validation_problem_is_a_message_with_names_in_both_languages() -> None:
    from dctracker.domain.records import Project
    from dctracker.domain.regions import Region
    from dctracker.domain.validation import validate_project

    [problem] = validate_project(Project(name=" ", region=Region.JEONNAM))
    assert isinstance(problem.said, Message) and problem.said.code == "problem.required"
    assert problem.message("ko") == "사업명을(를) 입력하세요."
    assert problem.message("en") == "Project name is required."

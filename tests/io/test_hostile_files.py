"""Hostile or broken files are refused with a clear message before they can
exhaust memory (speed is measured in benchmarks/, not here)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dctracker.io.errors import ImportFileError
from dctracker.io.importer import read_table

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def _replace_member(source: Path, target: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == name else old.read(info))


def test_zip_bomb_is_refused_from_the_directory(milestone_xlsx: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    _replace_member(milestone_xlsx, bomb, "xl/worksheets/sheet1.xml", b"\0" * (64 << 20))
    assert bomb.stat().st_size < (1 << 20)  # 64 MiB packed into well under 1 MiB
    with pytest.raises(ImportFileError, match="압축 폭탄"):
        read_table(bomb)


def test_entity_expansion_is_refused(milestone_xlsx: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "laughs.xlsx"
    _replace_member(milestone_xlsx, bomb, "xl/worksheets/sheet1.xml", BILLION_LAUGHS)
    with pytest.raises(ImportFileError, match="DTD"):
        read_table(bomb)


def test_entity_declaration_hidden_after_padding_meets_defusedxml(
    milestone_xlsx: Path, tmp_path: Path
) -> None:
    padded = BILLION_LAUGHS.replace(b"\n<!DOCTYPE", b"\n<!--" + b" " * 20_000 + b"-->\n<!DOCTYPE")
    bomb = tmp_path / "padded.xlsx"
    _replace_member(milestone_xlsx, bomb, "xl/worksheets/sheet1.xml", padded)
    with pytest.raises(ImportFileError, match="DTD"):
        read_table(bomb)


def test_huge_csv_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("사업명,시군구,비고\n광양,광양시," + "가" * 3_000_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="2행"):
        read_table(path)


def test_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 100)
    with pytest.raises(ImportFileError, match="이진 파일"):
        read_table(path)


def test_xlsx_named_csv_gets_a_hint(milestone_xlsx: Path, tmp_path: Path) -> None:
    path = tmp_path / "renamed.csv"
    path.write_bytes(milestone_xlsx.read_bytes())
    with pytest.raises(ImportFileError, match=r"\.xlsx"):
        read_table(path)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "text.xlsx"
    path.write_text("사업명,지역\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="XLSX"):
        read_table(path)


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dctracker.io.table.MAX_ROWS", 50)
    path = tmp_path / "long.csv"
    path.write_text("사업명,시군구\n" + "사업,광양\n" * 51, encoding="utf-8")
    with pytest.raises(ImportFileError, match="최대 50행"):
        read_table(path)


def test_too_many_xlsx_rows_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import Workbook

    monkeypatch.setattr("dctracker.io.xlsx_io.MAX_ROWS", 50)
    workbook = Workbook()
    workbook.active.append(["사업명", "시군구"])
    for _ in range(120):
        workbook.active.append(["사업", "광양"])
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    with pytest.raises(ImportFileError, match="최대 50행"):
        read_table(path)


def test_workbook_without_sheets_says_so(milestone_xlsx: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(milestone_xlsx) as source:
        workbook_xml = source.read("xl/workbook.xml")
    start, end = workbook_xml.index(b"<sheets>"), workbook_xml.index(b"</sheets>") + len(b"</sheets>")
    empty = tmp_path / "empty.xlsx"
    _replace_member(
        milestone_xlsx, empty, "xl/workbook.xml", workbook_xml[:start] + b"<sheets/>" + workbook_xml[end:]
    )
    with pytest.raises(ImportFileError, match="시트가 하나도 없습니다") as raised:
        read_table(empty)
    assert "has no sheets" in str(raised.value)

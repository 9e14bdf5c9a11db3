"""Why a file cannot be imported at all, in Korean and English.

A file-level refusal (unreadable, hostile, too big) is different from a
rejected row: the first stops before anything is planned, the second is
listed with its row number in the import plan.
"""

from __future__ import annotations

from dctracker.domain.errors import UserError

# Limits that keep a hostile or mistaken file from exhausting memory or time.
# 200,000 rows is far above any real 시군 status sheet (hundreds of rows).
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000  # a status sheet has a few dozen; Excel allows 16,384
MAX_FILE_BYTES = 200 * 1024 * 1024  # a CSV, or an XLSX's unpacked parts together
MAX_FIELD_CHARS = 100_000  # one CSV cell; a note longer than this is not a note
MAX_ZIP_RATIO = 200  # unpacked/packed size of one XLSX part; real sheets stay below 100


class ExportError(ValueError):
    """The records cannot be written in the asked format; nothing was written."""


class ImportFileError(UserError, ValueError):
    """The file as a whole cannot be read; nothing was planned or stored."""


def too_many_rows(name: str, limit: int = MAX_ROWS) -> ImportFileError:
    return ImportFileError(
        f"{name}: 행이 너무 많습니다 (최대 {limit:,}행).",
        f"{name}: too many rows (at most {limit:,}).",
    )


def too_many_columns(name: str, count: int) -> ImportFileError:
    return ImportFileError(
        f"{name}: 열이 너무 많습니다 ({count:,}열, 최대 {MAX_COLUMNS:,}열).",
        f"{name}: too many columns ({count:,}, at most {MAX_COLUMNS:,}).",
    )

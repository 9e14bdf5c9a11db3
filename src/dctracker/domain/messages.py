"""What the store and the domain tell a user, by code: the English templates.

An error carries a code and its parameters, not its text (domain/errors.py).
The English is here, marked for pyside6-lupdate (QT_TRANSLATE_NOOP in the
context "Messages"); the Korean is in resources/translations/messages_ko.ts,
compiled to the .qm the window and the command line both load. This module
stays free of Qt: the front end hands it the catalog's lookup with
use_translation() (render/i18n.py with QCoreApplication.translate, cli.py with a
QtCore QTranslator); until then, and for English, the templates are used as
they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"
# (context, English source) -> its translation, "" when the catalog has none.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate (found by name); translated when rendered."""
    return source


TEMPLATES: dict[str, str] = {
    # The file
    "file.not_ours": QT_TRANSLATE_NOOP("Messages", "{path} is not a dctracker database ({reason})."),
    "file.newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} was written by a newer dctracker (schema {found}, this program knows up to {known});"
        " update the program.",
    ),
    "file.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged and cannot be opened ({reason}); the file was left as it is."
        " Restore a backup or open another file.",
    ),
    "file.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is locked by another program or user; try again in a moment or close that program.",
    ),
    "file.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is read-only: changes cannot be saved (check write permission on the file and its folder).",
    ),
    "file.old_schema_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} has an older schema ({found}) and is read-only, so it cannot be upgraded to {known};"
        " copy it somewhere writable and open the copy.",
    ),
    "file.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: the disk is full, so nothing was saved (stored data is unchanged);"
        " free some space and save again.",
    ),
    "file.io": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: reading or writing the file failed ({detail}); stored data is unchanged."
        " Check the network connection or disk and try again.",
    ),
    "file.cannot_open": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} cannot be opened ({reason}); check that the folder exists and that you may use it.",
    ),
    "file.hot_journal": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: the journal of an interrupted save ({journal}) lies beside the file, so this read-only"
        " task stopped; nothing was changed. Opening the file in the window rolls the interrupted save"
        " back; if the journal is not this file's (left by a copy of another file), move it away first.",
    ),
    "file.network_wal": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is held open in WAL mode (safe on a local disk only) by another user; on a network"
        " folder that mode is unsafe, so it was not opened. Open it again once the other users have"
        " closed it.",
    ),
    "file.orphan_journal": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} does not exist but its journal ({journal}) does, so no new file was created over it;"
        " put the original file back if it was moved, or open another file.",
    ),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "could not write the backup {dest} ({detail}); check that the folder exists and that you may"
        " write to it.",
    ),
    # Why a file is not ours, damaged or cannot be opened: the {reason} above
    "reason.empty": QT_TRANSLATE_NOOP("Messages", "the file is empty (0 bytes)"),
    "reason.wiped": QT_TRANSLATE_NOOP("Messages", "its header is wiped with zeros"),
    "reason.truncated": QT_TRANSLATE_NOOP("Messages", "the file is truncated ({size} bytes)"),
    "reason.truncated_of": QT_TRANSLATE_NOOP(
        "Messages", "the file is truncated ({size} of {expected} bytes)"
    ),
    "reason.not_sqlite": QT_TRANSLATE_NOOP("Messages", "not an SQLite file"),
    "reason.foreign": QT_TRANSLATE_NOOP("Messages", "another program's data"),
    "reason.damaged": QT_TRANSLATE_NOOP("Messages", "damaged: {detail}"),
    "reason.schema": QT_TRANSLATE_NOOP("Messages", "schema damaged: {lacks}"),
    "reason.folder": QT_TRANSLATE_NOOP("Messages", "it is a folder, not a file"),
    "reason.no_read_permission": QT_TRANSLATE_NOOP("Messages", "no permission to read it"),
    # Records
    "record.not_found": QT_TRANSLATE_NOOP(
        "Messages", "{table} #{id} does not exist (someone may have deleted it)."
    ),
    "record.conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "{table} #{id} was changed by someone else since it was read (read version {read}, now {now}).",
    ),
    "record.refused": QT_TRANSLATE_NOOP(
        "Messages", "{table}: the change conflicts with other records ({detail})."
    ),
    # Typed values: amounts and areas (domain/money.py), dates (domain/dates.py)
    "input.unreadable": QT_TRANSLATE_NOOP("Messages", "cannot read '{text}': {reason}"),
    "input.bad_date": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a valid date: {reason}"),
    "amount.fraction_of_won": QT_TRANSLATE_NOOP("Messages", "not a whole number of won"),
    "amount.too_large": QT_TRANSLATE_NOOP("Messages", "larger than the largest storable {largest}"),
    "amount.negative": QT_TRANSLATE_NOOP("Messages", "amounts cannot be negative"),
    "amount.empty": QT_TRANSLATE_NOOP("Messages", "no number given"),
    "amount.unexpected": QT_TRANSLATE_NOOP("Messages", "unexpected '{char}'"),
    "amount.two_points": QT_TRANSLATE_NOOP("Messages", "more than one decimal point"),
    "amount.bad_number": QT_TRANSLATE_NOOP("Messages", "bad number {number}"),
    "amount.units_out_of_order": QT_TRANSLATE_NOOP(
        "Messages", "units out of order ('{unit}' after '{previous}')"
    ),
    "amount.part_too_large": QT_TRANSLATE_NOOP(
        "Messages", "the part after '{previous}' must be below 10,000"
    ),
    "amount.two_numbers": QT_TRANSLATE_NOOP("Messages", "two numbers in a row"),
    "amount.unit_out_of_order": QT_TRANSLATE_NOOP("Messages", "'{unit}' out of order"),
    "amount.after_unit_too_large": QT_TRANSLATE_NOOP("Messages", "number after a unit is too large"),
    "date.year_range": QT_TRANSLATE_NOOP("Messages", "year must be 1900..2200"),
    "date.month_range": QT_TRANSLATE_NOOP("Messages", "month must be 1..12 ({month})"),
    "date.quarter_month": QT_TRANSLATE_NOOP("Messages", "quarter month is 1/4/7/10 ({month})"),
    "date.half_month": QT_TRANSLATE_NOOP("Messages", "a half is stored as month 1 or 7 ({month})"),
    "date.year_has_no_month": QT_TRANSLATE_NOOP("Messages", "a year date has no month ({month})"),
    "date.day_only_for_days": QT_TRANSLATE_NOOP("Messages", "only day dates have a day"),
    "date.no_such_day": QT_TRANSLATE_NOOP("Messages", "no such day"),
    "date.empty": QT_TRANSLATE_NOOP("Messages", "the date is empty"),
    "date.unknown_format": QT_TRANSLATE_NOOP(
        "Messages", "unknown format (e.g. 2025-03-31, 2025 H1, by 2030)"
    ),
    "date.not_stored_form": QT_TRANSLATE_NOOP("Messages", "not a stored date value"),
    "date.unknown_precision": QT_TRANSLATE_NOOP("Messages", "unknown precision '{value}'"),
    "date.unknown_month": QT_TRANSLATE_NOOP("Messages", "unknown month '{name}'"),
    "date.quarter_range": QT_TRANSLATE_NOOP("Messages", "quarter must be 1..4 ({quarter})"),
    "date.half_range": QT_TRANSLATE_NOOP("Messages", "half must be 1 or 2 ({half})"),
    # Problems found checking a record before it is stored (domain/validation.py)
    "problem.required": QT_TRANSLATE_NOOP("Messages", "{name} is required."),
    "problem.negative": QT_TRANSLATE_NOOP("Messages", "{name} cannot be negative."),
    "problem.not_a_district": QT_TRANSLATE_NOOP("Messages", "'{sigungu}' is not a district of {region}."),
    "problem.before": QT_TRANSLATE_NOOP("Messages", "{second} is before {first}."),
    "problem.in_two_zones": QT_TRANSLATE_NOOP(
        "Messages", "'{name}' is in two zones: '{first}' and '{second}'."
    ),
    "problem.progress_range": QT_TRANSLATE_NOOP(
        "Messages", "Progress must be between 0 and 100 (got {progress})."
    ),
    "problem.actual_before_baseline": QT_TRANSLATE_NOOP(
        "Messages", "The actual date ({actual}) is before the baseline ({baseline})."
    ),
    # Backups and the file check (store/file/backup.py, check.py, schema.py)
    "backup.check_failed": QT_TRANSLATE_NOOP("Messages", "the backup copy failed its check: {result}"),
    "backup.cannot_restore": QT_TRANSLATE_NOOP("Messages", "could not restore: {detail}"),
    "schema.missing_object": QT_TRANSLATE_NOOP("Messages", "the {kind} '{name}' is missing"),
    "schema.missing_column": QT_TRANSLATE_NOOP("Messages", "the table '{table}' has no column '{column}'"),
    "schema.missing_reference": QT_TRANSLATE_NOOP(
        "Messages",
        "the table '{table}' lacks its reference '{column}' → '{parent}'",
    ),
    "check.ok": QT_TRANSLATE_NOOP(
        "Messages",
        "No problems: integrity, references and schema of {name} are all fine.",
    ),
    "check.problems": QT_TRANSLATE_NOOP(
        "Messages",
        "Found {count} problem(s) in {name}; restoring a backup is advised (File → Restore from Backup).",
    ),
    "check.repairable": QT_TRANSLATE_NOOP(
        "Messages",
        "The records in {name} are whole, but {count} stored value(s) derived from them are stale;"
        " 'dctracker check --repair' recomputes them (no record changes).",
    ),
    "check.too_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "the file is too damaged to finish the check: {detail}",
    ),
    "check.damaged_part": QT_TRANSLATE_NOOP("Messages", "damaged part: {line}"),
    "check.broken_reference": QT_TRANSLATE_NOOP(
        "Messages",
        "{table} #{id} refers to a {parent} row that does not exist.",
    ),
    "check.stale_spans": QT_TRANSLATE_NOOP(
        "Messages",
        "milestone #{id}: the stored intervals do not match its dates (a date edited by another program).",
    ),
    "check.older_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "An older format (schema {version}); opening it in the program upgrades it to {latest}.",
    ),
}


@dataclass(frozen=True)
class Pair:
    """Text still written in both languages where it is made (the domain's
    validation problems, the check's findings): said as it is, by language."""

    ko: str
    en: str


@dataclass(frozen=True)
class Message:
    """A template's code and the values for its placeholders; a value may be
    a Message (a reason inside a sentence), a Pair or a list of them (joined by
    "; ")."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEMPLATES:
            raise KeyError(f"no message template {self.code!r}")


def english(context: str, source: str) -> str:
    return ""


_translate: Translate = english


def use_translation(translate: Translate) -> None:
    """The front end's lookup in its loaded catalog (see the module's docstring)."""
    global _translate
    _translate = translate


def say(said: Message | Pair, lang: str) -> str:
    """`said` in Korean ("ko", as the loaded catalog has it) or in English."""
    if isinstance(said, Pair):
        return said.en if lang == "en" else said.ko
    return render(said, translated=lang != "en")


def render(message: Message, *, translated: bool = True) -> str:
    """`message` in the loaded catalog's language (`translated`), else in English."""
    lookup = _translate if translated else english
    template = TEMPLATES[message.code]
    text = lookup(CONTEXT, template) or template
    return text.format(**{name: _value(v, translated) for name, v in message.params.items()})


def _value(value: Any, translated: bool) -> Any:
    if isinstance(value, Message):
        return render(value, translated=translated)
    if isinstance(value, Pair):
        return value.ko if translated and _translate is not english else value.en
    if isinstance(value, list):
        return "; ".join(str(_value(v, translated)) for v in value)
    return value

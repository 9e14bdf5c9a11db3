"""Hover text for a record on the timeline: name, dates at their precision,
slippage and status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import format_eok
from dctracker.domain.slippage import milestone_slippage
from dctracker.domain.timeline import TimelineLayout
from dctracker.render.i18n import QT_TRANSLATE_NOOP

LABELS = {
    "kind": QT_TRANSLATE_NOOP("Timeline", "Kind"),
    "status": QT_TRANSLATE_NOOP("Timeline", "Status"),
    "baseline": QT_TRANSLATE_NOOP("Timeline", "Baseline"),
    "forecast": QT_TRANSLATE_NOOP("Timeline", "Forecast"),
    "actual": QT_TRANSLATE_NOOP("Timeline", "Actual"),
    "slip": QT_TRANSLATE_NOOP("Timeline", "Slippage: {days} days"),
    "by_end": QT_TRANSLATE_NOOP("Timeline", "(measured at the end of the interval)"),
    "signed": QT_TRANSLATE_NOOP("Timeline", "Signed"),
    "pledged": QT_TRANSLATE_NOOP("Timeline", "Pledged investment"),
    "planned": QT_TRANSLATE_NOOP("Timeline", "Planned"),
    "progress": QT_TRANSLATE_NOOP("Timeline", "Progress"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("Timeline", LABELS[key])


def _date(pd: PartialDate | None, lang: str) -> str:
    return pd.to_text(lang) if pd else "—"


def tooltip_text(layout: TimelineLayout, kind: str, record_id: int, lang: str) -> str:
    if kind == "milestones":
        return _milestone(layout, record_id, lang)
    if kind == "mous":
        mou = layout.mous[record_id]
        return "<br>".join(
            [
                f"<b>{mou.title}</b>",
                f"{_t('signed')}: {_date(mou.signed_on, lang)}",
                f"{_t('pledged')}: {format_eok(mou.pledged_investment, lang) or '—'}",
                f"{_t('status')}: {mou.status.label(lang)}",
            ]
        )
    p = layout.projects[record_id]
    bar = next((b for b in layout.bars if b.project_id == record_id), None)
    progress = f"{bar.progress:.0%}" if bar else "—"
    return "<br>".join(
        [
            f"<b>{p.name}</b>",
            f"{_t('planned')}: {_date(p.planned_start, lang)} – {_date(p.planned_finish, lang)}",
            f"{_t('status')}: {p.status.label(lang)} · {_t('progress')}: {progress}",
        ]
    )


def _milestone(layout: TimelineLayout, record_id: int, lang: str) -> str:
    m = layout.milestones[record_id]
    lines = [
        f"<b>{m.title}</b> ({layout.projects[m.project_id].name})",
        f"{_t('kind')}: {m.kind.label(lang)} · {_t('status')}: {m.status.label(lang)}",
        f"{_t('baseline')}: {_date(m.baseline, lang)}",
        f"{_t('forecast')}: {_date(m.forecast, lang)}",
        f"{_t('actual')}: {_date(m.actual, lang)}",
    ]
    if (slip := milestone_slippage(m)) is not None and slip.days:
        text = _t("slip").format(days=f"{slip.days:+,}")
        lines.append(text if slip.exact else f"{text} {_t('by_end')}")
    return "<br>".join(lines)

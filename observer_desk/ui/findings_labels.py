"""How findings values read on screen: phases, severities, sources, local times, shares.

Labels go through Qt's translation machinery under the context "Labels", like labels.py.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from observer_desk.core.models import Phase, ReportSource, Severity

LANGUAGES = ("en", "ru", "zh")
SEVERITY_COLOURS = {Severity.CRITICAL: QColor("#c0392b"), Severity.SERIOUS: QColor("#d35400"),
                    Severity.MINOR: QColor("#b7950b")}
FLAG_COLOUR = QColor("#a86400")
NEGATIVE_COLOUR = QColor("#c0392b")


def interface_language_code() -> str:
    """The interface language as a checklist label language: "en", "ru" or "zh"."""
    return {QLocale.Language.Russian: "ru", QLocale.Language.Chinese: "zh"}.get(QLocale().language(), "en")


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def phase_label(phase: Phase | str | None) -> str:
    if phase is None or phase == "":
        return ""
    return {Phase.OPENING: _t("Opening"), Phase.VOTING: _t("Voting"),
            Phase.COUNT: _t("Closing and count")}.get(Phase(phase), str(phase))


def severity_label(severity: Severity | str) -> str:
    return {Severity.MINOR: _t("Minor"), Severity.SERIOUS: _t("Serious"),
            Severity.CRITICAL: _t("Critical")}.get(Severity(severity), str(severity))


def source_label(source: ReportSource | str) -> str:
    return {ReportSource.MANUAL: _t("Entered"), ReportSource.ODK: _t("ODK Central"),
            ReportSource.KOBO: _t("KoboToolbox")}.get(ReportSource(source), str(source))


def local_time(moment: datetime | None, zone: str, *, with_date: bool = False) -> str:
    """A stored UTC instant as the clock showed it at the place."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone))
    return local.strftime("%d.%m.%Y %H:%M") if with_date else local.strftime("%H:%M")


def utc_offset(zone: str, at: datetime | None = None) -> str:
    """"UTC+06:00" for the zone at that moment (now if none)."""
    moment = (at or datetime.now(ZoneInfo("UTC"))).astimezone(ZoneInfo(zone))
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def percent(share: float | None, digits: int = 1) -> str:
    if share is None:
        return "—"
    return QLocale().toString(share * 100, "f", digits) + " %"


def points(value: float | None) -> str:
    """A difference in percentage points with its sign."""
    if value is None:
        return "—"
    text = QLocale().toString(abs(value), "f", 2)
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return _t("%1%2 pp").replace("%1", sign).replace("%2", text)


def n_of(count: int, n: int) -> str:
    return _t("%1 of %2").replace("%1", QLocale().toString(count)).replace("%2", QLocale().toString(n))


def label_in(labels: dict[str, str] | None, language: str, fallback: str = "") -> str:
    labels = labels or {}
    return labels.get(language) or labels.get("en") or next(
        (text for text in labels.values() if text), "") or fallback

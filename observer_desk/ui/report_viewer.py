"""One report as the team filed it: the visit, the answers section by section with their labels
in the chosen language, the incidents and the notes. Questions that did not apply are left out;
negative answers are marked. Edit and Delete act on the report shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from observer_desk.core.language import labelled, listed, parenthesised
from observer_desk.core.services.form_logic import FormLogic
from observer_desk.core.services.report_editing import ReportDetails
from observer_desk.documents.xlsform import NOTE_KEY

from .findings_labels import (
    SEVERITY_COLOURS,
    label_in,
    local_time,
    phase_label,
    severity_label,
    source_label,
    utc_offset,
)
from .widgets import ERROR_COLOUR, muted

FLAG_BACKGROUND = "rgba(243, 179, 61, 0.18)"


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportViewer", text)


def report_html(details: ReportDetails, definition: dict, language: str) -> str:
    """The report as HTML for the viewer (every value escaped)."""
    def e(text: object) -> str:
        return html.escape(str(text))

    zone = details.time_zone
    lists = {cl["name"]: {c["value"]: c for c in cl["choices"]} for cl in definition["choice_lists"]}
    station = details.station_number or _t("no station")
    if details.station_name:
        station += f" — {details.station_name}"
    when = " – ".join(t for t in (local_time(details.arrived_at, zone, with_date=True),
                                  local_time(details.departed_at, zone)) if t)
    parts = [f"<h2 style='margin-bottom:2px'>{e(_t('Station'))} {e(station)}</h2>"]
    facts = [(_t("Place"), listed(p for p in (details.unit_name,) if p) or "—"),
             (_t("Team"), details.team_name or "—"), (_t("Phase"), phase_label(details.phase)),
             (_t("Visit"), parenthesised(when, listed((utc_offset(zone, details.arrived_at), zone)))
              if when else "—"),
             (_t("Source"), listed(p for p in (source_label(details.source), details.submitted_by) if p)),
             (_t("Checklist"), details.checklist_label)]
    if details.instance_id:
        facts.append((_t("Submission"), details.instance_id))
    parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td style='color:gray;padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>"
        for k, v in facts) + "</table>")
    if details.flagged:
        parts.append(f"<p style='background:{FLAG_BACKGROUND};padding:6px'><b>{e(_t('To complete:'))}</b> "
                     f"{e(details.flag_reason)}</p>")
    shown = FormLogic(definition).relevant(details.answers)
    for section in definition["sections"]:
        rows = []
        for question in section["questions"]:
            name = question["name"]
            if not shown.get(name, True) or (question.get("extra") or {}).get(NOTE_KEY) == "note":
                continue
            value = details.answers.get(name, "")
            choices = lists.get(question["choices"] or "", {})
            if not value:
                shown_value = f"<span style='color:gray'>{e(_t('not answered'))}</span>"
            elif choices:
                pieces = []
                for item in value.split() if question["type"] == "multiple" else [value]:
                    choice = choices.get(item)
                    text = e(label_in(choice["labels"], language, item) if choice else item)
                    if choice and choice.get("negative"):
                        text = f"<b style='color:{ERROR_COLOUR}'>{text}</b>"
                    pieces.append(text)
                shown_value = listed(pieces)
            else:
                shown_value = e(value)
            rows.append(f"<tr><td width='60%' style='padding:2px 10px 2px 0'>"
                        f"{e(label_in(question['labels'], language, name))}</td>"
                        f"<td style='padding:2px 0'>{shown_value}</td></tr>")
        if rows:
            parts.append(f"<h3 style='margin:12px 0 4px 0'>{e(label_in(section['labels'], language, section['name']))}</h3>"
                         f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>")
    parts.append(f"<h3 style='margin:12px 0 4px 0'>{e(_t('Incidents'))}</h3>")
    if details.incidents:
        items = []
        for incident in details.incidents:
            colour = SEVERITY_COLOURS[incident.severity].name()
            at = local_time(incident.occurred_at, zone)
            what = labelled(incident.category, incident.description) if incident.description \
                else incident.category
            items.append(f"<li><b style='color:{colour}'>{e(severity_label(incident.severity))}</b>"
                         f"{' · ' + e(at) if at else ''} · {e(what)}</li>")
        parts.append("<ul style='margin-top:0'>" + "".join(items) + "</ul>")
    else:
        parts.append(f"<p style='color:gray'>{e(_t('None'))}</p>")
    if details.notes:
        parts.append(f"<h3 style='margin:12px 0 4px 0'>{e(_t('Notes'))}</h3><p>{e(details.notes)}</p>")
    return "".join(parts)


class ReportViewer(QWidget):
    editRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.details: ReportDetails | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.empty = muted(self.tr("Choose a report in the list to read it here."))
        self.edit_button = QPushButton(self.tr("&Edit Report…"))
        self.edit_button.clicked.connect(lambda: self.details and self.editRequested.emit(self.details.id))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(
            lambda: self.details and self.deleteRequested.emit(self.details.id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_report(None, None, "en")

    def show_report(self, details: ReportDetails | None, definition: dict | None, language: str) -> None:
        self.details = details
        has = details is not None and definition is not None
        self.empty.setVisible(not has)
        self.browser.setVisible(has)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has:
            self.browser.setHtml(report_html(details, definition, language))
        else:
            self.browser.clear()

    def text(self) -> str:
        return self.browser.toPlainText()

"""The report form and the checklist editor of the Findings area, driven as a user would: a
report typed in with digits and Tab, questions appearing and disappearing as answers are given,
a constraint that stops the save, an incident added to a report, a checklist edit saved."""

from __future__ import annotations

from datetime import UTC, datetime

from findings_gui_support import boxes, demo, demo_file, open_page, press  # noqa: F401 - fixtures
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from observer_desk.core.models import (
    Answer,
    Checklist,
    Event,
    Incident,
    PollingStation,
    Question,
    Severity,
    Team,
    TurnoutReading,
    VisitReport,
)
from observer_desk.ui.answer_widgets import ChoiceField, normalise_clock
from observer_desk.ui.report_form import ReportForm


def ids(db, mission_id) -> tuple[dict[str, int], dict[str, int]]:
    with db.reading() as session:
        stations = dict(session.execute(select(PollingStation.number, PollingStation.id).where(
            PollingStation.mission_id == mission_id)).all())
        teams = dict(session.execute(select(Team.name, Team.id).where(Team.mission_id == mission_id)).all())
    return stations, teams


def answers_of(db, report_id: int) -> dict[str, str]:
    with db.reading() as session:
        return dict(session.execute(select(Question.name, Answer.value).join(
            Answer, Answer.question_id == Question.id).where(Answer.report_id == report_id)).all())


def report_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(VisitReport))


def new_form(qtbot, page) -> ReportForm:
    form = page.open_report_form()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def choose_visit(form: ReportForm, team: int, station: int) -> None:
    form.team_box.setCurrentIndex(form.team_box.findData(team))
    form.station_box.setCurrentIndex(form.station_box.findData(station))


def test_a_report_typed_with_digits_and_tab_is_saved_with_the_right_answers(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    stations, teams = ids(db, mission_id)
    form = new_form(qtbot, page)
    # the team with the arrow keys in the team box, the station from the list
    assert QApplication.focusWidget() is form.team_box
    press(qtbot, *[Qt.Key.Key_Down] * 6)
    assert form.team_id() == teams["Team 6"]
    # the team's planned stations come first, with the planned times
    assert form.station_box.itemText(1).startswith("512 — Kosshy secondary school No. 1")
    assert "planned 08:45–09:30" in form.station_box.itemText(1)
    form.station_box.setCurrentIndex(form.station_box.findData(stations["512"]))
    # the plan gives the times and the phase, the station its district
    assert (form.arrival.value(), form.departure.value(), form.phase().value) == ("08:45", "09:30", "voting")
    assert form.rows["unit_name"].field.value() == "Tselinograd District, Akmola Region"
    assert form.rows["opening_rating"].field.isHidden()  # an opening question at a voting visit

    form.rows["signposted"].field.setFocus()
    press(qtbot, "1", "1", "1", "1", "2", "1",  # premises: the form moves on after each digit
          "1", "1", "1", "1")  # voting: ... group voting seen: yes
    assert QApplication.focusWidget() is form.rows["group_voting_count"].field.focus_target()
    press(qtbot, "2", Qt.Key.Key_Tab,
          "2", "1", "3", "2",  # multiple voting no, seals yes, mobile box not observed, pressure no
          "2",  # unauthorised persons: no (their details stay hidden)
          "1", "3", Qt.Key.Key_Tab,  # domestic observers: candidates and public associations
          "6", Qt.Key.Key_Tab,  # how many
          "1", "1",
          "2710", Qt.Key.Key_Tab, "800", Qt.Key.Key_Tab, "915", Qt.Key.Key_Tab,
          "2", "2", "2",  # complaints no, violations no, voting rated good
          "1", "4", Qt.Key.Key_Tab,  # talked to the chair and voters
          "Orderly", Qt.Key.Key_Tab)
    assert form.rows["ballots_issued_time"].field.value() == "09:15"
    assert form.visible_problems() == []
    before = report_count(db)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.last_saved is not None)
    assert report_count(db) == before + 1

    report_id = form.last_saved.id
    assert answers_of(db, report_id) == {
        "station_number": "512", "unit_name": "Tselinograd District, Akmola Region",
        "arrival_time": "08:45", "departure_time": "09:30", "phase": "voting",
        "signposted": "yes", "wheelchair_access": "yes", "aids_impaired": "yes",
        "help_elderly_disabled": "yes", "campaign_material": "no", "crowding": "not_crowded",
        "id_checked": "always", "voters_signed": "yes", "secrecy_possible": "yes",
        "group_voting": "yes", "group_voting_count": "2", "multiple_voting": "no",
        "seals_intact": "yes", "mobile_voting": "not_observed", "pressure_on_voters": "no",
        "unauthorised_persons": "no", "domestic_observers": "candidates public_associations",
        "domestic_observers_count": "6", "observation_unrestricted": "yes",
        "turnout_info_given": "yes", "registered_voters": "2710", "ballots_issued": "800",
        "ballots_issued_time": "09:15", "complaints_filed": "no", "violations_observed": "no",
        "voting_rating": "good", "people_talked_to": "chair voters", "notes": "Orderly"}
    with db.reading() as session:
        report = session.get(VisitReport, report_id)
        assert report.team_id == teams["Team 6"] and report.polling_station_id == stations["512"]
        assert report.arrived_at == datetime(2022, 11, 20, 2, 45, tzinfo=UTC)
        event = session.get(Event, report.event_id)
        assert event.polling_station_id == stations["512"]  # the planned visit it reports on
        reading = session.scalars(select(TurnoutReading).where(TurnoutReading.report_id == report_id)).one()
        assert (reading.registered_voters, reading.ballots_issued) == (2710, 800)
    # the list shows the new report, chosen, and the viewer reads it
    qtbot.waitUntil(lambda: page.viewer.details is not None and page.viewer.details.id == report_id)
    assert "Kosshy secondary school No. 1" in page.viewer.text()


def test_relevance_shows_and_hides_questions_as_answers_change(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    form = new_form(qtbot, page)
    rows = form.rows
    form.phase_box.setCurrentIndex(form.phase_box.findData("voting"))
    assert not rows["id_checked"].field.isHidden() and rows["opening_rating"].field.isHidden()
    assert form.section_headings["opening"].isHidden() and not form.section_headings["voting"].isHidden()
    assert rows["group_voting_count"].field.isHidden()
    group_voting = rows["group_voting"].field
    assert isinstance(group_voting, ChoiceField)
    group_voting.setFocus()
    press(qtbot, "1")  # yes: the count is asked for at once
    assert not rows["group_voting_count"].field.isHidden()
    assert QApplication.focusWidget() is rows["group_voting_count"].field.focus_target()
    group_voting.setFocus()
    press(qtbot, "2")  # no: it goes again
    assert rows["group_voting_count"].field.isHidden()
    form.phase_box.setCurrentIndex(form.phase_box.findData("opening"))
    assert form.section_headings["voting"].isHidden() and not form.section_headings["opening"].isHidden()
    assert not rows["opening_rating"].field.isHidden() and rows["voting_rating"].field.isHidden()
    assert rows["seal_numbers"].field.isHidden()
    rows["boxes_sealed"].field.setFocus()
    press(qtbot, "1")
    assert not rows["seal_numbers"].field.isHidden()
    # a multiple choice: 'none' hides the number of observers, another answer shows it
    rows["domestic_observers"].field.setFocus()
    press(qtbot, "5")
    assert rows["domestic_observers_count"].field.isHidden()
    press(qtbot, "5", "4")
    assert not rows["domestic_observers_count"].field.isHidden()
    # the visit questions are the visit's own fields, not asked twice
    for name in ("station_number", "arrival_time", "departure_time", "phase"):
        assert name not in rows


def test_a_constraint_violation_stops_the_save_in_place(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    stations, teams = ids(db, mission_id)
    form = new_form(qtbot, page)
    choose_visit(form, teams["Team 1"], stations["214"])
    rows = form.rows
    rows["registered_voters"].field.set_value("1000")
    rows["ballots_issued"].field.set_value("1200")
    # shown as soon as it is typed, where it is
    assert not rows["ballots_issued"].problem.isHidden()
    assert rows["ballots_issued"].problem.text() == "Ballots issued cannot exceed the number of voters on the list."
    rows["voting_rating"].field.set_value("good")
    before = report_count(db)
    assert form.save() is None
    assert report_count(db) == before
    assert "cannot be saved yet" in form.banner.text()
    assert QApplication.focusWidget() is rows["ballots_issued"].field.focus_target()
    # a departure before the arrival is the same kind of problem, at the visit's own field
    form.departure.set_value("08:00")
    assert form.header_problems["departure"].text() == "Departure cannot be before arrival."
    form.departure.set_value("10:15")
    rows["ballots_issued"].field.set_value("640")
    assert rows["ballots_issued"].problem.isHidden()
    assert form.save() is not None
    assert report_count(db) == before + 1


def test_required_answers_are_asked_for_when_saving(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    form = new_form(qtbot, page)
    assert form.visible_problems() == []  # nothing nags before a save is tried
    assert form.save() is None
    assert form.header_problems["team"].text() == "Choose the team."
    assert form.header_problems["station"].text() == "Choose the polling station."
    assert form.rows["registered_voters"].problem.text() == "An answer is required."
    assert form.rows["voting_rating"].problem.text() == "An answer is required."


def test_an_incident_added_to_a_report_is_saved(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    stations, _teams = ids(db, mission_id)
    with db.reading() as session:
        report_id = session.scalar(select(VisitReport.id).where(
            VisitReport.polling_station_id == stations["41"]))
        version = session.get(VisitReport, report_id).version
    assert page.select_report(report_id)
    page.viewer.edit_button.click()
    form = page.forms[-1]
    qtbot.waitExposed(form)
    assert form.details.id == report_id
    dialog = form.add_incident()
    dialog.category.setCurrentText("Campaigning near the station")
    dialog.severity.setCurrentIndex(1)
    dialog.time.set_value("1420")
    dialog.description.setPlainText("Posters of a candidate at the school gate.")
    dialog.accept()
    assert form.incidents.rowCount() == 1
    assert form.incidents.data(form.incidents.index(0, 0)) == "14:20"
    assert form.save() is not None
    with db.reading() as session:
        incident = session.scalars(select(Incident).where(Incident.report_id == report_id)).one()
        assert (incident.category, incident.severity) == ("Campaigning near the station", Severity.SERIOUS)
        assert incident.occurred_at == datetime(2022, 11, 20, 8, 20, tzinfo=UTC)
        assert incident.polling_station_id == stations["41"]
        assert session.get(VisitReport, report_id).version == version + 1
    assert "Campaigning near the station" in page.viewer.text()


def test_a_checklist_edit_is_saved_as_a_new_version(qtbot, demo, boxes) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    editor = page.checklist_editor
    page.tabs.setCurrentWidget(editor)
    assert "22 reports were filed on this version" in editor.usage.text()
    # choose 'How crowded was the polling station?' (section C, question 6)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(2).child(5))
    panel = editor.question_panel
    assert panel.name.text() == "crowding"
    edit = panel.labels.edits[("labels", "ru")]
    edit.setFocus()
    edit.selectAll()
    edit.insert("Насколько многолюдно было на участке?")  # typed through an input method
    panel.choices_view.setCurrentIndex(panel.choices.index(2, 0))
    panel.add_choice_button.click()
    panel.choices.setData(panel.choices.index(3, 0), "very_crowded")
    panel.choices.setData(panel.choices.index(3, 1), "Very crowded")
    panel.choices.setData(panel.choices.index(3, 4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    panel.relevant.edit.setFocus()
    qtbot.keyClicks(panel.relevant.edit, "${phase} != 'count")
    assert not panel.relevant.problem.isHidden()  # the unclosed quote is shown as it is typed
    qtbot.keyClicks(panel.relevant.edit, "'")
    assert panel.relevant.problem.isHidden()
    editor.down_button.click()  # the last of its section: Down moves it into the next one
    assert editor._current_path() == (3, 0)
    assert editor.save()
    assert any("saved as a new version" in text for text in boxes.asked)
    with db.reading() as session:
        checklist = session.scalars(select(Checklist).where(Checklist.active.is_(True))).one()
        assert checklist.form_version == "2022.2"
        crowding = session.scalars(select(Question).where(
            Question.checklist_id == checklist.id, Question.name == "crowding")).one()
        assert crowding.labels["ru"] == "Насколько многолюдно было на участке?"
        assert crowding.relevant == "${phase} != 'count'"
        assert crowding.section.name == "voting"
        choices = [(c.value, c.negative) for c in crowding.choice_list.choices]
        assert choices == [("not_crowded", False), ("somewhat_crowded", False), ("overcrowded", True),
                           ("very_crowded", True)]
        old = session.scalars(select(Checklist).where(Checklist.form_version == "2022.1")).one()
        assert session.scalar(select(func.count()).select_from(VisitReport).where(
            VisitReport.checklist_id == old.id)) == 22
    assert "2022.2" in editor.version_box.currentText()
    # the next report is entered on the new version
    assert page.context().checklist_label == "election_day 2022.2"


def test_clock_typing() -> None:
    assert [normalise_clock(t) for t in ("930", "0930", "9:30", "9", "23:59", "24:00", "", "x")] == [
        "09:30", "09:30", "09:30", "09:00", "23:59", "24:00", "", "x"]


def test_save_and_new_keeps_the_team_and_day_for_the_next_report(qtbot, demo, boxes) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    stations, teams = ids(db, mission_id)
    form = new_form(qtbot, page)
    before = report_count(db)
    for station, rating in (("214", "good"), ("227", "very_good")):
        choose_visit(form, teams["Team 1"], stations[station])
        form.rows["registered_voters"].field.set_value("1500")
        form.rows["voting_rating"].field.set_value(rating)
        assert form.save(and_new=True) is not None
        assert form.isVisible() and form.team_id() == teams["Team 1"]
        assert form.station_id() is None and form.rows["voting_rating"].field.value() == ""
        assert f"station {station}" in form.banner.text()
    assert report_count(db) == before + 2
    assert page.model.rowCount() == before + 2
    # closing with something typed asks first; Discard closes without saving
    form.rows["voting_rating"].field.setFocus()
    press(qtbot, "3")
    boxes.answer = boxes.answer.Discard
    form.reject()
    assert not form.isVisible() and any("not saved" in text for text in boxes.asked)
    assert report_count(db) == before + 2


def test_renaming_a_question_renames_it_in_the_conditions_that_use_it(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    editor = page.checklist_editor
    page.tabs.setCurrentWidget(editor)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1).child(3))  # boxes_sealed
    name = editor.question_panel.name
    assert name.text() == "boxes_sealed"
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "seals_recorded")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # leaving the field finishes the rename
    seal_numbers = editor.definition["sections"][1]["questions"][4]
    assert seal_numbers["relevant"] == "${seals_recorded} = 'yes'"
    assert editor.save()
    with db.reading() as session:
        active = session.scalars(select(Checklist).where(Checklist.active.is_(True))).one()
        relevant = session.scalar(select(Question.relevant).where(
            Question.checklist_id == active.id, Question.name == "seal_numbers"))
    assert relevant == "${seals_recorded} = 'yes'"

"""The Itinerary area on the demo mission, driven as a user would: the list in local time, an
event created through the dialog, a conflict made and seen, a stale edit refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import Event, EventKind, Mission
from observer_desk.core.services.demo import DEMO_MISSION_CODE
from observer_desk.core.services.programme import move_event
from observer_desk.core.services.schedule import load_schedule
from observer_desk.core.services.teams import list_teams
from observer_desk.ui.itinerary_page import ItineraryPage


@pytest.fixture(scope="module")
def demo_file(demo_template_url: str) -> str:
    return demo_template_url


@pytest.fixture
def demo(demo_file: str, copy_db_url) -> Iterator[tuple[Database, int]]:
    """A fresh copy of the demo database, made once per module, and its mission id."""
    database = open_database(copy_db_url(demo_file, "demo"))
    with database.reading() as session:
        mission_id = session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))
    yield database, mission_id
    database.dispose()


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *_a, **_k: QMessageBox.StandardButton.Yes))


@pytest.fixture
def page(qtbot, demo) -> ItineraryPage:  # noqa: ANN001
    db, mission_id = demo
    widget = ItineraryPage()
    qtbot.addWidget(widget)
    widget.load(db, mission_id)
    return widget


def _place_index(dialog, name_part: str) -> int:  # noqa: ANN001
    for i in range(dialog.place.count()):
        if name_part in dialog.place.itemText(i):
            return i
    raise AssertionError(f"no place named like {name_part!r}")


def test_the_list_shows_the_programme_without_conflicts(page: ItineraryPage) -> None:
    schedule = page.schedule
    assert page.model.rowCount() == len(schedule.events) > 20
    assert page.report.conflicts == []
    assert page.conflicts.count() == 0
    # An election-day visit in Astana reads in Astana's time, 07:00 or later, never in UTC.
    visits = [e for e in schedule.events if e.kind is EventKind.VISIT]
    row = page.model.row_of(visits[0].id)
    assert page.model.index(row, 1).data().startswith(f"{visits[0].local_start:%H:%M}")
    assert visits[0].local_start.hour >= 6


def test_filters_by_day_and_kind(page: ItineraryPage) -> None:
    election = page.schedule.mission.election_date
    page.day.setCurrentIndex(page.day.findData(election.isoformat()))
    assert page.model.rowCount() > 0
    assert all(page.model.event_at(r).local_day == election for r in range(page.model.rowCount()))
    page.kind.setCurrentIndex(page.kind.findData(EventKind.VISIT))
    kinds = {page.model.event_at(r).kind for r in range(page.model.rowCount())}
    assert kinds == {EventKind.VISIT}


def test_create_an_event_through_the_dialog(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    db, mission_id = demo
    person = next(p for p in page.schedule.people.values())
    dialog = page.event_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.MEETING))
    dialog.title.setText("Встреча с наблюдателями 观察员会议")
    dialog.place.setCurrentIndex(_place_index(dialog, "Central Election Commission"))
    dialog.starts.setDateTime(dialog.starts.dateTime().fromString("2022-11-16 15:00", "yyyy-MM-dd HH:mm"))
    dialog.ends.setDateTime(dialog.ends.dateTime().fromString("2022-11-16 16:00", "yyyy-MM-dd HH:mm"))
    dialog.set_participant("observer", person.id)
    dialog.save()
    assert dialog.saved is not None, dialog.problems.text()
    page.after_change(dialog.saved.id)
    with db.reading() as session:
        event = session.scalar(select(Event).where(Event.title == "Встреча с наблюдателями 观察员会议"))
        assert event is not None and event.mission_id == mission_id
        # 15:00 in Astana (UTC+6) is 09:00 UTC.
        assert event.starts_at == datetime(2022, 11, 16, 9, 0, tzinfo=timezone.utc)
        assert [p.observer_id for p in event.participants] == [person.id]
    assert page.selected_event().id == event.id


def test_problems_are_shown_in_the_dialog_and_nothing_is_written(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    db, _ = demo
    dialog = page.event_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.VISIT))
    dialog.title.setText("")
    before = len(load_schedule(db, page.mission_id).events)
    dialog.save()
    assert dialog.saved is None
    assert "Title" in dialog.problems.text() and "polling-station visit" in dialog.problems.text()
    assert len(load_schedule(db, page.mission_id).events) == before


def test_a_conflict_made_is_listed_and_marked(page: ItineraryPage) -> None:
    visits = [e for e in page.schedule.events if e.kind is EventKind.VISIT and e.team_ids]
    first, later = visits[0], next(e for e in visits[1:] if e.team_ids == visits[0].team_ids)
    dialog = page.event_dialog(later)
    # The team's later visit made to start at the first one's time: two places at once.
    start = first.local_start
    dialog.starts.setDateTime(dialog.starts.dateTime().fromString(f"{start:%Y-%m-%d %H:%M}", "yyyy-MM-dd HH:mm"))
    end = start + (later.ends_at - later.starts_at)
    dialog.ends.setDateTime(dialog.ends.dateTime().fromString(f"{end:%Y-%m-%d %H:%M}", "yyyy-MM-dd HH:mm"))
    dialog.save()
    assert dialog.saved is not None, dialog.problems.text()
    page.after_change(dialog.saved.id)
    assert page.conflicts.count() >= 1
    texts = [page.conflicts.item(i).text() for i in range(page.conflicts.count())]
    assert any("two places at once" in t for t in texts)
    row = page.model.row_of(later.id)
    assert page.model.index(row, 3).data().startswith("⚠")
    assert page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_a_stale_edit_is_refused_clearly(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    db, _ = demo
    event = page.schedule.events[0]
    dialog = page.event_dialog(event)
    move_event(db, event.id, event.version, minutes=10)  # a colleague saves first
    dialog.title.setText(event.title + " (changed)")
    dialog.save()
    assert dialog.saved is None
    assert "changed by someone else" in dialog.problems.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_delete_the_selected_event(page: ItineraryPage) -> None:
    event = page.schedule.events[-1]
    page.select_event(event.id)
    page.delete_selected()
    assert all(e.id != event.id for e in page.schedule.events)


def test_the_page_renders(page: ItineraryPage, tmp_path) -> None:  # noqa: ANN001
    page.resize(1200, 800)
    page.show()
    image = page.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "itinerary.png"))
    image.save("/tmp/it/itinerary.png")
    page.tabs.setCurrentIndex(1)
    page.teams.grab().save("/tmp/it/teams.png")


def test_the_window_shows_the_itinerary_of_the_mission(qtbot, demo, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    from observer_desk.ui.main_window import MainWindow
    db, mission_id = demo
    window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_mission(mission_id)
    window.show_area(2)
    assert window.areas.currentWidget() is window.itinerary_page
    assert window.itinerary_page.model.rowCount() == len(load_schedule(db, mission_id).events)


def test_team_membership_change_is_saved(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    db, mission_id = demo
    panel = page.teams
    panel.new_team("Команда 东方")
    team = panel.current_team()
    assert team is not None and team.name == "Команда 东方" and team.member_ids == ()
    assert panel.available.count() > 0
    first = panel.available.item(0).data(Qt.ItemDataRole.UserRole)
    panel.add_member(first)
    saved = {t.name: t for t in list_teams(db, mission_id)}
    assert saved["Команда 东方"].member_ids == (first,)
    assert panel.members.count() == 1
    panel.vehicle.setText("Toyota Land Cruiser 123 ABC 01")
    panel.save_details()
    assert {t.name: t for t in list_teams(db, mission_id)}["Команда 东方"].vehicle == (
        "Toyota Land Cruiser 123 ABC 01")
    panel.members.item(0).setSelected(True)
    panel.remove_button.click()
    assert {t.name: t for t in list_teams(db, mission_id)}["Команда 东方"].member_ids == ()


def test_a_team_change_reloads_the_programme(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    # Who is at a team's events follows its members, so the programme the conflict check sees
    # is read again after the panel writes.
    db, mission_id = demo
    team = next(t for t in page.schedule.teams.values() if t.member_ids)
    page.teams.select_team(team.id)
    page.teams.remove_member(team.member_ids[0])
    assert team.member_ids[0] not in {t.name: t for t in list_teams(db, mission_id)}[team.name].member_ids
    assert page.schedule.teams[team.id].member_ids == team.member_ids[1:]


def test_dragging_a_block_moves_the_event_by_the_snapped_time(page: ItineraryPage, qtbot, demo) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    db, mission_id = demo
    page.resize(1400, 900)
    page.show()
    page.tabs.setCurrentIndex(2)
    view = page.day_view
    election = page.schedule.mission.election_date
    view.show_day(election)
    timeline = view.timeline
    block = next(b for b in timeline.blocks if b.event.kind is EventKind.VISIT)
    before = block.event
    view.grab().save("/tmp/it/dayview.png")
    start = block.rect.center().toPoint()
    # 23 minutes to the right: the start snaps to the nearest 5 minutes, 25 minutes later.
    end = start + QPoint(round(23 * timeline.per_minute), 0)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    after = next(e for e in load_schedule(db, mission_id).events if e.id == before.id)
    moved = (after.starts_at - before.starts_at).total_seconds() / 60
    assert moved == 25
    assert after.ends_at - after.starts_at == before.ends_at - before.starts_at
    assert after.local_start.minute % 5 == 0


def test_dragging_the_end_edge_resizes_and_a_conflict_is_drawn(page: ItineraryPage, qtbot, demo) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    db, mission_id = demo
    page.resize(1400, 900)
    page.show()
    page.tabs.setCurrentIndex(2)
    view = page.day_view
    view.show_day(page.schedule.mission.election_date)
    timeline = view.timeline
    lane = next(b.lane for b in timeline.blocks if b.event.kind is EventKind.VISIT)
    first, second = sorted((b for b in timeline.blocks if b.lane == lane and b.event.kind is EventKind.VISIT),
                           key=lambda b: b.rect.left())[:2]
    # Stretch the first visit well into the second: the team is then in two places at once.
    grab = QPoint(round(first.rect.right()) - 2, round(first.rect.center().y()))
    target = QPoint(round(second.rect.left() + 30 * timeline.per_minute), grab.y())
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(timeline, target)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=target)
    after = next(e for e in load_schedule(db, mission_id).events if e.id == first.event.id)
    assert after.starts_at == first.event.starts_at
    assert after.ends_at > second.event.starts_at
    assert after.local_end.minute % 5 == 0
    assert first.event.id in timeline.conflicts
    view.grab().save("/tmp/it/dayview_conflict.png")


def test_shift_selected_events_by_a_given_time(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    db, mission_id = demo
    page.day.setCurrentIndex(page.day.findData(page.schedule.mission.election_date.isoformat()))
    chosen = [page.model.event_at(0), page.model.event_at(1)]
    selection = page.table.selectionModel()
    for event in chosen:
        index = page.model.index(page.model.row_of(event.id), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    page.shift_minutes.setValue(30)
    page.shift_selected()
    saved = {e.id: e for e in load_schedule(db, mission_id).events}
    for event in chosen:
        assert (saved[event.id].starts_at - event.starts_at).total_seconds() == 30 * 60


def test_deployment_plan_and_copying_a_day(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    db, mission_id = demo
    panel = page.deployment
    assert panel.model.rowCount() == 22  # the demo's election-day visits
    first = panel.rows[0]
    assert panel.model.index(0, 5).data() == f"{first.arrives:%H:%M}"
    election = page.schedule.mission.election_date
    day_after = election - timedelta(days=1)
    before = len(page.schedule.events_on(election))
    on_target = len(page.schedule.events_on(day_after))
    panel.source.setCurrentIndex(panel.source.findData(election.isoformat()))
    panel.target.setCurrentIndex(panel.target.findData(day_after.isoformat()))
    panel.copy()
    assert len(load_schedule(db, mission_id).events_on(day_after)) == on_target + before
    assert re.fullmatch(rf"{before} event(s|\(s\)) copied", panel.message.text())


@pytest.mark.parametrize("suffix", [".xlsx", ".ics", ".pdf"])
def test_export_from_the_page_off_the_gui_thread(page: ItineraryPage, qtbot, tmp_path, suffix) -> None:  # noqa: ANN001
    team = next(iter(page.schedule.teams.values()))
    page.who.setCurrentIndex(page.who.findData(f"team:{team.id}"))
    path = tmp_path / f"team{suffix}"
    page.export(str(path))
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30000)
    assert path.stat().st_size > 0
    assert page.last_export.events == len(page.schedule.events_of_team(team.id))


def test_the_zone_is_named_once_the_mission_spans_two(page: ItineraryPage, demo) -> None:  # noqa: ANN001
    from observer_desk.core.services.programme import EventData, create_event
    from observer_desk.core.services.venues import VenueData, create_venue
    db, mission_id = demo
    assert not page.model.two_zones  # the demo stays in UTC+6: no zone cluttering the list
    venue = create_venue(db, mission_id, VenueData(name="Aktobe regional election commission",
                                                    time_zone="Asia/Aqtobe"))
    made = create_event(db, mission_id, EventData(
        kind=EventKind.MEETING, title="Meeting in Aktobe", venue_id=venue.id,
        starts_at=datetime(2022, 11, 19, 5, 0, tzinfo=timezone.utc),
        ends_at=datetime(2022, 11, 19, 6, 0, tzinfo=timezone.utc)))
    page.reload()
    assert page.model.two_zones
    text = page.model.index(page.model.row_of(made.id), 1).data()
    assert text == "10:00–11:00 UTC+5"  # 05:00 UTC read in Aktobe


def test_the_list_names_polling_stations_in_the_interface_language(qtbot, demo) -> None:  # noqa: ANN001
    from observer_desk.core.language import set_language

    set_language("ru")
    db, mission_id = demo
    widget = ItineraryPage()
    qtbot.addWidget(widget)
    widget.load(db, mission_id)
    model = widget.model
    places = {model.data(model.index(row, 4)) for row in range(model.rowCount())}
    assert any(place.startswith("Избирательный участок № ") for place in places)
    assert not any(place.startswith("Polling station") for place in places)

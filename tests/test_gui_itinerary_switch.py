"""Opening another database, one without a mission: the Itinerary area forgets the old programme
instead of showing it (and offering to edit it) over the welcome screen."""

from __future__ import annotations

from test_gui import settings  # noqa: F401 - the window's settings in a temporary folder
from test_gui_itinerary import demo, demo_file  # noqa: F401 - the demo mission

from observer_desk.ui.main_window import MainWindow


def test_another_database_without_a_mission_clears_the_itinerary(qtbot, demo, settings,  # noqa: F811
                                                                  new_db_url) -> None:  # noqa: ANN001
    db, _mission_id = demo
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.itinerary_page
    assert page.model.rowCount() > 20 and page.teams.teams.count() == 7
    assert page.day_view.timeline.blocks and page.deployment.rows

    assert window.open_database_file(new_db_url("empty"))
    assert window.is_showing_welcome()
    assert page.db is None and page.schedule is None
    assert page.model.rowCount() == 0 and page.conflicts.count() == 0
    assert page.day.count() == 0 and page.who.count() == 0
    assert page.teams.teams.count() == 0 and page.teams.available.count() == 0
    assert page.day_view.timeline.blocks == [] and page.day_view.day.count() == 0
    assert page.deployment.rows == [] and page.deployment.model.rowCount() == 0
    assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()

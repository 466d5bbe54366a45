"""The Statement area, driven as a user would: choose a statement, edit a section and watch the
filled text follow, insert placeholders, issue, edit again into a new revision, export the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from observer_desk.core.models import StatementKind, StatementStatus
from observer_desk.core.services.overview import mission_overview
from observer_desk.core.services.statements import current_statement, list_statements, load_statement
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.statement_page import StatementPage
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures


@dataclass
class Questions:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Stands in for QMessageBox.question so that no test waits on a modal box."""
    record = Questions()

    def ask(_parent: QWidget | None, _title: str, text: str, *_args: object, **_kwargs: object):
        record.asked.append(text)
        return record.answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    return record


@pytest.fixture
def page(qtbot, demo) -> StatementPage:
    db, mission_id = demo
    widget = StatementPage(lambda: db)
    qtbot.addWidget(widget)
    widget.resize(1360, 840)
    widget.show()
    widget.set_overview(mission_overview(db, mission_id))
    qtbot.waitUntil(lambda: widget.facts is not None, timeout=20_000)
    return widget


def preview_text(page: StatementPage) -> str:
    return page.preview.toPlainText()


def body(page: StatementPage, key: str):
    return page.section_editors[key].body


def type_at_end(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def test_the_demo_statement_is_shown_with_its_placeholders_filled(page, demo) -> None:
    db, mission_id = demo
    assert (page.kind, page.language) == (StatementKind.PRELIMINARY, "en")
    assert "{observers_count}" in body(page, "members").toPlainText()
    text = preview_text(page)
    assert "comprised 18 observers" in text and "visited 22 polling stations" in text
    assert "final turnout was 69.44%" in text and "(25.76%)" in text and "{" not in text
    assert page.placeholders.value("observers_count") == "18"
    assert page.placeholders.value("turnout_cec") == "69.44%"
    assert page.status_label.text() == "Revision 1, draft"
    assert page.revisions.rowCount() == 1
    assert not page.save_button.isEnabled() and page.issue_button.isEnabled()


def test_editing_a_section_updates_the_preview_and_saves(qtbot, page, demo) -> None:
    db, mission_id = demo
    type_at_end(qtbot, body(page, "conclusions"), "\nThe teams visited {stations_visited} stations.")
    qtbot.waitUntil(lambda: "The teams visited 22 stations." in preview_text(page))
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    page.section_editors["findings"].heading.setFocus()
    qtbot.keyClicks(page.section_editors["findings"].heading, " & <b>notes</b>")
    qtbot.waitUntil(lambda: "3. Findings & <b>notes</b>" in preview_text(page))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = current_statement(db, mission_id, "preliminary", "en")
    assert saved.section("conclusions").body.endswith("The teams visited {stations_visited} stations.")
    assert saved.section("findings").heading == "Findings & <b>notes</b>"
    assert not page.has_unsaved_changes() and not page.save_button.isEnabled()


def test_a_placeholder_goes_where_the_cursor_is(qtbot, page) -> None:
    editor = body(page, "findings")
    page.sections.setCurrentIndex(2)
    type_at_end(qtbot, editor, " Turnout: ")
    row = next(r for r in range(page.placeholders.rowCount()) if page.placeholders.name_at(r) == "turnout_cec")
    page.placeholder_view.selectRow(row)
    editor.setFocus()
    qtbot.mouseClick(page.insert_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText().endswith(" Turnout: {turnout_cec}")
    qtbot.waitUntil(lambda: "Turnout: 69.44%" in preview_text(page))
    # Double-clicking a placeholder inserts it too, into the field last edited.
    page.title_edit.setFocus()
    page.title_edit.end(False)
    page.insert_placeholder("mission_code")
    assert page.title_edit.text().endswith("{mission_code}")
    qtbot.waitUntil(lambda: preview_text(page).splitlines()[0].endswith("KazakhstanSCO-KZ-2022"))


def test_an_unknown_placeholder_is_named_above_the_preview(qtbot, page) -> None:
    type_at_end(qtbot, body(page, "conclusions"), " {turnot_cec}")
    qtbot.waitUntil(lambda: page.preview_problems.isVisible())
    assert page.preview_problems.text() == ("section 4 (Conclusions): unknown placeholder {turnot_cec} "
                                            "(did you mean {turnout_cec}?)")
    assert "{turnot_cec}" in preview_text(page)


def test_issuing_then_editing_makes_a_new_revision(qtbot, page, demo, questions) -> None:
    db, mission_id = demo
    questions.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert questions.asked and "Mark revision 1 of the preliminary statement in English as issued?" \
        in questions.asked[-1]
    assert current_statement(db, mission_id, "preliminary", "en").status is StatementStatus.DRAFT

    questions.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.statement is not None and page.statement.issued, timeout=20_000)
    issued = current_statement(db, mission_id, "preliminary", "en")
    assert issued.status is StatementStatus.ISSUED and issued.snapshot is not None
    assert page.status_label.text().startswith("Revision 1, issued on")
    assert "kept exactly as issued" in page.banner.text()
    assert not page.issue_button.isEnabled()

    type_at_end(qtbot, body(page, "conclusions"), " A later remark.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    latest = current_statement(db, mission_id, "preliminary", "en")
    assert (latest.revision, latest.status) == (2, StatementStatus.DRAFT)
    assert load_statement(db, issued.id) == issued
    assert page.statement.id == latest.id and page.revisions.rowCount() == 2
    assert "Saved as revision 2" in page.banner.text()

    # The issued revision can be looked at, not edited.
    row = page.revisions.row_of(issued.id)
    page.revision_view.selectRow(row)
    page._revision_chosen(page.revisions.index(row, 0))
    assert page.statement.id == issued.id
    assert body(page, "conclusions").isReadOnly() and page.title_edit.isReadOnly()
    assert "A later remark." not in body(page, "conclusions").toPlainText()
    assert not page.save_button.isEnabled() and not page.insert_button.isEnabled()


def test_export_writes_the_pdf_in_the_background_and_shows_it(qtbot, page, demo, tmp_path, monkeypatch) -> None:
    target = tmp_path / "statement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(tmp_path / "statement"), "")))
    page.language_box.setCurrentIndex(page.language_box.findData("zh"))
    qtbot.waitUntil(lambda: page.facts is not None and page.facts.language == "zh", timeout=20_000)
    page.paper_box.setCurrentIndex(page.paper_box.findData("letter"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exported is not None, timeout=30_000)
    assert page.exported.path == str(target)
    reader = PdfReader(target)
    assert len(reader.pages) == page.exported.pages
    assert float(reader.pages[0].mediabox.width) == 612.0
    assert reader.metadata.title == "上海合作组织观察员团关于哈萨克斯坦共和国非例行总统选举的声明"
    assert page.pdf_preview.page_count() == page.exported.pages
    assert page.preview_tabs.currentIndex() == 1


def test_the_pdf_preview_shows_unsaved_text(qtbot, page) -> None:
    type_at_end(qtbot, body(page, "conclusions"), " Unsaved sentence.")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf_preview.page_count() > 0, timeout=30_000)
    files = sorted(Path(page._scratch.name).glob("statement-*.pdf"))
    text = " ".join(p.extract_text() for p in PdfReader(files[-1]).pages)
    assert "Unsaved sentence." in " ".join(text.split())
    assert "not saved yet" in page.pdf_note.text()


def test_a_final_report_starts_from_the_default_text(qtbot, page, demo) -> None:
    db, mission_id = demo
    page.kind_box.setCurrentIndex(page.kind_box.findData("final"))
    assert page.stack.currentIndex() == 0 and "no final report in English" in page.empty_note.text()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    made = current_statement(db, mission_id, "final", "en")
    assert made is not None and page.statement.id == made.id
    assert page.title_edit.text() == "Final Report of the {mission_name} on the {election} in {country}"
    qtbot.waitUntil(lambda: page.facts is not None and "Final Report of the SCO Observer Mission"
                    in preview_text(page), timeout=20_000)
    assert not page.preview_problems.isVisible()


def test_switching_with_unsaved_changes_asks_first(qtbot, page, demo, questions) -> None:
    db, mission_id = demo
    type_at_end(qtbot, body(page, "members"), " Kept.")
    questions.answer = QMessageBox.StandardButton.Cancel
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    assert page.language == "en" and body(page, "members").toPlainText().endswith(" Kept.")
    questions.answer = QMessageBox.StandardButton.Save
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    assert page.language == "ru" and page.statement.language == "ru"
    assert current_statement(db, mission_id, "preliminary", "en").section("members").body.endswith(" Kept.")


def test_the_main_window_has_the_statement_area(qtbot, demo, tmp_path) -> None:
    db, mission_id = demo
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.show_area(4)
    assert isinstance(window.statement_page, StatementPage)
    assert window.areas.currentWidget() is window.statement_page
    qtbot.waitUntil(lambda: window.statement_page.facts is not None, timeout=20_000)
    # The mission's first working language is shown first.
    assert window.statement_page.language == "en"
    assert "comprised 18 observers" in preview_text(window.statement_page)
    picture = window.statement_page.grab()
    assert not picture.isNull() and picture.width() > 600
    picture.save(str(tmp_path / "statement-area.png"))
    assert [s.revision for s in list_statements(db, mission_id)] == [1, 1, 1]
    window.statement_page.wait()

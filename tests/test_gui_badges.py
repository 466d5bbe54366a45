"""The badge printing dialog driven as a user would: choices, the preview made from the very PDF,
saving, printing at full size, reprint reasons, problems, calibration."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus as S
from observer_desk.core.models import BadgePrintRun, Observer
from observer_desk.core.preferences import badge_calibration
from observer_desk.core.services.badges import select_observers
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.observer_profile import load_observer, save_observer
from observer_desk.ui import badges_dialog as module
from observer_desk.ui.badges_dialog import BadgesDialog, open_badges_dialog
from observer_desk.ui.calibration_dialog import CalibrationDialog

MM = 72 / 25.4


@pytest.fixture
def mission_id(db: Database) -> int:
    create_demo_mission(db)
    return get_mission(db).id


def ready(qtbot, dialog: BadgesDialog) -> BadgesDialog:
    """Let the pending preview be made and delivered to the window."""
    dialog.wait_until_ready()
    qtbot.waitUntil(lambda: dialog.generated is not None and not dialog._runner.busy, timeout=30_000)
    return dialog


def open_dialog(qtbot, db, mission_id, observer_ids=None) -> BadgesDialog:
    dialog = open_badges_dialog(None, db, mission_id, observer_ids)
    qtbot.addWidget(dialog)
    return ready(qtbot, dialog)


def listed(dialog: BadgesDialog) -> list[str]:
    return [row.code for row in dialog.table_model.rows]


def runs(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(BadgePrintRun))


def ids(db, mission_id, *codes: str) -> list[int]:
    return select_observers(db, mission_id, codes=codes)


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "PDF documents (*.pdf)")))


def test_opens_on_the_accredited_badges_not_yet_issued_with_their_preview(qtbot, db, mission_id) -> None:
    dialog = open_dialog(qtbot, db, mission_id)
    assert dialog.mode_accredited.isChecked() and dialog.skip_printed.isChecked()
    assert not dialog.mode_selection.isVisibleTo(dialog)
    assert len(listed(dialog)) == 12 and "SCO-01" not in listed(dialog)
    assert dialog.selection_note.text() == "12 badges to print"
    # The preview shows the file that will be printed, page for page.
    assert dialog.preview.page_count() == 12 == dialog.generated.summary.pages
    assert Path(dialog.generated.path).read_bytes() == dialog.generated.pdf
    size = dialog.preview.document.pagePointSize(0)
    assert abs(size.width() - 53.98 * MM) < 0.01 and abs(size.height() - 85.6 * MM) < 0.01
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    dialog.skip_printed.setChecked(False)
    ready(qtbot, dialog)
    assert len(listed(dialog)) == 14 and dialog.reason.isVisibleTo(dialog)


def test_layout_and_options_make_a_new_preview(qtbot, db, mission_id) -> None:
    dialog = open_dialog(qtbot, db, mission_id)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-10up"))
    assert not dialog.print_button.isEnabled()  # what is shown is no longer what would print
    ready(qtbot, dialog)
    assert dialog.preview.page_count() == 2 and dialog.start_position.maximum() == 10
    dialog.back_sides.setChecked(True)
    dialog.crop_marks.setChecked(True)
    dialog.start_position.setValue(9)
    ready(qtbot, dialog)
    options = dialog.generated.options
    assert (options.layout, options.back, options.crop_marks, options.start) == ("a4-10up", True, True, 9)
    assert dialog.preview.page_count() == 4  # 2 + 10 badges on two sheets, each with its back
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(dialog.generated.pdf)).pages]
    assert len(re.findall(r"\bSCO-\d\d\b", texts[0])) == 2 and "Rules of conduct" in texts[1]
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    ready(qtbot, dialog)
    assert "НАБЛЮДАТЕЛЬ" in PdfReader(io.BytesIO(dialog.generated.pdf)).pages[0].extract_text()


def test_the_observers_selected_on_the_roster(qtbot, db, mission_id) -> None:
    dialog = open_dialog(qtbot, db, mission_id, ids(db, mission_id, "SCO-09", "SCO-01", "SCO-02"))
    assert dialog.mode_selection.isChecked() and "3 observers" in dialog.mode_selection.text()
    assert listed(dialog) == ["SCO-09"]  # the two issued badges are skipped
    assert "1 draft (not accredited)" in dialog.selection_note.text()
    text = PdfReader(io.BytesIO(dialog.generated.pdf)).pages[0].extract_text()
    assert "DESHPANDE Kavita" in text and "DRAFT - NOT VALID" in text


def test_saving_logs_the_run_and_issues_the_badges(qtbot, db, mission_id, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, mission_id)
    shown = dialog.generated.pdf
    recorded = []
    dialog.runRecorded.connect(recorded.append)
    target = tmp_path / "night-run.pdf"
    save_to(monkeypatch, target)
    dialog.save_button.click()
    assert target.read_bytes() == shown
    assert len(recorded) == 1 and runs(db) == 2
    with db.reading() as session:
        statuses = {o.code: o.accreditation_status for o in session.scalars(select(Observer))}
    assert statuses["SCO-03"] is S.BADGE_ISSUED and statuses["SCO-09"] is S.SUBMITTED
    assert "Print run 2 recorded; 12 badges issued." in dialog.banner.text()
    # Everything is issued now: with "skip already printed" nothing is left to print.
    assert listed(dialog) == []
    qtbot.waitUntil(lambda: "No badges" in dialog.status.text())
    assert "Print run 2 recorded" in dialog.banner.text()


def test_a_changed_badge_is_reprinted_only_with_a_reason(qtbot, db, mission_id, tmp_path,
                                                         monkeypatch) -> None:
    (head,) = ids(db, mission_id, "SCO-01")
    loaded = load_observer(db, head)
    save_observer(db, mission_id, replace(loaded.form, given_names="Firuz Rahmon"),
                  observer_id=head, version=loaded.version)
    dialog = open_dialog(qtbot, db, mission_id)
    dialog.mode_changed.setChecked(True)
    ready(qtbot, dialog)
    assert listed(dialog) == ["SCO-01"] and dialog.reason.isVisibleTo(dialog)
    assert "HAMIDZODA Firuz Rahmon" in PdfReader(io.BytesIO(dialog.generated.pdf)).pages[0].extract_text()
    target = tmp_path / "reprint.pdf"
    save_to(monkeypatch, target)
    dialog.save_button.click()
    assert not target.exists() and runs(db) == 1
    assert "SCO-01 had badges printed before" in dialog.banner.text()
    dialog.reason.setText("given names corrected")
    dialog.save_button.click()
    assert target.exists() and runs(db) == 2
    with db.reading() as session:
        run = session.scalars(select(BadgePrintRun).order_by(BadgePrintRun.id.desc())).first()
        assert run.reason == "given names corrected"
        assert [(i.observer_id, i.badge_version) for i in run.items] == [(head, 2)]


def test_printing_renders_every_page_at_its_real_size(qtbot, db, mission_id, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, mission_id, ids(db, mission_id, "SCO-03", "SCO-05", "SCO-06"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("cr80-landscape"))
    ready(qtbot, dialog)
    output = tmp_path / "printed.pdf"
    asked = []

    def to_file(self, printer: QPrinter) -> bool:
        asked.append(printer.fullPage())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return True

    monkeypatch.setattr(BadgesDialog, "ask_printer", to_file)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: runs(db) == 2, timeout=60_000)
    assert asked == [True]
    reader = PdfReader(output)
    assert len(reader.pages) == 3
    for page in reader.pages:  # Qt's PDF writer rounds to a hundredth of a point or so
        assert abs(float(page.mediabox.width) - 85.6 * MM) < 0.5
        assert abs(float(page.mediabox.height) - 53.98 * MM) < 0.5
    assert "3 pages sent to the printer." in dialog.banner.text()


def test_problems_block_printing_until_fixed_or_left_out(qtbot, db, mission_id) -> None:
    with db.transaction() as session:
        session.scalar(select(Observer).where(Observer.code == "SCO-08")).native_name = "आनंद राघवन"
    dialog = open_dialog(qtbot, db, mission_id)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    text = dialog.banner.text()
    assert "SCO-08 RAGHAVAN Anand: name in own script: no bundled font has 'आ' U+0906" in text
    assert dialog.banner.action_button.text() == "Leave them out"
    dialog.banner.action_button.click()
    ready(qtbot, dialog)
    assert "SCO-08" not in listed(dialog) and len(listed(dialog)) == 11
    assert "1 left out because of problems" in dialog.selection_note.text()
    assert dialog.print_button.isEnabled() and dialog.banner.text() == ""


def test_calibration_is_saved_and_moves_the_badges(qtbot, db, mission_id, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, mission_id)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-10up"))
    ready(qtbot, dialog)
    calibration = CalibrationDialog("a4-10up", dialog)
    qtbot.addWidget(calibration)
    calibration.x_offset.setValue(1.5)
    calibration.y_offset.setValue(-0.7)
    page = tmp_path / "calibration.pdf"
    save_to(monkeypatch, page)
    calibration.save_button.click()
    text = PdfReader(page).pages[0].extract_text().replace("\n", " ")
    assert "x +1.5 mm, y -0.7 mm" in text
    calibration.accept()
    assert badge_calibration("a4-10up") == (1.5, -0.7)
    assert badge_calibration("cr80") == (0.0, 0.0)
    monkeypatch.setattr(module.CalibrationDialog, "exec", lambda self: module.QDialog.DialogCode.Accepted)
    dialog.calibrate()
    ready(qtbot, dialog)
    assert dialog.generated.options.offset_mm == (1.5, -0.7)
    assert "x +1.5 mm, y -0.7 mm" in dialog.calibration_text.text()
    assert "printer offset" in dialog.status.text()


def test_the_window_can_be_seen(qtbot, db, mission_id) -> None:
    dialog = open_dialog(qtbot, db, mission_id)
    qtbot.wait(200)
    image = dialog.grab().toImage()
    assert image.width() > 800 and image.height() > 500
    # The preview area is not blank: the first page was rendered into it.
    preview = dialog.preview.view.grab().toImage()
    colours = {preview.pixelColor(x, y).name() for x in range(0, preview.width(), 7)
               for y in range(0, preview.height(), 7)}
    assert len(colours) > 10

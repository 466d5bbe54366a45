"""Printer calibration for a badge layout: print the calibration page, read its rulers, enter the
offset. The offset is kept per layout in the user's preferences (core.preferences) and applied to
every badge PDF of that layout, from the window and from the command line alike."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.preferences import MAX_OFFSET_MM, badge_calibration, set_badge_calibration
from observer_desk.documents.badges.layouts import get_layout
from observer_desk.documents.badges.pdf import calibration_instructions, write_calibration_pdf

from .errors import describe
from .pdf_preview import page_size_of, prepare_printer, print_pdf
from .widgets import Banner, muted


class CalibrationDialog(QDialog):
    def __init__(self, layout_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_name = layout_name
        layout = get_layout(layout_name)
        self.setWindowTitle(self.tr("Printer calibration: %1").replace("%1", layout.display_title))
        self.banner = Banner()
        x_mm, y_mm = badge_calibration(layout_name)
        self.x_offset = self._spin_box(x_mm)
        self.y_offset = self._spin_box(y_mm)
        steps = calibration_instructions(layout, (x_mm, y_mm))[2:]
        explanation = muted(
            self.tr("Printers rarely put the page exactly where it belongs. Print the calibration "
                    "page, read its rulers, and enter the new offset: every badge of this layout "
                    "will be moved by it.") + "\n\n" + "\n".join(steps))
        form = QFormLayout()
        form.addRow(self.tr("Move right by"), self.x_offset)
        form.addRow(self.tr("Move down by"), self.y_offset)
        self.print_button = QPushButton(self.tr("Print calibration page…"))
        self.save_button = QPushButton(self.tr("Save calibration page…"))
        self.print_button.clicked.connect(self.print_page)
        self.save_button.clicked.connect(self.save_page)
        pages = QHBoxLayout()
        pages.addWidget(self.print_button)
        pages.addWidget(self.save_button)
        pages.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(explanation)
        box.addWidget(self.banner)
        box.addLayout(form)
        box.addLayout(pages)
        box.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _spin_box(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.1)
        spin.setSuffix(self.tr(" mm", "unit suffix of the offset boxes"))
        spin.setValue(value)
        return spin

    def offset(self) -> tuple[float, float]:
        return self.x_offset.value(), self.y_offset.value()

    def write_page(self, path: str | Path) -> None:
        write_calibration_pdf(path, self.layout_name, self.offset())

    def save_page(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calibration page"), f"calibration-{self.layout_name}.pdf",
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        try:
            self.write_page(path)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.banner.show_message("error", describe(exc))
            return
        self.banner.show_message("success", self.tr("Saved %1. Print it at 100% (no scaling).")
                                 .replace("%1", path))

    def ask_printer(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def print_page(self) -> None:
        with tempfile.TemporaryDirectory(prefix="observer-desk-calibration-") as folder:
            path = str(Path(folder) / "calibration.pdf")
            try:
                self.write_page(path)
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                size = page_size_of(path)
                if size is not None:
                    prepare_printer(printer, size, title=f"calibration-{self.layout_name}")
                if not self.ask_printer(printer):
                    return
                print_pdf(path, printer)
            except Exception as exc:  # noqa: BLE001 - shown in the dialog
                self.banner.show_message("error", describe(exc))
                return
        self.banner.show_message("success", self.tr("The calibration page was sent to the printer."))

    def accept(self) -> None:
        try:
            set_badge_calibration(self.layout_name, *self.offset())
        except (OSError, ValueError) as exc:
            self.banner.show_message("error", self.tr("The calibration was not saved: %1")
                                     .replace("%1", str(exc)))
            return
        super().accept()


def calibration_label(layout_name: str) -> str:
    x_mm, y_mm = badge_calibration(layout_name)
    text = QCoreApplication.translate("CalibrationDialog", "x %1 mm, y %2 mm")
    return text.replace("%1", signed_mm(x_mm)).replace("%2", signed_mm(y_mm))


def signed_mm(value: float) -> str:
    """An offset with its sign and one decimal in the interface language's digits ("+0,5")."""
    locale = QLocale()
    text = locale.toString(abs(value), "f", 1)
    return (locale.negativeSign() if value < 0 and text.strip("0.,") else locale.positiveSign()) + text

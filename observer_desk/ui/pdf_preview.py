"""Showing and printing a PDF exactly as it was written.

The preview displays the very file that is printed or saved (QtPdf renders it with PDFium), not a
second drawing of the same content. Printing renders each page at the printer's resolution (at
most about 24 megapixels a page, which is 600 dpi for a card and about 500 dpi for A4) and paints
it over the whole sheet with no margins and no scaling, so a 53.98 mm card prints 53.98 mm wide.
Qt allows painting on a QPrinter outside the GUI thread, so long jobs run in the background.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_PAGE_PIXELS = 24_000_000
MAX_DPI = 600


class PrintCancelled(Exception):
    pass


class PdfPreview(QWidget):
    """The pages of one PDF file, one under the other, fitted to the width or shown whole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.pages_label = QLabel()
        # On a line of its own above the buttons, where it has the preview's whole width, and
        # wrapping rather than holding the preview wider than a narrow column leaves it.
        self.pages_label.setWordWrap(True)
        self.fit_width_button = QPushButton(self.tr("Fit width"))
        self.fit_page_button = QPushButton(self.tr("Whole page"))
        self.fit_width_button.setCheckable(True)
        self.fit_page_button.setCheckable(True)
        self.fit_page_button.setChecked(True)
        self.fit_width_button.clicked.connect(lambda: self._zoom(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self._zoom(QPdfView.ZoomMode.FitInView))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages_label)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_label()

    def _zoom(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def show_file(self, path: str) -> bool:
        self.document.close()
        ok = self.document.load(path) == QPdfDocument.Error.None_
        self._update_label()
        return ok

    def clear(self) -> None:
        self.document.close()
        self._update_label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_label(self) -> None:
        count = self.document.pageCount()
        if count <= 0:
            self.pages_label.setText(self.tr("No preview"))
            return
        size = self.document.pagePointSize(0)
        width_mm, height_mm = size.width() / 72 * 25.4, size.height() / 72 * 25.4
        pages = self.tr("%Ln page(s)", "", count)
        locale = QLocale()
        text = self.tr("%1, %2 × %3 mm", "page count, page width × height")
        self.pages_label.setText(text.replace("%1", pages)
                                 .replace("%2", locale.toString(width_mm, "f", 2))
                                 .replace("%3", locale.toString(height_mm, "f", 2)))


def page_size_of(path: str) -> QSizeF | None:
    """The first page's size in points, or None if the file cannot be read."""
    document = QPdfDocument()
    try:
        if document.load(path) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            return None
        return document.pagePointSize(0)
    finally:
        document.close()


def prepare_printer(printer: QPrinter, page_points: QSizeF, duplex: QPrinter.DuplexMode | None = None,
                    title: str = "") -> None:
    """Set the printer to the PDF's own page size, no margins, whole page, 100%."""
    size = QPageSize(page_points, QPageSize.Unit.Point, title or "", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout.Unit.Point)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    if duplex is not None:
        printer.setDuplex(duplex)
    if title:
        printer.setDocName(title)


def render_dpi(page_points: QSizeF, printer_dpi: int) -> float:
    inches = max(page_points.width() / 72 * page_points.height() / 72, 1e-6)
    return min(float(printer_dpi), MAX_DPI, math.sqrt(MAX_PAGE_PIXELS / inches))


def print_pdf(path: str, printer: QPrinter, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Print every page of the PDF on `printer` at 100% scale; returns the pages printed.
    Safe to call from a worker thread (it makes its own QPdfDocument there)."""
    document = QPdfDocument()
    if document.load(path) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read the PDF to print: {path}")
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("the printer could not be started (is it connected and ready?)")
    try:
        device_dpi = printer.resolution()
        for index in range(count):
            if cancelled is not None and cancelled():
                printer.abort()
                raise PrintCancelled()
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            dpi = render_dpi(points, device_dpi)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, pixels)
            # The whole page in device pixels: the image covers the paper edge to edge.
            target = QRectF(QPointF(0, 0), QSizeF(points.width() / 72 * device_dpi,
                                                  points.height() / 72 * device_dpi))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
            if progress is not None:
                progress(index + 1, count)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return count


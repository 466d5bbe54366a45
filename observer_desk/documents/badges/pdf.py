"""The badge document: badges placed on the pages of a layout, with optional crop marks, a start
position on a partly used sheet, the printer's calibration offset, and duplex back pages; and the
calibration page to measure that offset.

Pages come in reading order of the roster; with backs, each front page is followed by its back
page, on which every badge's back lies behind its front for the way the sheet is turned (long
edge by default, short edge as an option).

Calibration offset: (x, y) in millimetres, x to the right and y downwards, added to the position
of everything printed on a page. The calibration page is drawn with the offset in use; its rulers
show the correction still needed, which is added to it.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PIL import Image, ImageOps
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ...core.language import _
from ..fonts import REGULAR, register_fonts
from .drawing import (
    PHOTO_HEIGHT,
    PHOTO_WIDTH,
    Composer,
    back_geometry,
    draw_back,
    draw_front,
    front_geometry,
    role_colour,
)
from .layouts import Layout, get_layout, mm
from .text import Box, Paragraph, Span, Style, draw, draw_column, fit, fit_column

if TYPE_CHECKING:
    from ...core.services.badges import BadgeData, BadgeMission

# Binary streams: ASCII85 would make every embedded photo a quarter bigger for no reader's sake.
rl_config.useA85 = 0

PHOTO_DPI = 300
CROP_MARK_LENGTH = mm(5)
CROP_MARK_GAP = mm(1.5)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop writing; the target file is left untouched."""


@dataclass(frozen=True)
class SheetOptions:
    layout: str = "cr80"
    crop_marks: bool = False
    back: bool = False
    short_edge: bool = False
    start: int = 1  # the first badge goes to this position (1-based) on the first sheet
    offset_mm: tuple[float, float] = (0.0, 0.0)  # x to the right, y downwards
    language: str = "en"

    def problems(self) -> list[str]:
        """What is wrong with these options, in words for the user."""
        try:
            layout = get_layout(self.layout)
        except ValueError as exc:
            return [str(exc)]
        found = []
        if self.crop_marks and not layout.is_sheet:
            found.append(_("crop marks need a sheet layout (a4-10up, letter-6up); {layout} prints "
                           "one badge per page").format(layout=self.layout))
        if not layout.is_sheet and self.start != 1:
            found.append(_("a start position needs a sheet layout (a4-10up, letter-6up); {layout} "
                           "prints one badge per page").format(layout=self.layout))
        elif not 1 <= self.start <= layout.per_page:
            found.append(_("the start position must be between 1 and {last} for {layout}").format(
                last=layout.per_page, layout=self.layout))
        if self.short_edge and not self.back:
            found.append(_("short-edge flipping only applies when backs are printed"))
        if any(abs(value) > 20 for value in self.offset_mm):
            found.append(_("a calibration offset of more than 20 mm is not a printer's error; "
                           "check the numbers"))
        return found


@dataclass(frozen=True)
class PdfSummary:
    layout: str
    pages: int
    sheets: int
    badges: int
    drafts: int


def page_plan(layout: Layout, count: int, start: int = 1) -> list[list[tuple[int, int]]]:
    """Pages of (slot index, badge index): the first page starts at `start`, the others at 1."""
    pages: list[list[tuple[int, int]]] = []
    slot = start - 1
    page: list[tuple[int, int]] = []
    for badge in range(count):
        page.append((slot, badge))
        slot += 1
        if slot == layout.per_page:
            pages.append(page)
            page, slot = [], 0
    if page:
        pages.append(page)
    return pages


def _photo_jpeg(data: bytes) -> bytes | None:
    """The photo as a JPEG of at most 300 dpi at 35 x 45 mm, cropped to that shape. Stored photos
    are that already and pass unchanged (only their header is read); anything else is brought to
    it once. None for data that is not a readable image."""
    target = (round(PHOTO_WIDTH / 72 * PHOTO_DPI), round(PHOTO_HEIGHT / 72 * PHOTO_DPI))
    try:
        image = Image.open(io.BytesIO(data))
        size, kind = image.size, image.format
        shape_ok = abs(size[0] * target[1] - size[1] * target[0]) <= max(size) * 0.01 * target[0]
        if kind == "JPEG" and image.mode in ("RGB", "L") and shape_ok \
                and size[0] <= target[0] + 2 and size[1] <= target[1] + 2:
            return data
        image = ImageOps.exif_transpose(image).convert("RGB")
        if size[0] > target[0] or size[1] > target[1] or not shape_ok:
            image = ImageOps.fit(image, target, Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=90, dpi=(PHOTO_DPI, PHOTO_DPI))
        return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


class _PhotoFiles:
    """Each distinct photo written once to a scratch folder and drawn by file name: reportlab
    embeds an image named by file once per document and copies a JPEG's bytes as they are,
    where an in-memory image would be decoded for every badge to tell whether it was seen."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._paths: dict[str, str | None] = {}

    def path(self, data: bytes | None) -> str | None:
        if not data:
            return None
        key = hashlib.sha1(data).hexdigest()
        if key not in self._paths:
            jpeg = _photo_jpeg(data)
            if jpeg is None:
                self._paths[key] = None
            else:
                path = self.folder / f"{key}.jpg"
                path.write_bytes(jpeg)
                self._paths[key] = str(path)
        return self._paths[key]


def _crop_marks(canvas: Canvas, layout: Layout) -> None:
    """Marks in the page margins in line with every badge edge (badges touch, so marks between
    them would print on a neighbour)."""
    canvas.saveState()
    canvas.setStrokeColor("#000000")
    canvas.setLineWidth(0.3)
    top = layout.page_height - layout.top
    bottom = top - layout.rows * layout.badge_height - (layout.rows - 1) * layout.gap_y
    left = layout.left
    right = left + layout.columns * layout.badge_width + (layout.columns - 1) * layout.gap_x
    for x in layout.column_edges():
        canvas.line(x, top + CROP_MARK_GAP, x, top + CROP_MARK_GAP + CROP_MARK_LENGTH)
        canvas.line(x, bottom - CROP_MARK_GAP, x, bottom - CROP_MARK_GAP - CROP_MARK_LENGTH)
    for y in layout.row_edges():
        canvas.line(left - CROP_MARK_GAP, y, left - CROP_MARK_GAP - CROP_MARK_LENGTH, y)
        canvas.line(right + CROP_MARK_GAP, y, right + CROP_MARK_GAP + CROP_MARK_LENGTH, y)
    canvas.restoreState()


def _new_canvas(target: str | BinaryIO, layout: Layout, title: str, author: str,
                subject: str) -> Canvas:
    register_fonts()
    canvas = Canvas(target, pagesize=(layout.page_width, layout.page_height), pageCompression=1,
                    initialFontName=REGULAR.name, initialFontSize=8)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("Observer Desk")
    return canvas


def _apply_offset(canvas: Canvas, offset_mm: tuple[float, float]) -> None:
    dx, dy = offset_mm
    if dx or dy:
        canvas.translate(mm(dx), -mm(dy))


def _write_atomically(target: str | Path | BinaryIO, write: Callable[[str | BinaryIO], None]) -> None:
    """Write to a file object as it is, or to a path through a temporary file beside it, so a
    cancelled or failed run never leaves half a PDF under the name asked for."""
    if not isinstance(target, (str, Path)):
        write(target)
        return
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part",
                                         dir=path.parent or Path("."))
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_badges_pdf(target: str | Path | BinaryIO, mission: BadgeMission,
                     badges: Sequence[BadgeData], options: SheetOptions, *,
                     progress: Progress | None = None) -> PdfSummary:
    """Write the badges of a run as one PDF. `progress(done, total)` is called after each page
    (total pages); if it raises `Cancelled`, nothing is written."""
    problems = options.problems()
    if problems:
        raise ValueError("; ".join(problems))
    layout = get_layout(options.layout)
    front = front_geometry(layout.badge_width, layout.badge_height)
    back = back_geometry(layout.badge_width, layout.badge_height) if options.back else None
    composer = Composer(mission, options.language)
    plan = page_plan(layout, len(badges), options.start)
    slots = layout.slots()
    total_pages = len(plan) * (2 if options.back else 1)
    drafts = sum(1 for badge in badges if badge.draft)

    def write(destination: str | BinaryIO) -> None:
        canvas = _new_canvas(
            destination, layout, f"Accreditation badges - {mission.code}", mission.organisation,
            f"{len(badges)} badges, layout {layout.name}")
        done = 0
        with tempfile.TemporaryDirectory(prefix="observer-desk-photos-") as folder:
            photos = _PhotoFiles(Path(folder))
            for page in plan:
                canvas.saveState()
                _apply_offset(canvas, options.offset_mm)
                if options.crop_marks:
                    _crop_marks(canvas, layout)
                for slot_index, badge_index in page:
                    badge = badges[badge_index]
                    slot = slots[slot_index]
                    canvas.saveState()
                    canvas.translate(slot.x, slot.y)
                    draw_front(canvas, composer.front(badge, front), photos.path(badge.photo))
                    canvas.restoreState()
                canvas.restoreState()
                canvas.showPage()
                done += 1
                if progress:
                    progress(done, total_pages)
                if back is not None:
                    canvas.saveState()
                    _apply_offset(canvas, options.offset_mm)
                    if options.crop_marks:
                        _crop_marks(canvas, layout)
                    back_composition = composer.back(back)
                    for slot_index, badge_index in page:
                        badge = badges[badge_index]
                        position = layout.back_slot(slots[slot_index], options.short_edge)
                        canvas.saveState()
                        canvas.translate(position.x, position.y)
                        draw_back(canvas, back_composition, composer.footer(badge, back),
                                  role_colour(badge.role))
                        canvas.restoreState()
                    canvas.restoreState()
                    canvas.showPage()
                    done += 1
                    if progress:
                        progress(done, total_pages)
            canvas.save()

    _write_atomically(target, write)
    return PdfSummary(layout.name, total_pages, len(plan), len(badges), drafts)


def badges_pdf_bytes(mission: BadgeMission, badges: Sequence[BadgeData], options: SheetOptions, *,
                     progress: Progress | None = None) -> tuple[bytes, PdfSummary]:
    buffer = io.BytesIO()
    summary = write_badges_pdf(buffer, mission, badges, options, progress=progress)
    return buffer.getvalue(), summary


# --- Calibration page --------------------------------------------------------------------------

RULER_HALF = 10  # mm either side of the zero mark of a fold ruler
EDGE_RULER = 12  # mm from the page edge inwards


def _label(canvas: Canvas, text: str, x: float, y: float, size: float, centre: bool = True) -> None:
    canvas.setFont(REGULAR.name, size)
    if centre:
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def _x_ruler(canvas: Canvas, y: float, zero_x: float, low: int, high: int, size: float) -> None:
    """Millimetre ticks along y, rising from the line, labelled every five; x grows rightwards."""
    canvas.setLineWidth(0.3)
    canvas.line(zero_x + mm(low), y, zero_x + mm(high), y)
    for value in range(low, high + 1):
        x = zero_x + mm(value)
        length = mm(4) if value == 0 else mm(2.5) if value % 5 == 0 else mm(1.2)
        canvas.line(x, y, x, y + length)
        if value % 5 == 0:
            # At a page edge the 0 label moves inwards so that it is not cut in half.
            shift = size * 0.4 if value == 0 and x < size else 0.0
            _label(canvas, f"{value:+d}" if value else "0", x + shift, y + length + mm(0.6), size)


def _y_ruler(canvas: Canvas, x: float, zero_y: float, low: int, high: int, size: float) -> None:
    """Millimetre ticks along x, reaching right from the line, labelled every five; y grows
    downwards."""
    canvas.setLineWidth(0.3)
    canvas.line(x, zero_y - mm(high), x, zero_y - mm(low))
    for value in range(low, high + 1):
        y = zero_y - mm(value)
        length = mm(4) if value == 0 else mm(2.5) if value % 5 == 0 else mm(1.2)
        canvas.line(x, y, x + length, y)
        if value % 5 == 0:
            drop = size * 0.65 if value == 0 else size * 0.35
            _label(canvas, f"{value:+d}" if value else "0", x + length + mm(0.8),
                   y - drop, size, centre=False)


def reads_at_edges(layout: Layout) -> bool:
    """Card printers print to the card's edge, so their offset is read at the edges; office
    printers leave a margin unprinted, so a sheet is folded and read at the fold instead."""
    return layout.name.startswith("cr80")


def calibration_instructions(layout: Layout, offset_mm: tuple[float, float]) -> list[str]:
    """The title and steps of the calibration page, in the language of the messages: the
    secretariat prints the page for its own printer, and the window shows the same steps."""
    dx, dy = offset_mm
    if reads_at_edges(layout):
        how = _("Read the x ruler where the card's left edge cuts it and the y ruler where its top "
                "edge cuts it. If blank card shows before the 0 mark, the reading is minus that "
                "width.")
    else:
        how = _("Fold the page in half, left edge on right edge, and read the x ruler where the "
                "fold crosses it. Unfold it, fold top edge on bottom edge, and read the y ruler "
                "at the fold.")
    return [
        _("Printer calibration"),
        _("Print this page at 100% (no scaling, no fit to page). Offset in use: x {x} mm, "
          "y {y} mm.").format(x=f"{dx:+.1f}", y=f"{dy:+.1f}"),
        how,
        _("New offset = offset in use + reading (x to the right, y downwards). Print the page "
          "again after saving it: both readings should then be 0."),
    ]


def write_calibration_pdf(target: str | Path | BinaryIO, layout_name: str,
                          offset_mm: tuple[float, float] = (0.0, 0.0)) -> PdfSummary:
    """One page of the layout's size, drawn with the offset in use: dashed badge outlines,
    rulers to read the remaining offset (at the edges of a card, at the folds of a sheet) and
    the instructions."""
    layout = get_layout(layout_name)
    width, height = layout.page_width, layout.page_height
    scale = min(width, height) / mm(54)
    label_size = min(7.0, 4.2 * scale)
    text_max, text_min = min(10.0, 5.0 * scale), 3.4

    def write(destination: str | BinaryIO) -> None:
        canvas = _new_canvas(destination, layout,
                             _("Printer calibration - {layout}").format(layout=layout.name),
                             "Observer Desk",
                             _("calibration page for layout {layout}").format(layout=layout.name))
        canvas.saveState()
        _apply_offset(canvas, offset_mm)
        canvas.setStrokeColor("#9aa3ad")
        canvas.setLineWidth(0.4)
        canvas.setDash(2, 2)
        for slot in layout.slots():
            canvas.rect(slot.x, slot.y, layout.badge_width, layout.badge_height, stroke=1, fill=0)
        canvas.setDash()
        canvas.setStrokeColor("#000000")
        canvas.setFillColor("#000000")
        margin = mm(3) * min(scale, 3)
        if reads_at_edges(layout):
            # The x ruler starts at the left edge, the y ruler at the top edge, near the right.
            ruler_y, ruler_x = height * 0.22, width - mm(13)
            _x_ruler(canvas, ruler_y, 0.0, 0, EDGE_RULER, label_size)
            _label(canvas, "x", mm(EDGE_RULER + 2.5), ruler_y + mm(1), label_size)
            _y_ruler(canvas, ruler_x, height, 0, EDGE_RULER, label_size)
            _label(canvas, "y", ruler_x + mm(1), height - mm(EDGE_RULER + 3.5), label_size)
            top = height - margin
            box = Box(margin, top, ruler_x - 2 * margin, top - ruler_y - mm(8))
            footer_top = ruler_y - mm(3)
        else:
            # The rulers cross the fold lines (the page's centre lines) but not each other.
            centre_x, centre_y = width / 2, height / 2
            offset = mm(RULER_HALF + 8)
            _x_ruler(canvas, centre_y + offset, centre_x, -RULER_HALF, RULER_HALF, label_size)
            _label(canvas, "x", centre_x + mm(RULER_HALF + 3), centre_y + offset + mm(0.5),
                   label_size)
            _y_ruler(canvas, centre_x + offset, centre_y, -RULER_HALF, RULER_HALF, label_size)
            _label(canvas, "y", centre_x + offset, centre_y - mm(RULER_HALF + 4), label_size)
            top = height - max(mm(15), layout.top + mm(3))
            box = Box(max(margin, layout.left + mm(3)), top,
                      width - 2 * max(margin, layout.left + mm(3)),
                      top - (centre_y + offset + mm(10)))
            footer_top = centre_y - mm(RULER_HALF + 8)
        lines = calibration_instructions(layout, offset_mm)
        column = fit_column([Paragraph([Span(lines[0], bold=True)], scale=1.25)]
                            + [Paragraph([Span(line)], space_before=0.5) for line in lines[1:]],
                            box, text_max, text_min)
        draw_column(canvas, column)
        footer = fit(_("Observer Desk - layout {layout}: {title}").format(
                         layout=layout.name, title=layout.display_title),
                     Box(box.x, footer_top, box.width, mm(4) * min(scale, 2)),
                     Style(min(8.0, 5 * scale), 3.2))
        draw(canvas, footer)
        canvas.restoreState()
        canvas.showPage()
        canvas.save()

    _write_atomically(target, write)
    return PdfSummary(layout.name, 1, 1, 0, 0)

"""Scenarios "badges-a4-10up" and "badges-cr80": 1,000 accreditation badges with photos, as the
`badges` command makes them, against reportlab alone drawing the same things.

- Timed: `load_badges` (observers and photos from the database), `check_badges` (font coverage
  and fit of every text) and `write_badges_pdf` (composition, fonts chosen run by run, photos,
  vector QR codes, the file) for 1,000 accredited observers of the generated mission.
- Baseline, in the same run: a plain reportlab canvas with the same page size drawing, for every
  badge, the same lines of text at the same places and sizes (one font per line), the same photo
  through `ImageReader`, the same QR payload through `QrCodeWidget` and `renderPDF`, and the same
  role band; the text, places and photos are prepared beforehand and not timed.

The notes give the PDF size per badge and the number of image objects in the file: the generated
mission shares 36 distinct photos among its observers, and each must be embedded once. Goal
(issue 4): within 1.5 times the baseline.
"""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from observer_desk.core.services.badges import (
    check_badges,
    load_badges,
    select_observers,
)
from observer_desk.documents.badges.drawing import (
    PHOTO_HEIGHT,
    PHOTO_WIDTH,
    Composer,
    front_geometry,
    qr_runs,
)
from observer_desk.documents.badges.layouts import get_layout
from observer_desk.documents.badges.pdf import SheetOptions, page_plan, write_badges_pdf
from observer_desk.documents.badges.text import ASCENT, line_segments
from observer_desk.documents.fonts import BOLD, CJK, REGULAR, covers, register_fonts

from . import Context, Outcome, scenario

BADGES = 1_000
GOAL = 1.5
REPEAT = 2


def _baseline_plan(mission, badges, layout_name: str) -> list[list[tuple]]:
    """Per page, per badge: its slot, its text lines (x, y, font, size, colour, text), photo,
    QR payload and band, all worked out in advance from the program's own composition."""
    layout = get_layout(layout_name)
    geometry = front_geometry(layout.badge_width, layout.badge_height)
    composer = Composer(mission)
    slots = layout.slots()
    pages = []
    for page in page_plan(layout, len(badges)):
        items = []
        for slot_index, badge_index in page:
            badge = badges[badge_index]
            composition = composer.front(badge, geometry)
            lines = []
            for fitted in composition.texts.values():
                top = fitted.box.top
                for number, line in enumerate(fitted.lines):
                    text = "".join(segment for segment, _bold in line_segments(line))
                    bold = any(token.bold for token in line)
                    face = BOLD if bold else REGULAR
                    if not all(covers(face, c) for c in text):
                        face = CJK
                    baseline = top - number * fitted.size * fitted.leading - fitted.size * ASCENT
                    lines.append((fitted.box.x, baseline, face.name, fitted.size,
                                  fitted.style.color, text))
            items.append((slots[slot_index], lines, badge.photo, badge.qr_payload, geometry,
                          composition.colour))
        pages.append(items)
    return pages


def reportlab_seconds(pages: list[list[tuple]], layout_name: str, path: Path) -> float:
    layout = get_layout(layout_name)
    start = time.perf_counter()
    canvas = Canvas(str(path), pagesize=(layout.page_width, layout.page_height),
                    initialFontName=REGULAR.name)
    for items in pages:
        for slot, lines, photo, payload, geometry, colour in items:
            canvas.saveState()
            canvas.translate(slot.x, slot.y)
            for x, y, font, size, fill, text in lines:
                canvas.setFillColor(fill)
                canvas.setFont(font, size)
                canvas.drawString(x, y, text)
            x, y = geometry.photo
            if photo:
                canvas.drawImage(ImageReader(io.BytesIO(photo)), x, y, PHOTO_WIDTH, PHOTO_HEIGHT)
            qx, qy, side = geometry.qr
            widget = QrCodeWidget(payload, barLevel="M", barBorder=0, barWidth=side, barHeight=side)
            drawing = Drawing(side, side)
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, qx, qy)
            bx, by, bw, bh = geometry.band
            canvas.setFillColor(colour)
            canvas.rect(bx, by, bw, bh, stroke=0, fill=1)
            canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def _image_objects(path: Path) -> int:
    return len(re.findall(rb"/Subtype\s*/Image", path.read_bytes()))


def _run(context: Context, layout_name: str) -> Outcome:
    register_fonts()
    db, generated = context.mission()
    try:
        ids = select_observers(db, generated.mission_id)[:BADGES]
        path = context.workdir / f"badges-{layout_name}.pdf"
        times, parts = [], {}
        for _ in range(REPEAT):
            qr_runs.cache_clear()  # each run encodes its QR codes, as the command line does
            start = time.perf_counter()
            mission, badges = load_badges(db, generated.mission_id, ids)
            loaded = time.perf_counter()
            problems = check_badges(mission, badges, layout_name)
            checked = time.perf_counter()
            summary = write_badges_pdf(path, mission, badges, SheetOptions(layout=layout_name))
            written = time.perf_counter()
            times.append(written - start)
            parts = {"load": loaded - start, "check": checked - loaded, "write": written - checked}
    finally:
        db.dispose()
    context.say(f"  load {parts['load']:.2f} s, check {parts['check']:.2f} s, "
                f"write {parts['write']:.2f} s; {len(problems)} problems reported")
    context.say("  baseline: reportlab canvas, the same lines, photos and QR codes")
    plan = _baseline_plan(mission, badges, layout_name)
    baseline_path = context.workdir / f"badges-{layout_name}-baseline.pdf"
    baseline = min(reportlab_seconds(plan, layout_name, baseline_path) for _ in range(REPEAT))
    seconds = min(times)
    size = path.stat().st_size
    ratio = seconds / baseline if baseline else None
    notes = (f"{summary.badges:,} badges on {summary.pages:,} pages; "
             f"{size / summary.badges / 1000:.1f} kB per badge "
             f"(baseline {baseline_path.stat().st_size / summary.badges / 1000:.1f} kB); "
             f"{_image_objects(path)} image objects for "
             f"{len({b.photo for b in badges if b.photo})} distinct photos; best of {REPEAT}; "
             + (f"goal {GOAL}x: {'met' if ratio <= GOAL else 'NOT met'}" if ratio else ""))
    return Outcome(seconds, baseline, notes, details=parts)


@scenario("badges-a4-10up", "1,000 badges with photos on A4 sheets of 10 (load, check, PDF) vs. "
                            "reportlab alone drawing the same text, photos and QR codes")
def badges_a4(context: Context) -> Outcome:
    return _run(context, "a4-10up")


@scenario("badges-cr80", "1,000 badges with photos on CR80 cards (load, check, PDF) vs. "
                         "reportlab alone drawing the same text, photos and QR codes")
def badges_cr80(context: Context) -> Outcome:
    return _run(context, "cr80")

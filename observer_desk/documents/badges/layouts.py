"""Where badges go on paper: the page and badge sizes of each layout, the slots of a sheet, and
their mirror images on the back of a duplex sheet.

All geometry is in PDF points (1/72 inch) with the origin at the page's lower left corner, as
reportlab and PDF readers use it; the layouts are written in the units their makers use.

- cr80: an ID-1 card (ISO/IEC 7810), 53.98 x 85.60 mm, portrait, one per page, for card printers.
- cr80-landscape: the same card turned.
- a6: 105 x 148 mm, one per page (A6 badge holders).
- a4-10up: ten 90 x 54 mm inserts on A4, 2 columns x 5 rows, margins 12 mm at the top and 15 mm
  left, right and bottom (DURABLE 1445-02 and compatible sheets).
- letter-6up: six 4 x 3 inch inserts on US Letter, 2 x 3, 0.25 inch at the sides and 1 inch at
  top and bottom (Avery 5392 geometry).

Duplex: when a sheet is turned over its long edge, the badge in the slot at (x, y) has its back
at (page width - x - badge width, y); turned over its short edge, at (x, page height - y - badge
height).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.language import N_, _, listed
from ...core.language import _ as translated  # a text marked with N_ where it is kept

MM = 72 / 25.4
INCH = 72.0


def mm(value: float) -> float:
    return value * MM


@dataclass(frozen=True)
class Slot:
    index: int  # 0-based, in reading order: left to right, top to bottom
    x: float  # lower left corner of the badge on the page
    y: float


@dataclass(frozen=True)
class Layout:
    name: str  # the id: command line, settings, PDF footer
    title: str  # in English, marked for translation; display_title is the user's language
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0  # page edge to the first column
    top: float = 0.0  # page edge to the first row
    gap_x: float = 0.0
    gap_y: float = 0.0
    corner_radius: float = 0.0

    @property
    def display_title(self) -> str:
        """The title in the current message language, for choosing a layout on screen."""
        return translated(self.title)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        """Several badges on a sheet of paper (as opposed to one card or insert per page)."""
        return self.per_page > 1

    @property
    def landscape_badge(self) -> bool:
        return self.badge_width > self.badge_height

    def slots(self) -> list[Slot]:
        result = []
        for row in range(self.rows):
            for column in range(self.columns):
                x = self.left + column * (self.badge_width + self.gap_x)
                top_edge = self.page_height - self.top - row * (self.badge_height + self.gap_y)
                result.append(Slot(len(result), x, top_edge - self.badge_height))
        return result

    def back_slot(self, slot: Slot, short_edge: bool = False) -> Slot:
        """Where the back of the badge in `slot` lies on the back page of a duplex sheet."""
        if short_edge:
            return Slot(slot.index, slot.x, self.page_height - slot.y - self.badge_height)
        return Slot(slot.index, self.page_width - slot.x - self.badge_width, slot.y)

    def column_edges(self) -> list[float]:
        """x of every vertical badge edge (for crop marks), without repeats where badges touch."""
        edges: list[float] = []
        for column in range(self.columns):
            x = self.left + column * (self.badge_width + self.gap_x)
            for edge in (x, x + self.badge_width):
                if not any(abs(edge - e) < 0.01 for e in edges):
                    edges.append(edge)
        return edges

    def row_edges(self) -> list[float]:
        edges: list[float] = []
        for row in range(self.rows):
            top_edge = self.page_height - self.top - row * (self.badge_height + self.gap_y)
            for edge in (top_edge, top_edge - self.badge_height):
                if not any(abs(edge - e) < 0.01 for e in edges):
                    edges.append(edge)
        return edges


CR80_SHORT = mm(53.98)
CR80_LONG = mm(85.60)
CR80_RADIUS = mm(3.18)

LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout("cr80", N_("CR80 card, portrait (53.98 x 85.60 mm)"), CR80_SHORT, CR80_LONG,
               CR80_SHORT, CR80_LONG, corner_radius=CR80_RADIUS),
        Layout("cr80-landscape", N_("CR80 card, landscape (85.60 x 53.98 mm)"), CR80_LONG, CR80_SHORT,
               CR80_LONG, CR80_SHORT, corner_radius=CR80_RADIUS),
        Layout("a6", N_("A6 insert (105 x 148 mm)"), mm(105), mm(148), mm(105), mm(148)),
        Layout("a4-10up", N_("A4 sheet of 10 inserts, 90 x 54 mm (DURABLE 1445-02)"),
               mm(210), mm(297), mm(90), mm(54), columns=2, rows=5, left=mm(15), top=mm(12)),
        Layout("letter-6up", N_("US Letter sheet of 6 inserts, 4 x 3 in (Avery 5392)"),
               8.5 * INCH, 11 * INCH, 4 * INCH, 3 * INCH, columns=2, rows=3,
               left=0.25 * INCH, top=1 * INCH),
    )
}
DEFAULT_LAYOUT = "cr80"


def get_layout(name: str) -> Layout:
    try:
        return LAYOUTS[name]
    except KeyError:
        raise ValueError(_("unknown badge layout {name!r} (layouts: {layouts})").format(
            name=name, layouts=listed(LAYOUTS))) from None

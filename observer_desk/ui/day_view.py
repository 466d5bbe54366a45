"""One mission day as a timeline: a lane per team and per observer not in a team, each event a
block in the local time of its place. Blocks are moved by dragging their middle and resized by
dragging an edge; the programme service snaps the result to 5 minutes and checks the version,
and the conflicts found are drawn on the blocks they concern."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from observer_desk.core.db import Database
from observer_desk.core.models import EventKind
from observer_desk.core.services.conflicts import Conflict
from observer_desk.core.services.programme import move_event, resize_event
from observer_desk.core.services.schedule import Schedule, ScheduledEvent

from .errors import describe
from .labels import format_day

LABEL_WIDTH = 190
LANE_HEIGHT = 58  # room for the time and two lines of title inside a block
STACKED_HEIGHT = 36  # a row of a lane where events overlap: the time and one line of title
HEADER_HEIGHT = 24
EDGE = 6  # pixels from a block's edge that grab the edge rather than the block
KIND_COLOURS = {
    EventKind.MEETING: QColor(120, 160, 220), EventKind.BRIEFING: QColor(150, 130, 210),
    EventKind.VISIT: QColor(110, 185, 130), EventKind.TRAVEL: QColor(200, 200, 200),
    EventKind.OTHER: QColor(225, 190, 120),
}


@dataclass
class Block:
    event: ScheduledEvent
    lane: int
    rect: QRectF


def stack_overlapping(events: list[ScheduledEvent]) -> tuple[list[tuple[ScheduledEvent, int, int]], int]:
    """Rows within one lane for events that overlap, so each stays visible and can be grabbed:
    (event, its row, rows in its group of overlapping events) by start, and the most rows any
    group needs. Each event takes the first row free by its start (a sweep, not all pairs)."""
    placed: list[tuple[ScheduledEvent, int, int]] = []
    group: list[tuple[ScheduledEvent, int]] = []
    row_ends: list[float] = []  # when each row of the current group is free again
    group_end = float("-inf")
    deepest = 1

    def close_group() -> None:
        nonlocal deepest
        placed.extend((member, row, len(row_ends)) for member, row in group)
        deepest = max(deepest, len(row_ends))

    for event in sorted(events, key=lambda e: (e.starts_at, e.ends_at, e.id)):
        start, end = event.starts_at.timestamp(), event.ends_at.timestamp()
        if group and start >= group_end:
            close_group()
            group, row_ends, group_end = [], [], float("-inf")
        row = next((i for i, free in enumerate(row_ends) if free <= start), len(row_ends))
        if row == len(row_ends):
            row_ends.append(end)
        else:
            row_ends[row] = end
        group.append((event, row))
        group_end = max(group_end, end)
    if group:
        close_group()
    return placed, deepest


def _minutes(event_time) -> float:  # noqa: ANN001 - a local datetime
    return event_time.hour * 60 + event_time.minute + event_time.second / 60


class Timeline(QWidget):
    changed = Signal(int)  # the event moved or resized
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.schedule: Schedule | None = None
        self.conflicts: dict[int, list[Conflict]] = {}
        self.day: date | None = None
        self.lanes: list[str] = []
        self.lane_tops: list[float] = [HEADER_HEIGHT]  # each lane's top, then the bottom of the last
        self.blocks: list[Block] = []
        self.first_hour, self.last_hour = 6, 22
        self.per_minute = 1.5  # pixels
        self._drag: tuple[Block, str, float] | None = None  # block, "move"/"start"/"end", x pressed
        self._offset = 0.0
        self.setMouseTracking(True)

    def set_day(self, db: Database, schedule: Schedule, conflicts: dict[int, list[Conflict]],
                day: date | None) -> None:
        self.db, self.schedule, self.conflicts, self.day = db, schedule, conflicts, day
        self._layout()
        self.update()

    def x_of(self, minutes: float) -> float:
        return LABEL_WIDTH + (minutes - self.first_hour * 60) * self.per_minute

    def _layout(self) -> None:
        schedule, day = self.schedule, self.day
        self.lanes, self.blocks, self.lane_tops = [], [], [HEADER_HEIGHT]
        if schedule is None or day is None:
            self.setMinimumSize(0, 0)
            return
        events = schedule.events_on(day)
        in_team = {m: t.id for t in schedule.teams.values() for m in t.member_ids}
        keys: dict[tuple[str, int], int] = {}
        placed: list[tuple[ScheduledEvent, tuple[str, int]]] = []
        for event in events:
            lanes = [("team", t) for t in event.team_ids]
            lanes += [("team", in_team[o]) if o in in_team else ("observer", o) for o in event.observer_ids]
            for key in dict.fromkeys(lanes):
                placed.append((event, key))
        ordered = sorted({key for _, key in placed}, key=lambda k: (k[0] != "team", self._lane_name(k)))
        for key in ordered:
            keys[key] = len(self.lanes)
            self.lanes.append(self._lane_name(key))
        starts = [_minutes(e.local_start) for e in events]
        ends = [_minutes(e.local_start) + (e.ends_at - e.starts_at).total_seconds() / 60 for e in events]
        self.first_hour = min([6] + [int(s // 60) for s in starts])
        self.last_hour = max([22] + [int(-(-e // 60)) for e in ends])
        per_lane: dict[int, list[ScheduledEvent]] = {}
        for event, key in placed:
            per_lane.setdefault(keys[key], []).append(event)
        top = HEADER_HEIGHT
        self.lane_tops = []
        for lane in range(len(self.lanes)):
            rows, depth = stack_overlapping(per_lane.get(lane, []))
            height = LANE_HEIGHT if depth == 1 else 8 + depth * STACKED_HEIGHT
            self.lane_tops.append(top)
            for event, row, rows_in_group in rows:
                start = _minutes(event.local_start)
                length = (event.ends_at - event.starts_at).total_seconds() / 60
                inner = (height - 8) / rows_in_group
                rect = QRectF(self.x_of(start), top + 4 + row * inner, max(4.0, length * self.per_minute),
                              inner - (2 if rows_in_group > 1 else 0))
                self.blocks.append(Block(event, lane, rect))
            top += height
        self.lane_tops.append(top)
        width = int(self.x_of(self.last_hour * 60)) + 20
        self.setMinimumSize(width, top + (LANE_HEIGHT if not self.lanes else 0) + 10)

    def _lane_name(self, key: tuple[str, int]) -> str:
        kind, item_id = key
        if kind == "team":
            team = self.schedule.teams.get(item_id)
            return team.name if team else "?"
        person = self.schedule.people.get(item_id)
        return person.full_name if person else "?"

    # --- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # A mission's election day can have a thousand lanes; only what the window exposes is drawn.
        exposed = QRectF(event.rect())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(exposed, palette.base())
        grid = QPen(palette.mid().color())
        for hour in range(self.first_hour, self.last_hour + 1):
            x = self.x_of(hour * 60)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, self.height()))
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(x + 3, 2, 60, HEADER_HEIGHT - 4), Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        for lane, name in enumerate(self.lanes):
            top, bottom = self.lane_tops[lane], self.lane_tops[lane + 1]
            if bottom < exposed.top() or top > exposed.bottom():
                continue
            painter.setPen(grid)
            painter.drawLine(QPointF(0, top), QPointF(self.width(), top))
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(6, top, LABEL_WIDTH - 12, bottom - top),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, name)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        line = float(painter.fontMetrics().lineSpacing())
        for block in self.blocks:
            rect = self._shown_rect(block)
            if not rect.adjusted(-3, -3, 3, 3).intersects(exposed):
                continue
            in_conflict = block.event.id in self.conflicts
            painter.setBrush(KIND_COLOURS[block.event.kind])
            painter.setPen(QPen(QColor(200, 30, 30), 3) if in_conflict else QPen(QColor(80, 80, 80), 1))
            painter.drawRoundedRect(rect, 4, 4)
            if in_conflict:
                painter.setBrush(QColor(220, 40, 40, 60))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(20, 20, 20))
            text = f"{'⚠ ' if in_conflict else ''}{block.event.local_start:%H:%M} {block.event.title}"
            # Only whole lines: a short block (one of several overlapping) shows what fits.
            inner = rect.adjusted(4, 2, -4, -2)
            inner.setHeight(max(line, line * int(inner.height() // line)))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
        painter.end()

    def _shown_rect(self, block: Block) -> QRectF:
        rect = QRectF(block.rect)
        if self._drag and self._drag[0].event.id == block.event.id:
            what, offset = self._drag[1], self._offset
            if what == "move":
                rect.translate(offset, 0)
            elif what == "start":
                rect.setLeft(min(rect.right() - 4, rect.left() + offset))
            else:
                rect.setRight(max(rect.left() + 4, rect.right() + offset))
        return rect

    # --- the mouse -------------------------------------------------------------------------

    def block_at(self, point: QPointF) -> tuple[Block, str] | None:
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                if point.x() - block.rect.left() <= EDGE and block.rect.width() > 3 * EDGE:
                    return block, "start"
                if block.rect.right() - point.x() <= EDGE:
                    return block, "end"
                return block, "move"
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.block_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and found:
            self._drag = (found[0], found[1], event.position().x())
            self._offset = 0.0

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag:
            self._offset = event.position().x() - self._drag[2]
            self.update()
            return
        found = self.block_at(event.position())
        shape = Qt.CursorShape.ArrowCursor
        if found:
            shape = Qt.CursorShape.SizeHorCursor if found[1] != "move" else Qt.CursorShape.OpenHandCursor
            lines = [found[0].event.span] + [str(c) for c in self.conflicts.get(found[0].event.id, ())]
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
        self.setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._drag:
            return
        block, what, pressed = self._drag
        self._drag = None
        minutes = (event.position().x() - pressed) / self.per_minute
        self.update()
        if abs(minutes) < 2.5:  # less than half a grid step: a click, not a move
            return
        shift = timedelta(minutes=minutes)
        found = block.event
        try:
            if what == "move":
                saved = move_event(self.db, found.id, found.version, to=found.starts_at + shift)
            elif what == "start":
                saved = resize_event(self.db, found.id, found.version, starts_at=found.starts_at + shift)
            else:
                saved = resize_event(self.db, found.id, found.version, ends_at=found.ends_at + shift)
        except Exception as exc:  # noqa: BLE001 - a stale block: said, then the day is read again
            self.failed.emit(describe(exc))
            return
        self.changed.emit(saved.id)


class DayView(QWidget):
    changed = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = QComboBox()
        self.day.currentIndexChanged.connect(lambda _index: self._show(clear=True))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.timeline = Timeline()
        self.timeline.changed.connect(self.changed)
        self.timeline.failed.connect(self.failed)
        self.timeline.failed.connect(self.message.setText)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.timeline)
        self.scroll.setWidgetResizable(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Drag a block to move it, an edge to change its length (5-minute steps)")))
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self._db: Database | None = None
        self._schedule: Schedule | None = None
        self._conflicts: dict[int, list[Conflict]] = {}

    def set_schedule(self, db: Database, schedule: Schedule, conflicts: dict[int, list[Conflict]]) -> None:
        self._db, self._schedule, self._conflicts = db, schedule, conflicts
        chosen = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        days = schedule.mission.period_start
        while days <= schedule.mission.period_end:
            self.day.addItem(format_day(days), days.isoformat())
            days += timedelta(days=1)
        for extra in schedule.days():  # events outside the mission's period still get a day
            if self.day.findData(extra.isoformat()) < 0:
                self.day.addItem(format_day(extra), extra.isoformat())
        index = self.day.findData(chosen) if chosen else self.day.findData(
            schedule.mission.election_date.isoformat())
        self.day.setCurrentIndex(max(0, index))
        self.day.blockSignals(False)
        self._show(clear=False)  # a refusal just said stays until the user moves on

    def clear(self) -> None:
        """Show nothing (no mission open)."""
        self._db, self._schedule, self._conflicts = None, None, {}
        self.day.blockSignals(True)
        self.day.clear()
        self.day.blockSignals(False)
        self.message.clear()
        self.timeline.set_day(None, None, {}, None)

    def show_day(self, day: date) -> None:
        self.day.setCurrentIndex(self.day.findData(day.isoformat()))

    def _show(self, clear: bool) -> None:
        if self._schedule is None:
            return
        value = self.day.currentData()
        if clear:
            self.message.clear()
        self.timeline.set_day(self._db, self._schedule, self._conflicts,
                              date.fromisoformat(value) if value else None)

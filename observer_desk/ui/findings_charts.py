"""Charts of the findings, drawn with QPainter, each with its numbers written beside it.

AnswerBars shows one question: a bar per answer, as long as its share of N, with "n of N" and
the percentage at the end; answers left out of N (not observed) are grey and say so.
BreakdownBars shows the same question per phase or region: one stacked bar per group, its N, and
the negative share. Both use the application font, so labels in Cyrillic and Chinese script are
drawn by the same fallback fonts as the rest of the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .findings_labels import n_of, percent

POSITIVE = ("#2f9e5b", "#4a90c2", "#8e7cc3", "#3bb3a6", "#6c8ebf", "#a0c15a", "#5d6d7e", "#b38f00")
NEGATIVE = ("#e67e22", "#c0392b", "#a93226", "#8e44ad")
EXCLUDED = "#b0b7bb"


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float | None  # of N; None: not in N
    negative: bool = False
    excluded: bool = False
    colour: str = ""


def colour_answers(bars: list[Bar]) -> list[Bar]:
    """Greens and blues for the answers that count as fine, oranges and reds for the negative
    ones, grey for those left out of N: the same answer keeps its colour in every chart."""
    positive = negative = 0
    coloured = []
    for bar in bars:
        if bar.excluded:
            colour = EXCLUDED
        elif bar.negative:
            colour = NEGATIVE[negative % len(NEGATIVE)]
            negative += 1
        else:
            colour = POSITIVE[positive % len(POSITIVE)]
            positive += 1
        coloured.append(Bar(bar.label, bar.count, bar.share, bar.negative, bar.excluded,
                            bar.colour or colour))
    return coloured


class AnswerBars(QWidget):
    """One bar per answer, the numbers beside each."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.n = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar], n: int) -> None:
        self.bars = colour_answers(bars)
        self.n = n
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return max(self.ROW, QFontMetrics(self.font()).height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.bars)) * self.row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def numbers(self, bar: Bar) -> str:
        if bar.excluded:
            return self.tr("%1, not in N").replace("%1", str(bar.count))
        return f"{n_of(bar.count, self.n)}   {percent(bar.share)}"

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(50)
        if not self.bars:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No answers"))
            return
        width = self.width()
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12,
                          int(width * 0.38))
        number_width = max(metrics.horizontalAdvance(self.numbers(b)) for b in self.bars) + 12
        bar_left = label_width
        bar_width = max(40, width - label_width - number_width - 4)
        row = self.row_height()
        for index, bar in enumerate(self.bars):
            top = 4 + index * row
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 10)
            painter.drawText(QRectF(0, top, label_width - 8, row), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(bar_left, top + 5, bar_width, row - 10), 3, 3)
            share = bar.share if bar.share is not None else (bar.count / max(self.n, 1) if self.n else 0)
            if share > 0:
                painter.setBrush(QColor(bar.colour))
                painter.drawRoundedRect(QRectF(bar_left, top + 5, max(3.0, bar_width * min(share, 1.0)),
                                               row - 10), 3, 3)
            painter.setPen(text_colour)
            painter.drawText(QRectF(bar_left + bar_width + 8, top, number_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self.numbers(bar))
        painter.end()


@dataclass(frozen=True)
class Group:
    name: str
    n: int
    bars: tuple[Bar, ...]
    negative_share: float | None = None


class BreakdownBars(QWidget):
    """One stacked bar per phase or region: the shares of the answers, N and the negative share
    beside it, and a legend of the answers above."""

    ROW = 28

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups: list[Group] = []
        self.legend: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_groups(self, groups: list[Group]) -> None:
        self.groups = [Group(g.name, g.n, tuple(colour_answers(list(g.bars))), g.negative_share)
                       for g in groups]
        self.legend = [b for b in (self.groups[0].bars if self.groups else ()) if not b.excluded]
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return max(self.ROW, QFontMetrics(self.font()).height() + 10)

    def legend_rows(self) -> int:
        if not self.legend:
            return 0
        metrics = QFontMetrics(self.font())
        width, rows, used = max(self.width(), 320), 1, 0
        for bar in self.legend:
            needed = metrics.horizontalAdvance(bar.label) + 34
            if used and used + needed > width:
                rows += 1
                used = 0
            used += needed
        return rows

    def sizeHint(self) -> QSize:
        legend = self.legend_rows() * (QFontMetrics(self.font()).height() + 6)
        return QSize(480, legend + max(1, len(self.groups)) * self.row_height() + 10)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height()

    def resizeEvent(self, event: object) -> None:
        self.updateGeometry()
        super().resizeEvent(event)

    def side_text(self, group: Group) -> str:
        text = "N = " + str(group.n)
        if group.negative_share is not None:
            text += "   " + self.tr("negative %1").replace("%1", percent(group.negative_share))
        return text

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.groups:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No answers"))
            return
        # legend
        line = metrics.height() + 6
        x, y = 0, 2
        for bar in self.legend:
            needed = metrics.horizontalAdvance(bar.label) + 34
            if x and x + needed > self.width():
                x, y = 0, y + line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.colour))
            painter.drawRoundedRect(QRectF(x, y + (line - 12) / 2, 12, 12), 2, 2)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 16, y, needed - 16, line), Qt.AlignmentFlag.AlignVCenter,
                             bar.label)
            x += needed
        top = y + line + 4 if self.legend else 2
        width = self.width()
        label_width = min(max(metrics.horizontalAdvance(g.name) for g in self.groups) + 12,
                          int(width * 0.3))
        side_width = max(metrics.horizontalAdvance(self.side_text(g)) for g in self.groups) + 12
        bar_width = max(40, width - label_width - side_width - 4)
        row = self.row_height()
        for index, group in enumerate(self.groups):
            y = top + index * row
            painter.setPen(text_colour)
            name = metrics.elidedText(group.name, Qt.TextElideMode.ElideRight, label_width - 10)
            painter.drawText(QRectF(0, y, label_width - 8, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)
            left = float(label_width)
            rect_top, rect_height = y + 5, row - 10
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, rect_top, bar_width, rect_height))
            painter.setPen(Qt.PenStyle.NoPen)
            # A multiple choice's shares add up to more than 100 %: drawn in proportion.
            total = sum(b.share or 0 for b in group.bars if not b.excluded)
            scale = 1 / total if total > 1 else 1.0
            for bar in group.bars:
                if bar.excluded or not bar.share:
                    continue
                span = bar_width * bar.share * scale
                painter.setBrush(QColor(bar.colour))
                painter.drawRect(QRectF(left, rect_top, span, rect_height))
                if span > metrics.horizontalAdvance("100%") + 6:
                    painter.setPen(QColor("white"))
                    painter.drawText(QRectF(left, rect_top, span, rect_height), Qt.AlignmentFlag.AlignCenter,
                                     f"{round(bar.share * 100)}%")
                    painter.setPen(Qt.PenStyle.NoPen)
                left += span
            painter.setPen(text_colour)
            painter.drawText(QRectF(label_width + bar_width + 8, y, side_width, row),
                             Qt.AlignmentFlag.AlignVCenter, self.side_text(group))
        painter.end()

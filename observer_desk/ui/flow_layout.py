"""A layout that places its widgets left to right and starts a new line when the width runs out.

Used for filter rows: at a wide window everything sits on one line, at a narrow one (or in a
language with long words) the row wraps instead of squeezing its widgets over each other.
Widgets that expand horizontally (a search box) and stretches share the free space left on
their line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout's item list ----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # sizes ------------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self._gap() * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        left, top, right, bottom = self.getContentsMargins()
        return QSize(width + left + right, height + top + bottom)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        left, top, right, bottom = self.getContentsMargins()
        return size + QSize(left + right, top + bottom)

    def addStretch(self) -> None:  # noqa: N802 - as QBoxLayout names it
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # placing ----------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or item.spacerItem() is not None]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) or 6

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        left, top, right, bottom = self.getContentsMargins()
        area = rect.adjusted(left, top, -right, -bottom)
        gap = self._gap()
        lines: list[list[QLayoutItem]] = []
        line: list[QLayoutItem] = []
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if line and used + gap + width > area.width():
                lines.append(line)
                line, used = [], 0
            used += (gap if line else 0) + width
            line.append(item)
        if line:
            lines.append(line)

        y = area.y()
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            free = area.width() - sum(widths) - gap * (len(line) - 1)
            growing = [i for i, item in enumerate(line) if _grows(item)]
            if free > 0 and growing:
                share, extra = divmod(free, len(growing))
                for position, i in enumerate(growing):
                    widths[i] += share + (1 if position < extra else 0)
            if apply:
                x = area.x()
                for item, width in zip(line, widths):
                    item_height = min(item.sizeHint().height(), height)
                    offset = (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, y + offset), QSize(width, item_height)))
                    x += width + gap
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - rect.y() + bottom


def _grows(item: QLayoutItem) -> bool:
    """Whether the item takes a share of the free space: widgets whose policy asks to expand, and
    stretches (addStretch), which push what follows them on the line to the right."""
    if item.spacerItem() is not None:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
    widget = item.widget()
    if widget is None:
        return False
    return widget.sizePolicy().horizontalPolicy() in (QSizePolicy.Policy.Expanding,
                                                      QSizePolicy.Policy.MinimumExpanding)

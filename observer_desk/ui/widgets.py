"""Small widgets shared by the pages: an inline message banner, headings, count cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

# Colours chosen to read on light and dark palettes alike (text stays the palette's own).
_BANNER_STYLES = {
    "info": ("#2a64a8", "rgba(42, 100, 168, 0.12)"),
    "success": ("#2f9e5b", "rgba(47, 158, 91, 0.14)"),
    "warning": ("#c98a10", "rgba(243, 179, 61, 0.18)"),
    "error": ("#c0392b", "rgba(192, 57, 43, 0.12)"),
}
ERROR_COLOUR = "#c0392b"


class Banner(QFrame):
    """A message shown above a form or table, in place rather than in a pop-up, so the user can
    read it while fixing what it describes. It may carry one action button (e.g. Reload)."""

    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action_button = QPushButton()
        self.action_button.hide()
        self.action_button.clicked.connect(self.actionTriggered)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, kind: str, text: str, action: str | None = None) -> None:
        edge, fill = _BANNER_STYLES[kind]
        self.kind = kind
        self.setStyleSheet(
            f"QFrame#banner {{ border: 1px solid {edge}; border-left: 4px solid {edge};"
            f" border-radius: 4px; background: {fill}; }}"
        )
        self.label.setText(text)
        self.action_button.setVisible(bool(action))
        if action:
            self.action_button.setText(action)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()


def heading(text: str = "", *, scale: float = 1.5, bold: bool = True) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(label.foregroundRole())
    palette = label.palette()
    colour = palette.color(palette.ColorRole.WindowText)
    colour.setAlphaF(0.7)
    palette.setColor(palette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def error_label() -> QLabel:
    """The line under a form field that says what is wrong with it (hidden while nothing is)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label

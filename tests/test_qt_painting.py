"""The Qt build in use must keep Python's reference counts whole while painting.

On Python 3.11 None is an ordinary object with a reference count. A binding that gives up a
reference it never took (PySide6 6.12.0 does so in QPainter.setBrush and setPen) lowers None's
count on every call, and after some hours of painting the program crashes with "deallocating
None". The day view, the charts and the photo cropper paint with exactly these calls.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

CALLS = 200


def _painting_calls(painter: QPainter, rect: QRectF) -> dict[str, object]:
    return {
        "setBrush(QColor)": lambda: painter.setBrush(QColor(20, 120, 200)),
        "setPen(QPen)": lambda: painter.setPen(QPen(QColor(80, 80, 80), 1)),
        "setPen(QColor)": lambda: painter.setPen(QColor(20, 20, 20)),
        "setPen(NoPen)": lambda: painter.setPen(Qt.PenStyle.NoPen),
        "setFont": lambda: painter.setFont(QFont()),
        "drawRoundedRect": lambda: painter.drawRoundedRect(rect, 4, 4),
        "drawLine": lambda: painter.drawLine(QPointF(0, 0), QPointF(10, 10)),
        "drawText": lambda: painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, "Team 1"),
    }


def test_painting_does_not_give_up_references_to_none(qapp) -> None:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    losses = {}
    try:
        for name, call in _painting_calls(painter, QRectF(5, 5, 60, 30)).items():
            before = sys.getrefcount(None)
            for _ in range(CALLS):
                call()
            lost = before - sys.getrefcount(None)
            if lost >= CALLS // 2:  # a few may move elsewhere meanwhile; one per call is the fault
                losses[name] = lost
    finally:
        painter.end()
    assert losses == {}, f"references to None lost per {CALLS} calls: {losses}"

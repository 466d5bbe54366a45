"""Choosing the part of a photo that goes on the badge, and the photo box of the observer editor.

The crop frame keeps the 35 x 45 mm shape of a passport photo. The user moves it with the mouse
or the arrow keys and resizes it from its corners, with the mouse wheel or with + and -. The
frame is kept in the coordinates of the upright full-size image, which is what
photos.prepare_photo crops, so the stored photo is exactly what the frame showed.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.services.photo_preview import PhotoPreview
from observer_desk.core.services.photos import PHOTO_HEIGHT_MM, PHOTO_HEIGHT_PX, PHOTO_WIDTH_MM, PHOTO_WIDTH_PX

from .widgets import muted

ASPECT = PHOTO_WIDTH_MM / PHOTO_HEIGHT_MM  # width / height of the frame
HANDLE = 7  # half the side of a corner handle, in screen pixels
MIN_FRAME_SHARE = 0.08  # the frame's height never shrinks below this share of the image's
FACE_HEIGHT = 0.4  # where the default frame sits: faces are in the upper half of a portrait


class Drag(Enum):
    NONE = 0
    MOVE = 1
    RESIZE = 2


def largest_frame(width: float, height: float) -> QRectF:
    """The largest 35:45 frame in the image, where prepare_photo would cut without a frame."""
    if width / height > ASPECT:
        frame_h, frame_w = height, height * ASPECT
    else:
        frame_w, frame_h = width, width / ASPECT
    return QRectF((width - frame_w) / 2, (height - frame_h) * FACE_HEIGHT, frame_w, frame_h)


def preview_image(preview: PhotoPreview) -> QImage:
    image = QImage(preview.rgb, preview.preview_width, preview.preview_height, 3 * preview.preview_width,
                   QImage.Format.Format_RGB888)
    return image.copy()  # the QImage above borrows the bytes; the copy owns its pixels


class CropArea(QWidget):
    frameChanged = Signal()

    def __init__(self, preview: PhotoPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.image = preview_image(preview)
        self.full = QSize(preview.width, preview.height)
        self.frame = largest_frame(preview.width, preview.height)
        self._drag = Drag.NONE
        self._anchor = QPointF()  # the fixed corner while resizing
        self._grab = QPointF()  # where in the frame the mouse took hold while moving
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setToolTip(self.tr("Drag the frame onto the face; drag a corner to resize it. "
                                "Arrow keys move it, + and - resize it."))

    # geometry between the screen and the full image --------------------------------------

    def _view(self) -> tuple[float, QPointF]:
        """Screen pixels per image pixel, and where the image's top left corner is drawn."""
        scale = min(self.width() / self.full.width(), self.height() / self.full.height())
        offset = QPointF((self.width() - self.full.width() * scale) / 2,
                         (self.height() - self.full.height() * scale) / 2)
        return scale, offset

    def _to_screen(self, rect: QRectF) -> QRectF:
        scale, offset = self._view()
        return QRectF(offset.x() + rect.x() * scale, offset.y() + rect.y() * scale,
                      rect.width() * scale, rect.height() * scale)

    def _to_image(self, point: QPointF) -> QPointF:
        scale, offset = self._view()
        return QPointF((point.x() - offset.x()) / scale, (point.y() - offset.y()) / scale)

    def _corners(self) -> list[QPointF]:
        r = self.frame
        return [r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()]

    # changing the frame ------------------------------------------------------------------------

    def _min_height(self) -> float:
        return max(self.full.height() * MIN_FRAME_SHARE, 24.0)

    def set_frame(self, rect: QRectF) -> None:
        """Any rectangle becomes the nearest 35:45 frame that lies inside the image."""
        height = max(min(rect.height(), self.full.height(), self.full.width() / ASPECT), self._min_height())
        height = min(height, self.full.height(), self.full.width() / ASPECT)
        width = height * ASPECT
        centre = rect.center()
        left = min(max(centre.x() - width / 2, 0.0), self.full.width() - width)
        top = min(max(centre.y() - height / 2, 0.0), self.full.height() - height)
        self.frame = QRectF(left, top, width, height)
        self.update()
        self.frameChanged.emit()

    def move_frame(self, dx: float, dy: float) -> None:
        self.set_frame(self.frame.translated(dx, dy))

    def scale_frame(self, factor: float) -> None:
        centre = self.frame.center()
        height = self.frame.height() * factor
        rect = QRectF(0, 0, height * ASPECT, height)
        rect.moveCenter(centre)
        self.set_frame(rect)

    def crop_box(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) in whole pixels of the upright full image, inside it."""
        r = self.frame
        left = max(0, min(round(r.left()), self.full.width() - 1))
        top = max(0, min(round(r.top()), self.full.height() - 1))
        right = max(left + 1, min(round(r.right()), self.full.width()))
        bottom = max(top + 1, min(round(r.bottom()), self.full.height()))
        return left, top, right, bottom

    def _resize_to(self, point: QPointF) -> None:
        anchor = self._anchor
        dx, dy = point.x() - anchor.x(), point.y() - anchor.y()
        height = max(abs(dy), abs(dx) / ASPECT, self._min_height())
        # Room the image leaves on the dragged side of the fixed corner.
        room_x = anchor.x() if dx < 0 else self.full.width() - anchor.x()
        room_y = anchor.y() if dy < 0 else self.full.height() - anchor.y()
        height = min(height, room_y, room_x / ASPECT)
        width = height * ASPECT
        left = anchor.x() - width if dx < 0 else anchor.x()
        top = anchor.y() - height if dy < 0 else anchor.y()
        self.frame = QRectF(left, top, width, height)
        self.update()
        self.frameChanged.emit()

    # events ----------------------------------------------------------------------------------

    def _handle_at(self, position: QPointF) -> int:
        for number, corner in enumerate(self._corners()):
            on_screen = self._to_screen(QRectF(corner, corner)).topLeft()
            if abs(on_screen.x() - position.x()) <= HANDLE + 2 and abs(on_screen.y() - position.y()) <= HANDLE + 2:
                return number
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        position = event.position()
        corner = self._handle_at(position)
        if corner >= 0:
            self._drag = Drag.RESIZE
            self._anchor = self._corners()[3 - corner]  # the opposite corner stays put
            return
        point = self._to_image(position)
        if not self.frame.contains(point):  # a click elsewhere brings the frame there
            rect = QRectF(self.frame)
            rect.moveCenter(point)
            self.set_frame(rect)
        self._drag = Drag.MOVE
        self._grab = point - self.frame.topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._drag == Drag.NONE:
            corner = self._handle_at(position)
            if corner in (0, 3):
                self.setCursor(Qt.CursorShape.SizeFDiagCursor)
            elif corner in (1, 2):
                self.setCursor(Qt.CursorShape.SizeBDiagCursor)
            elif self.frame.contains(self._to_image(position)):
                self.setCursor(Qt.CursorShape.SizeAllCursor)
            else:
                self.unsetCursor()
            return
        point = self._to_image(position)
        if self._drag == Drag.RESIZE:
            self._resize_to(point)
        else:
            rect = QRectF(self.frame)
            rect.moveTopLeft(point - self._grab)
            self.set_frame(rect)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = Drag.NONE

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.scale_frame(0.95 ** steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self.full.height() * (0.05 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.01)
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0), Qt.Key.Key_Up: (0, -step),
                 Qt.Key.Key_Down: (0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            self.move_frame(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.scale_frame(1.05)
        elif key == Qt.Key.Key_Minus:
            self.scale_frame(1 / 1.05)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        image_rect = self._to_screen(QRectF(0, 0, self.full.width(), self.full.height()))
        painter.drawImage(image_rect, self.image)
        frame = self._to_screen(self.frame)
        shade = QPainterPath()
        shade.addRect(image_rect)
        hole = QPainterPath()
        hole.addRect(frame)
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 130))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(frame)
        # Thirds guide the eyes to about the upper third line, as photo rules ask.
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1, Qt.PenStyle.DashLine))
        for share in (1 / 3, 2 / 3):
            y = frame.top() + frame.height() * share
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
            x = frame.left() + frame.width() * share
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
        painter.setPen(QPen(QColor("#2a64a8"), 1))
        painter.setBrush(QColor("white"))
        for corner in (frame.topLeft(), frame.topRight(), frame.bottomLeft(), frame.bottomRight()):
            painter.drawRect(QRectF(corner.x() - HANDLE, corner.y() - HANDLE, 2 * HANDLE, 2 * HANDLE))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


class PhotoCropDialog(QDialog):
    """Shows the chosen image with the frame and, beside it, the photo as it will be stored."""

    RESULT_SIZE = QSize(140, 180)

    def __init__(self, preview: PhotoPreview, file_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop the photo"))
        self.area = CropArea(preview)
        self.area.frameChanged.connect(self._update_result)
        self.result_label = QLabel()
        self.result_label.setFixedSize(self.RESULT_SIZE)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_label.setStyleSheet("border: 1px solid palette(mid);")
        explanation = muted(self.tr(
            "The badge and the accreditation papers use a %1 × %2 mm passport photo, stored at "
            "300 dpi (%3 × %4 pixels). Drag the frame onto the face and drag a corner to make it "
            "larger or smaller; arrow keys and + / - work too.")
            .replace("%1", str(PHOTO_WIDTH_MM)).replace("%2", str(PHOTO_HEIGHT_MM))
            .replace("%3", str(PHOTO_WIDTH_PX)).replace("%4", str(PHOTO_HEIGHT_PX)))
        explanation.setMaximumWidth(self.RESULT_SIZE.width() + 60)
        size_note = muted(self.tr("Image: %1 × %2 pixels").replace("%1", str(preview.width))
                          .replace("%2", str(preview.height)))
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("On the badge:")))
        side.addWidget(self.result_label)
        side.addWidget(size_note)
        if file_label:
            name = muted(file_label)
            name.setMaximumWidth(self.RESULT_SIZE.width() + 60)
            side.addWidget(name)
        side.addSpacing(8)
        side.addWidget(explanation)
        self.whole_button = QPushButton(self.tr("&Largest frame"))
        self.whole_button.setToolTip(self.tr("Put the frame back to the largest one that fits"))
        self.whole_button.clicked.connect(
            lambda: self.area.set_frame(largest_frame(preview.width, preview.height)))
        side.addWidget(self.whole_button)
        side.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(self.tr("&Use this photo"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.area, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 600)
        self.area.setFocus()
        self._update_result()

    def crop_box(self) -> tuple[int, int, int, int]:
        return self.area.crop_box()

    def _update_result(self) -> None:
        scale = self.area.preview.scale
        frame = self.area.frame
        part = self.area.image.copy(round(frame.x() * scale), round(frame.y() * scale),
                                    max(1, round(frame.width() * scale)), max(1, round(frame.height() * scale)))
        self.result_label.setPixmap(QPixmap.fromImage(part).scaled(
            self.RESULT_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))


class PhotoBox(QWidget):
    """The observer's photo in the editor: the picture (or a placeholder), choose and remove."""

    SIZE = QSize(140, 180)  # 35:45, like the printed photo

    chooseRequested = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setObjectName("photoPicture")
        self.picture.setFixedSize(self.SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setStyleSheet("QLabel#photoPicture { border: 1px dashed palette(mid); }")
        self.choose_button = QPushButton(self.tr("C&hoose photo…"))
        self.choose_button.setToolTip(self.tr("A JPEG, PNG or other image file; you crop it next"))
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.choose_button.clicked.connect(self.chooseRequested)
        self.remove_button.clicked.connect(self.removeRequested)
        self.hint = muted(self.tr("or drop an image file on this window"))
        self.hint.setMaximumWidth(self.SIZE.width())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(self.SIZE.width())
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.show_photo(None)

    def show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.picture.setPixmap(pixmap.scaled(self.SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No photo"))
        self.remove_button.setEnabled(bool(data))

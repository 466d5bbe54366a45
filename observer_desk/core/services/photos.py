"""Turning whatever image a nominating body sent into the stored badge photo.

Badges and accreditation forms want a 35 x 45 mm passport-style photo; printed at 300 dpi that
is 413 x 531 pixels. Every photo is brought to exactly that size once, when it is stored, so the
badge and document writers never resample and every badge in a run looks alike.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import Problem, ValidationError
from ..language import _

PHOTO_WIDTH_MM = 35
PHOTO_HEIGHT_MM = 45
PHOTO_DPI = 300
PHOTO_WIDTH_PX = int(PHOTO_WIDTH_MM / 25.4 * PHOTO_DPI)  # 413: whole pixels that fit in 35 mm
PHOTO_HEIGHT_PX = int(PHOTO_HEIGHT_MM / 25.4 * PHOTO_DPI)  # 531
PHOTO_MIME = "image/jpeg"
JPEG_QUALITY = 90

# A scanned passport page or a phone photo is far below this; anything above is either a
# mistake or a file built to exhaust memory when decoded.
MAX_SOURCE_PIXELS = 60_000_000


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    mime_type: str
    width: int
    height: int


def _refuse(message: str) -> ValidationError:
    return ValidationError([Problem("photo", message)])


def _open(data: bytes) -> Image.Image:
    if not data:
        raise _refuse(_("the file is empty: choose a JPEG or PNG photo"))
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice its limit; treat that as refusal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _refuse(_(
            "the image is too large to open safely (more pixels than any photo needs): "
            "scale it down below 60 megapixels and try again"
        )) from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise _refuse(_(
            "the file is not an image the program can read: use a JPEG or PNG photo"
        )) from exc
    width, height = image.size
    if width * height > MAX_SOURCE_PIXELS:
        raise _refuse(_(
            "the image is too large ({width} x {height} pixels): "
            "scale it down below 60 megapixels and try again"
        ).format(width=width, height=height))
    try:
        image.load()
    except (OSError, ValueError, SyntaxError) as exc:  # truncated or corrupt image data
        raise _refuse(_("the image file is damaged and cannot be read ({detail})").format(
            detail=exc)) from exc
    return image


def _to_rgb(image: Image.Image) -> Image.Image:
    """JPEG has no transparency: put transparent photos on white rather than on black."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale scans: scale down to 8 bits instead of clipping to white.
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    return image.convert("RGB")


def _checked_box(
    crop_box: tuple[int, int, int, int], size: tuple[int, int]
) -> tuple[int, int, int, int]:
    left, top, right, bottom = (int(v) for v in crop_box)
    width, height = size
    if not (0 <= left < right <= width and 0 <= top < bottom <= height):
        raise _refuse(_(
            "the crop frame ({left}, {top}, {right}, {bottom}) does not lie inside the "
            "{width} x {height} image: draw the frame again"
        ).format(left=left, top=top, right=right, bottom=bottom, width=width, height=height))
    return left, top, right, bottom


def prepare_photo(
    data: bytes, crop_box: tuple[int, int, int, int] | None = None
) -> PreparedPhoto:
    """The 35 x 45 mm, 300 dpi JPEG to store for an observer.

    `crop_box` (left, top, right, bottom) is in the coordinates of the upright image, as the
    user saw it; without one the whole image is used. Whatever the frame's shape, the largest
    35:45 part of it is kept, centred slightly high because faces sit in the upper half of a
    portrait. Metadata is dropped: phone photos carry GPS positions nobody should print.
    """
    image = _open(data)
    # Phones store portraits sideways with an orientation tag; turn them upright first.
    try:
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, KeyError, TypeError):
        pass  # a broken orientation tag is no reason to refuse the photo itself
    image = _to_rgb(image)
    if crop_box is not None:
        image = image.crop(_checked_box(crop_box, image.size))
    fitted = ImageOps.fit(
        image,
        (PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX),
        method=Image.Resampling.LANCZOS,
        centering=(0.5, 0.4),
    )
    out = io.BytesIO()
    fitted.save(out, format="JPEG", quality=JPEG_QUALITY, dpi=(PHOTO_DPI, PHOTO_DPI), optimize=True)
    return PreparedPhoto(
        data=out.getvalue(), mime_type=PHOTO_MIME, width=fitted.width, height=fitted.height
    )

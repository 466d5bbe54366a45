"""A screen-sized, upright copy of a photo file, for drawing the crop frame on.

The frame the user draws is handed to photos.prepare_photo in the coordinates of the upright
full-size image. The preview therefore comes from the same reading as prepare_photo (same
refusals for non-images and decompression bombs, same EXIF turn) and carries the full size, so
that a front end can scale the frame back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps

from .photos import _open, _to_rgb

PREVIEW_SIDE = 1200  # enough for a sharp frame on a large monitor; small enough to be instant


@dataclass(frozen=True)
class PhotoPreview:
    rgb: bytes  # 8-bit RGB rows, no padding
    preview_width: int
    preview_height: int
    width: int  # of the upright full image, in which the crop box is given
    height: int

    @property
    def scale(self) -> float:
        """Preview pixels per full-image pixel."""
        return self.preview_width / self.width


def photo_preview(data: bytes, max_side: int = PREVIEW_SIDE) -> PhotoPreview:
    """Raises ValidationError (field "photo") for anything prepare_photo would refuse to read."""
    image = _open(data)
    try:
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, KeyError, TypeError):
        pass  # prepare_photo ignores a broken orientation tag as well
    image = _to_rgb(image)
    width, height = image.size
    shown = image.copy()
    shown.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return PhotoPreview(shown.tobytes(), shown.width, shown.height, width, height)

"""The screen copy of a photo the crop frame is drawn on: upright, small, and sized like the original."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from observer_desk.core.errors import ValidationError
from observer_desk.core.services.photo_preview import photo_preview
from observer_desk.core.services.photos import prepare_photo


def jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    image = Image.new("RGB", (width, height), (200, 40, 40))
    image.paste((40, 40, 200), (0, 0, width // 2, height // 2))  # blue top-left quarter, as stored
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_large_photo_is_shown_small_and_keeps_its_full_size() -> None:
    preview = photo_preview(jpeg(3000, 2000))
    assert (preview.width, preview.height) == (3000, 2000)
    assert (preview.preview_width, preview.preview_height) == (1200, 800)
    assert len(preview.rgb) == 1200 * 800 * 3
    assert preview.scale == pytest.approx(0.4)


def test_a_sideways_phone_photo_is_shown_upright_as_prepare_photo_crops_it() -> None:
    data = jpeg(600, 400, orientation=6)  # stored landscape, to be turned 90 degrees clockwise
    preview = photo_preview(data)
    assert (preview.width, preview.height) == (400, 600)
    # After the turn the blue quarter is at the top right: a frame there must come out blue.
    shown = Image.frombytes("RGB", (preview.preview_width, preview.preview_height), preview.rgb)
    red, _green, blue = shown.getpixel((350, 50))
    assert blue > 150 and red < 100
    cropped = Image.open(io.BytesIO(prepare_photo(data, (210, 10, 390, 250)).data)).convert("RGB")
    red, _green, blue = cropped.resize((1, 1)).getpixel((0, 0))
    assert blue > 150 and red < 100


def test_what_is_not_an_image_is_refused_like_prepare_photo_refuses_it() -> None:
    with pytest.raises(ValidationError) as refused:
        photo_preview(b"%PDF-1.4 not a photo")
    assert refused.value.problems[0].field == "photo"
    assert "not an image the program can read" in refused.value.problems[0].message

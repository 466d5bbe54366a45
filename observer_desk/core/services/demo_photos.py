"""Stand-in portraits for the demo observers: a head-and-shoulders silhouette on a plain
background, different for each person, so badges and the roster show what a real photo
would look like without using anyone's face.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

# Passport-photo backgrounds: light and neutral.
_BACKGROUNDS = ((232, 236, 240), (222, 230, 238), (238, 236, 230), (226, 234, 230), (240, 240, 240))
_FIGURES = ((72, 84, 96), (58, 66, 80), (92, 96, 104), (64, 76, 72), (84, 72, 70))
_SHIRTS = ((40, 52, 80), (60, 60, 66), (88, 40, 44), (36, 70, 84), (70, 70, 90))

# Drawn a little larger than the stored photo and in a 3:4 frame, so that preparing it
# crops and resamples exactly as it does for a scanned photo.
_WIDTH, _HEIGHT = 480, 640


def silhouette_jpeg(seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGB", (_WIDTH, _HEIGHT), _BACKGROUNDS[seed % len(_BACKGROUNDS)])
    draw = ImageDraw.Draw(image)
    figure = _FIGURES[rng.randrange(len(_FIGURES))]
    shirt = _SHIRTS[rng.randrange(len(_SHIRTS))]

    centre = _WIDTH // 2 + rng.randint(-12, 12)
    # passport rules want the head to fill most of the frame's height
    head_w = rng.randint(215, 245)
    head_h = int(head_w * rng.uniform(1.22, 1.32))
    head_top = rng.randint(60, 85)
    shoulders_top = head_top + head_h + rng.randint(5, 20)
    shoulder_half = rng.randint(215, 240)

    # shoulders and chest: a wide ellipse cut off by the bottom edge
    draw.ellipse(
        (centre - shoulder_half, shoulders_top, centre + shoulder_half, shoulders_top + 520),
        fill=shirt,
    )
    # neck
    neck_half = head_w // 5
    draw.rectangle(
        (centre - neck_half, head_top + head_h - 30, centre + neck_half, shoulders_top + 40),
        fill=figure,
    )
    # open collar
    draw.polygon(
        [(centre - neck_half - 18, shoulders_top + 8), (centre + neck_half + 18, shoulders_top + 8),
         (centre, shoulders_top + 90)],
        fill=figure,
    )
    draw.ellipse(
        (centre - head_w // 2, head_top, centre + head_w // 2, head_top + head_h), fill=figure
    )
    # hair: a darker cap of varying height
    hair = tuple(max(0, c - 35) for c in figure)
    hair_depth = rng.randint(45, 90)
    draw.chord(
        (centre - head_w // 2 - 4, head_top - 8, centre + head_w // 2 + 4,
         head_top + 2 * hair_depth + 20),
        180, 360, fill=hair,
    )
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92)
    return out.getvalue()

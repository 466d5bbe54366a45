"""Stand-in badge photos: a head-and-shoulders silhouette on a tinted background.

They have the stored photo's exact size (413 x 531, 35 x 45 mm at 300 dpi) and, thanks to a
little sensor-like noise, about the byte size of a real passport photo, so a generated
database weighs what a real one would.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 413, 531


def portrait(rng: random.Random) -> bytes:
    background = tuple(rng.randint(170, 235) for _ in range(3))
    skin = rng.choice(((241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36),
                       (255, 219, 172)))
    clothes = tuple(rng.randint(20, 120) for _ in range(3))
    image = Image.new("RGB", (WIDTH, HEIGHT), background)  # type: ignore[arg-type]
    draw = ImageDraw.Draw(image)
    centre = WIDTH // 2 + rng.randint(-12, 12)
    head_w, head_h = rng.randint(150, 180), rng.randint(195, 225)
    top = rng.randint(70, 100)
    draw.ellipse((centre - 230, top + head_h + 40, centre + 230, HEIGHT + 260), fill=clothes)
    draw.rectangle((centre - 35, top + head_h - 30, centre + 35, top + head_h + 60), fill=skin)
    draw.ellipse((centre - head_w // 2, top, centre + head_w // 2, top + head_h), fill=skin)
    shade = rng.randint(15, 110)
    hair = (shade, shade * 4 // 5, shade * 3 // 5)
    draw.chord((centre - head_w // 2 - 6, top - 14, centre + head_w // 2 + 6, top + head_h * 3 // 4),
               180, 360, fill=hair)
    # Noise from the seeded generator, so the same seed gives byte-identical photos.
    noise = Image.frombytes("L", (WIDTH, HEIGHT), rng.randbytes(WIDTH * HEIGHT)).convert("RGB")
    image = Image.blend(image.filter(ImageFilter.GaussianBlur(1.2)), noise, 0.04)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, dpi=(300, 300))
    return buffer.getvalue()


def portraits(count: int, rng: random.Random) -> list[bytes]:
    return [portrait(rng) for _ in range(count)]

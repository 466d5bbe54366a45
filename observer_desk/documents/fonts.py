"""The bundled TrueType fonts of every PDF document, and choosing among them character by character.

No single bundled font covers every script a mission writes in: DejaVu Sans has Latin and
Cyrillic (Kazakh, Kyrgyz, Tajik and Uzbek letters included) but no Chinese, WenQuanYi Micro Hei
has Chinese. A string is therefore cut into runs, each set in the first font of the chain that
has a glyph for its characters, so that "Qiao Mingyuan 乔明远" prints without an empty box.
Characters that no bundled font covers are listed by `uncovered_characters` before anything is
printed, instead of turning into boxes on paper.

Every string from the user passes through `clean_text` (NFC normalisation: a Kazakh "Ә" typed as
"А" + combining mark becomes the one precomposed letter the fonts have) and, before it reaches
reportlab's Paragraph markup, through `paragraph_markup` (escaped, with the font runs as tags).

reportlab embeds TrueType fonts as subsets (only the glyphs used), so a badge run or a statement
carries a few kilobytes of each font rather than the 5 MB Chinese font.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..core.language import _
from ..resources import resource_path


@dataclass(frozen=True)
class BundledFace:
    name: str  # the name registered with reportlab
    file: str  # in resources/fonts
    subfont: int = 0  # the face inside a TrueType collection (.ttc)


REGULAR = BundledFace("ObserverDesk-Sans", "DejaVuSans.ttf")
BOLD = BundledFace("ObserverDesk-Sans-Bold", "DejaVuSans-Bold.ttf")
ITALIC = BundledFace("ObserverDesk-Sans-Oblique", "DejaVuSans-Oblique.ttf")
BOLD_ITALIC = BundledFace("ObserverDesk-Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf")
CJK = BundledFace("ObserverDesk-CJK", "wqy-microhei.ttc", subfont=0)

FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC, CJK)

# The order in which faces are tried for each style. A styled DejaVu face lacks a few rare glyphs
# the regular one has, so the regular face comes before the Chinese font: a letter keeps its
# family's look even when it cannot keep its weight.
CHAINS: dict[tuple[bool, bool], tuple[BundledFace, ...]] = {
    (False, False): (REGULAR, CJK),
    (True, False): (BOLD, REGULAR, CJK),
    (False, True): (ITALIC, REGULAR, CJK),
    (True, True): (BOLD_ITALIC, BOLD, REGULAR, CJK),
}

# Whitespace and punctuation stay in the run they stand in when its font has them, so a space
# between two Chinese names does not open a one-character DejaVu run.
_NEUTRAL_CATEGORIES = ("Z", "P", "S", "M", "N")

_lock = threading.Lock()
_registered: dict[str, TTFont] = {}
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the bundled faces with reportlab (once per process; safe from any thread)."""
    if len(_registered) == len(FACES):
        return
    with _lock:
        for face in FACES:
            if face.name in _registered:
                continue
            font = TTFont(face.name, str(resource_path("fonts", face.file)), subfontIndex=face.subfont)
            pdfmetrics.registerFont(font)
            _coverage[face.name] = frozenset(font.face.charToGlyph)
            _registered[face.name] = font
        pdfmetrics.registerFontFamily(REGULAR.name, normal=REGULAR.name, bold=BOLD.name,
                                      italic=ITALIC.name, boldItalic=BOLD_ITALIC.name)
        pdfmetrics.registerFontFamily(CJK.name, normal=CJK.name, bold=CJK.name,
                                      italic=CJK.name, boldItalic=CJK.name)


def font_name(bold: bool = False, italic: bool = False) -> str:
    """The face to start a run in (and to give reportlab where it wants one font name)."""
    register_fonts()
    return CHAINS[(bold, italic)][0].name


def covers(face: BundledFace, character: str) -> bool:
    register_fonts()
    return ord(character) in _coverage[face.name]


def _ignorable(character: str) -> bool:
    """Characters that print nothing and need no glyph: line breaks and format controls."""
    return character in "\n\r\t" or unicodedata.category(character) in ("Cc", "Cf")


def clean_text(text: str | None) -> str:
    """User text as documents print it: NFC-normalised, without control or format characters
    (a stray zero-width space or bidi mark from a copied e-mail would otherwise need a glyph),
    tabs as spaces; line breaks are kept."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    return "".join(c for c in text if c == "\n" or not _ignorable(c))


def uncovered_characters(text: str) -> list[str]:
    """The distinct characters of `text` that no bundled font has a glyph for, in order."""
    register_fonts()
    missing: list[str] = []
    for character in clean_text(text):
        if character == "\n" or character in missing:
            continue
        code = ord(character)
        if not any(code in _coverage[face.name] for face in FACES):
            missing.append(character)
    return missing


def describe_character(character: str) -> str:
    """How a report names a character: the character, its code point and Unicode name."""
    name = unicodedata.name(character, None) or _("unnamed character")
    return f"{character!r} (U+{ord(character):04X} {name})"


@dataclass(frozen=True)
class Run:
    font: str
    text: str


def split_runs(text: str, bold: bool = False, italic: bool = False) -> list[Run]:
    """`text` (already cleaned) cut into runs, each in the first face of the style's chain that
    covers its characters. A character no face covers goes into the run it stands in (it will
    print as an empty box; `uncovered_characters` is how callers find it first)."""
    register_fonts()
    chain = CHAINS[(bold, italic)]
    runs: list[Run] = []
    current: str | None = None
    buffer: list[str] = []
    for character in text:
        code = ord(character)
        if current is not None and code in _coverage[current] \
                and unicodedata.category(character)[0] in _NEUTRAL_CATEGORIES:
            buffer.append(character)
            continue
        face = next((f.name for f in chain if code in _coverage[f.name]), current or chain[0].name)
        if face != current and buffer:
            runs.append(Run(current or face, "".join(buffer)))
            buffer = []
        current = face
        buffer.append(character)
    if buffer:
        runs.append(Run(current or chain[0].name, "".join(buffer)))
    return runs


def string_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width in points of `text` set at `size` with the run-by-run font choice."""
    return sum(pdfmetrics.stringWidth(run.text, run.font, size)
               for run in split_runs(text, bold, italic))


def paragraph_markup(text: str | None, bold: bool = False, italic: bool = False) -> str:
    """User text as reportlab Paragraph markup: cleaned, escaped (so '<', '&' and '>' print as
    themselves), each run in a <font> tag of its face, line breaks as <br/>."""
    cleaned = clean_text(text)
    lines = []
    for line in cleaned.split("\n"):
        lines.append("".join(f'<font face="{run.font}">{escape(run.text)}</font>'
                             for run in split_runs(line, bold, italic)))
    return "<br/>".join(lines)


"""Fitting text into a box: shrink to a minimum size, then wrap, then admit it does not fit.

A badge has fixed boxes for the name, the native name, the sending body and so on. A long name
first shrinks on one line down to the box's minimum size; below that it wraps onto more lines (at
the largest size where the wrapped lines fit the box); if even that fails the result says so, and
the pre-print check reports it with the observer named. Widths are measured at size 1 once and
scaled, since a line's width grows linearly with the font size.

Text is cut into tokens that may end a line: words (broken after a hyphen too), and single
Chinese or Japanese characters, which need no spaces between them to break.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from ...core.language import _
from ..fonts import split_runs, string_width

# Characters of scripts written without spaces, each of which may start a new line.
_CJK_RANGES = ((0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x312F), (0x3190, 0x31FF),
               (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
               (0x20000, 0x2FA1F))

# Where the baseline sits under the top of a line box, as a share of the font size: the bundled
# fonts' ascent is about 0.93 em, the leading adds a little air above it.
ASCENT = 0.93
SIZE_STEP = 0.25
MM = 72 / 25.4


#: Chinese and Japanese punctuation that may not begin a line.
CANNOT_START_LINE = "，。、；：？！）》」』〉】〕”’"


def _is_cjk(character: str) -> bool:
    code = ord(character)
    return any(low <= code <= high for low, high in _CJK_RANGES)


@dataclass(frozen=True)
class Span:
    """A piece of text in one style (the family name in bold, the given names in regular)."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Box:
    """A rectangle on the badge, given by its left edge, top edge, width and height (points)."""

    x: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top - self.height


@dataclass(frozen=True)
class Style:
    max_size: float
    min_size: float
    leading: float = 1.2  # line height as a multiple of the size
    align: str = "left"  # left, center, right
    valign: str = "center"  # top, center, bottom
    color: str = "#1a1a1a"
    max_lines: int | None = None


@dataclass(frozen=True)
class Token:
    text: str
    bold: bool
    width: float  # at size 1
    space_after: float  # width at size 1 of the space that follows, 0 if none
    break_before: bool = False  # a line break in the text before this token


@dataclass
class Fitted:
    lines: list[list[Token]]
    size: float
    fits: bool
    box: Box
    style: Style
    text: str = ""
    note: str = ""  # why it does not fit
    leading: float = field(init=False)

    def __post_init__(self) -> None:
        self.leading = self.style.leading

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * self.leading


def tokenize(spans: list[Span]) -> list[Token]:
    """Break opportunities of the text: after spaces and hyphens, around CJK characters, and
    forced at line breaks."""
    raw: list[tuple[str, bool, bool, bool]] = []  # text, bold, space after, break before
    pending_break = False
    word = ""
    bold = False

    def flush(space: bool = False) -> None:
        nonlocal word, pending_break
        if word:
            raw.append((word, bold, space, pending_break))
            pending_break = False
            word = ""
        elif space and raw:
            text, its_bold, _kind, brk = raw[-1]
            raw[-1] = (text, its_bold, True, brk)

    for span in spans:
        bold = span.bold
        for character in span.text:
            if character == "\n":
                flush()
                pending_break = True
            elif character.isspace():
                flush(space=True)
            elif _is_cjk(character):
                flush()
                if character in CANNOT_START_LINE and raw and not pending_break and not raw[-1][2]:
                    # closing punctuation stays with what it closes: no line starts with "，"
                    text, its_bold, space, brk = raw[-1]
                    raw[-1] = (text + character, its_bold, space, brk)
                else:
                    word = character
                    flush()
            else:
                word += character
                if character in "-\u2010\u2011\u2013/" and len(word) > 1:
                    flush()
        flush()
    tokens = []
    for text, bold, space, brk in raw:
        tokens.append(Token(text, bold, string_width(text, 1, bold),
                            string_width(" ", 1, bold) if space else 0.0, brk))
    return tokens


def _line_width(tokens: list[Token]) -> float:
    if not tokens:
        return 0.0
    return sum(t.width for t in tokens) + sum(t.space_after for t in tokens[:-1])


def wrap(tokens: list[Token], width: float) -> list[list[Token]] | None:
    """Greedy lines no wider than `width` (at size 1); None if one token alone is wider."""
    lines: list[list[Token]] = []
    line: list[Token] = []
    used = 0.0
    for token in tokens:
        if token.width > width + 1e-9:
            return None
        if line and token.break_before:
            lines.append(line)
            line, used = [], 0.0
        extra = token.width + (line[-1].space_after if line else 0.0)
        if line and used + extra > width + 1e-9:
            lines.append(line)
            line, used = [token], token.width
        else:
            line.append(token)
            used += extra
    if line:
        lines.append(line)
    return lines


def _sizes(high: float, low: float) -> list[float]:
    sizes = []
    size = high
    while size >= low - 1e-9:
        sizes.append(size)
        size = round(size - SIZE_STEP, 4)
    return sizes


def fit(spans: list[Span] | str, box: Box, style: Style) -> Fitted:
    if isinstance(spans, str):
        spans = [Span(spans)]
    text = "".join(s.text for s in spans)
    tokens = tokenize(spans)
    if not tokens:
        return Fitted([], style.max_size, True, box, style, text)
    tallest = box.height / style.leading
    # First each line as written (one, or those the text breaks itself), shrunk until it fits.
    written = wrap(tokens, math.inf) or [tokens]
    widest = max(_line_width(line) for line in written)
    if widest > 0 and (style.max_lines is None or len(written) <= style.max_lines):
        size = min(style.max_size, box.width / widest, tallest / len(written))
        size = math.floor(size * 20) / 20
        if size >= style.min_size:
            return Fitted(written, size, True, box, style, text)
    top = min(style.max_size, tallest)
    for size in _sizes(top, style.min_size):
        lines = wrap(tokens, box.width / size)
        if lines is None:
            continue
        if style.max_lines is not None and len(lines) > style.max_lines:
            continue
        if len(lines) * size * style.leading <= box.height + 1e-6:
            return Fitted(lines, size, True, box, style, text)
    # Nothing fits: keep what fits at the minimum size (the rest is cut off by the box) and say why.
    size = style.min_size
    lines = wrap(tokens, box.width / size)
    if lines is None:
        longest = max(tokens, key=lambda t: t.width)
        lines = [[t] for t in tokens]
        note = _("'{text}' is {width:.1f} mm wide at the smallest size ({size:g} pt), the space is "
                 "{space:.1f} mm").format(text=longest.text, width=longest.width * size / MM,
                                          size=size, space=box.width / MM)
    else:
        room = int(box.height / (size * style.leading) + 1e-6)
        if style.max_lines is not None:
            room = min(room, style.max_lines)
        if room < 1:
            note = _("the space is {height:.1f} mm high, one line at the smallest size ({size:g} pt) "
                     "needs {needed:.1f} mm").format(height=box.height / MM, size=size,
                                                     needed=size * style.leading / MM)
        else:
            note = _("needs {lines} lines at the smallest size ({size:g} pt), there is room for "
                     "{room}").format(lines=len(lines), size=size, room=room)
        lines = lines[:max(room, 1)]
    return Fitted(lines, size, False, box, style, text, note)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a column of text that shrinks as a whole (the back of a badge)."""

    spans: list[Span]
    scale: float = 1.0  # size relative to the column's body size
    space_before: float = 0.0  # in lines of the body size
    align: str = "left"
    color: str = "#1a1a1a"


@dataclass
class Column:
    parts: list[Fitted]
    size: float
    fits: bool
    box: Box
    note: str = ""


def fit_column(paragraphs: list[Paragraph], box: Box, max_size: float, min_size: float,
               leading: float = 1.2) -> Column:
    """Paragraphs stacked from the top of `box`, all at one body size: the largest size from
    `max_size` down to `min_size` at which every paragraph wraps within the width and the whole
    column within the height."""
    measured = [(p, tokenize(p.spans)) for p in paragraphs]

    def layout(size: float) -> tuple[list[Fitted], float] | None:
        parts: list[Fitted] = []
        top = box.top
        for index, (paragraph, tokens) in enumerate(measured):
            if not tokens:
                continue
            own = size * paragraph.scale
            lines = wrap(tokens, box.width / own)
            if lines is None:
                return None
            if index and parts:
                top -= paragraph.space_before * size
            height = len(lines) * own * leading
            style = Style(own, own, leading, paragraph.align, "top", paragraph.color)
            parts.append(Fitted(lines, own, True, Box(box.x, top, box.width, height), style,
                                "".join(s.text for s in paragraph.spans)))
            top -= height
        return parts, box.top - top

    for size in _sizes(max_size, min_size):
        result = layout(size)
        if result is not None and result[1] <= box.height + 1e-6:
            return Column(result[0], size, True, box)
    result = layout(min_size)
    if result is None:
        return Column([], min_size, False, box,
                      _("a word is wider than the {width:.1f} mm column at the smallest size "
                        "({size:g} pt)").format(width=box.width / MM, size=min_size))
    parts, height = result
    return Column(parts, min_size, False, box,
                  _("needs {needed:.1f} mm at the smallest size ({size:g} pt), there are "
                    "{space:.1f} mm").format(needed=height / MM, size=min_size, space=box.height / MM))


def draw_column(canvas: Canvas, column: Column) -> None:
    if not column.fits:
        canvas.saveState()
        path = canvas.beginPath()
        box = column.box
        path.rect(box.x, box.bottom, box.width, box.height)
        canvas.clipPath(path, stroke=0, fill=0)
    for part in column.parts:
        draw(canvas, part)
    if not column.fits:
        canvas.restoreState()


def line_segments(line: list[Token]) -> list[tuple[str, bool]]:
    """The line as strings of one style each, spaces included (so copied text keeps them)."""
    segments: list[tuple[str, bool]] = []
    for index, token in enumerate(line):
        text = token.text + (" " if token.space_after and index < len(line) - 1 else "")
        if segments and segments[-1][1] == token.bold:
            segments[-1] = (segments[-1][0] + text, token.bold)
        else:
            segments.append((text, token.bold))
    return segments


def draw(canvas: Canvas, fitted: Fitted) -> None:
    if not fitted.lines:
        return
    box, style, size = fitted.box, fitted.style, fitted.size
    line_height = size * style.leading
    block = len(fitted.lines) * line_height
    if style.valign == "top":
        top = box.top
    elif style.valign == "bottom":
        top = box.bottom + block
    else:
        top = box.top - (box.height - block) / 2
    if not fitted.fits:
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(box.x, box.bottom, box.width, box.height)
        canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(style.color)
    for number, line in enumerate(fitted.lines):
        width = _line_width(line) * size
        if style.align == "center":
            x = box.x + (box.width - width) / 2
        elif style.align == "right":
            x = box.x + box.width - width
        else:
            x = box.x
        baseline = top - number * line_height - size * (ASCENT + (style.leading - 1.2) / 2)
        text = canvas.beginText(x, baseline)
        for segment, bold in line_segments(line):
            for run in split_runs(segment, bold):
                text.setFont(run.font, size)
                text.textOut(run.text)
        canvas.drawText(text)
    if not fitted.fits:
        canvas.restoreState()

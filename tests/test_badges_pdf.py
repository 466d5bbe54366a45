"""Badge PDFs read back: page sizes, badges per page, fonts, text in three scripts, QR codes decoded
from rendered pages, the places of backs on duplex sheets, drafts, photos, offsets."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from observer_desk.core.db import open_database
from observer_desk.core.models import AccreditationStatus, MissionRole
from observer_desk.core.services.badges import (
    BadgeData,
    BadgeMission,
    load_badges,
    parse_qr_payload,
    select_observers,
)
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.documents.badges.layouts import LAYOUTS, Layout
from observer_desk.documents.badges.pdf import (
    Cancelled,
    SheetOptions,
    write_badges_pdf,
    write_calibration_pdf,
)
from observer_desk.documents.badges.text import Box, Span, Style, fit

MM = 72 / 25.4
EXPECTED_PAGES = {  # layout -> (page width, page height) in points, from the makers' figures
    "cr80": (53.98 * MM, 85.60 * MM),
    "cr80-landscape": (85.60 * MM, 53.98 * MM),
    "a6": (105 * MM, 148 * MM),
    "a4-10up": (210 * MM, 297 * MM),
    "letter-6up": (8.5 * 72, 11 * 72),
}


@pytest.fixture(scope="module")
def demo(new_template_url) -> tuple[BadgeMission, list[BadgeData]]:
    """The demo mission's 18 observers as badge data (12 accredited, 2 with badges issued,
    4 not yet accredited; names in Latin, Chinese and Cyrillic with Kazakh, Kyrgyz, Tajik and
    Uzbek letters)."""
    db = open_database(new_template_url("badges"))
    try:
        create_demo_mission(db)
        mission_id = get_mission(db).id
        return load_badges(db, mission_id, select_observers(db, mission_id, include_all=True))
    finally:
        db.dispose()


def make_pdf(mission: BadgeMission, badges: list[BadgeData], **options: object) -> bytes:
    buffer = io.BytesIO()
    write_badges_pdf(buffer, mission, badges, SheetOptions(**options))  # type: ignore[arg-type]
    return buffer.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def decoded_qr_codes(pdf: bytes, page: int, dpi: int = 300) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    return sorted(result.text for result in zxingcpp.read_barcodes(image))


def text_position(pdf: bytes, page: int, text: str) -> tuple[float, float]:
    """Lower left corner (points) of the first occurrence of `text` on a page."""
    document = pdfium.PdfDocument(pdf)
    try:
        text_page = document[page].get_textpage()
        found = text_page.search(text).get_next()
        assert found is not None, f"{text!r} not on page {page + 1}"
        left, bottom, _right, _top = text_page.get_charbox(found[0])
        return left, bottom
    finally:
        document.close()


def slot_at(layout: Layout, x: float, y: float) -> int:
    for slot in layout.slots():
        if slot.x <= x <= slot.x + layout.badge_width and slot.y <= y <= slot.y + layout.badge_height:
            return slot.index
    raise AssertionError(f"({x:.1f}, {y:.1f}) is in no badge slot")


def by_code(badges: list[BadgeData], *codes: str) -> list[BadgeData]:
    wanted = {badge.code: badge for badge in badges}
    return [wanted[code] for code in codes]


@pytest.mark.parametrize("layout", list(EXPECTED_PAGES))
def test_every_page_has_the_exact_size_of_its_layout(demo, layout: str) -> None:
    mission, badges = demo
    pdf = make_pdf(mission, badges, layout=layout, back=True)
    width, height = EXPECTED_PAGES[layout]
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 1
    for page in pages:
        assert abs(float(page.mediabox.width) - width) < 0.01
        assert abs(float(page.mediabox.height) - height) < 0.01


def test_layout_geometry_matches_the_sheets_it_prints_on() -> None:
    a4 = LAYOUTS["a4-10up"]
    assert (a4.columns, a4.rows, a4.per_page) == (2, 5, 10)
    assert abs(a4.badge_width - 90 * MM) < 1e-6 and abs(a4.badge_height - 54 * MM) < 1e-6
    slots = a4.slots()
    assert abs(slots[0].x - 15 * MM) < 1e-6  # left margin
    assert abs(a4.page_height - (slots[0].y + a4.badge_height) - 12 * MM) < 1e-6  # top margin
    assert abs(slots[-1].y - 15 * MM) < 1e-6  # bottom margin
    assert abs(a4.page_width - (slots[1].x + a4.badge_width) - 15 * MM) < 1e-6  # right margin
    letter = LAYOUTS["letter-6up"]
    slots = letter.slots()
    assert (letter.badge_width, letter.badge_height) == (4 * 72, 3 * 72)
    assert (slots[0].x, letter.page_height - slots[0].y - letter.badge_height) == (18, 72)
    assert (slots[-1].y, letter.page_width - slots[-1].x - letter.badge_width) == (72, 18)


@pytest.mark.parametrize(("layout", "expected"), [
    ("a4-10up", [10, 8]),
    ("letter-6up", [6, 6, 6]),
    ("cr80", [1] * 18),
])
def test_badges_per_page(demo, layout: str, expected: list[int]) -> None:
    mission, badges = demo
    pdf = make_pdf(mission, badges, layout=layout)
    texts = page_texts(pdf)
    assert [len(re.findall(r"\bSCO-\d\d\b", text)) for text in texts] == expected
    # Every badge's QR code reads back from the printed page.
    first = decoded_qr_codes(pdf, 0, dpi=200)
    assert len(first) == expected[0]
    assert all(parse_qr_payload(code)[0] == "SCO-KZ-2022" for code in first)


def test_qr_code_holds_mission_observer_and_badge_version(demo) -> None:
    mission, badges = demo
    fang = by_code(badges, "SCO-07")[0]
    pdf = make_pdf(mission, [replace(fang, badge_version=3,
                                     qr_payload="SCO-KZ-2022|SCO-07|3")], layout="cr80")
    assert decoded_qr_codes(pdf, 0) == ["SCO-KZ-2022|SCO-07|3"]
    assert parse_qr_payload("SCO-KZ-2022|SCO-07|3") == ("SCO-KZ-2022", "SCO-07", 3)


def test_fonts_are_embedded_subsets_and_nothing_else_is_used(demo) -> None:
    mission, badges = demo
    reader = PdfReader(io.BytesIO(make_pdf(mission, badges, layout="a4-10up", back=True)))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert re.fullmatch(r"/[A-Z]{6}\+.+", str(font["/BaseFont"])), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+", 1)[1])
    assert {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei-0"} <= names


def test_names_in_latin_cyrillic_and_chinese_are_text_in_the_pdf(demo) -> None:
    mission, badges = demo
    text = "\n".join(page_texts(make_pdf(mission, badges, layout="cr80")))
    for name in ("QIAO Mingyuan", "乔明远", "周汉卿", "SARSENBAYEVA Aigerim",
                 "Сәрсенбаева Әйгерім", "Түмөнбаев Эрлан Кеңешович", "Ҳамидзода Фирӯз",
                 "Тўхтаев Шерзод", "Қодирова Феруза", "Одиназода Ҷамшед"):
        assert name in text, name
    # A name the native line would only repeat is printed once.
    raghavan = page_texts(make_pdf(mission, by_code(badges, "SCO-08"), layout="cr80"))[0]
    assert raghavan.count("Anand") == 1


def test_badge_shows_mission_role_body_number_and_validity(demo) -> None:
    mission, badges = demo
    head, deputy, interpreter = by_code(badges, "SCO-01", "SCO-13", "SCO-03")
    texts = page_texts(make_pdf(mission, [head, deputy, interpreter], layout="cr80-landscape"))
    assert "Shanghai Cooperation Organisation" in texts[0]
    assert "HEAD OF MISSION" in texts[0] and "Accreditation No. CEC-IO-0417" in texts[0]
    assert "Valid 17.11.2022 – 20.11.2022" in texts[0] and "SCO Secretariat" in texts[0]
    assert "DEPUTY HEAD OF MISSION" in texts[1] and "Russian Federation" in texts[1]
    assert "INTERPRETER" in texts[2]
    ru = page_texts(make_pdf(mission, [head], layout="cr80", language="ru"))[0]
    assert "ГЛАВА МИССИИ" in ru and "Аккредитация № CEC-IO-0417" in ru


def test_a_badge_not_yet_accredited_is_marked_draft(demo) -> None:
    mission, badges = demo
    draft, valid = by_code(badges, "SCO-09", "SCO-08")
    assert draft.status is AccreditationStatus.SUBMITTED and draft.draft and not valid.draft
    texts = page_texts(make_pdf(mission, [draft, valid], layout="cr80"))
    assert "DRAFT - NOT VALID" in texts[0]
    assert "DRAFT" not in texts[1]


def test_back_pages_follow_their_fronts_mirrored_for_a_long_edge_flip(demo) -> None:
    mission, badges = demo
    layout = LAYOUTS["a4-10up"]
    chosen = badges[:7]
    pdf = make_pdf(mission, chosen, layout="a4-10up", back=True)
    texts = page_texts(pdf)
    assert len(texts) == 2 and "Rules of conduct" in texts[1] and "Rules of conduct" not in texts[0]
    for badge in chosen:
        front = slot_at(layout, *text_position(pdf, 0, badge.display_name))
        x, y = text_position(pdf, 1, f"{badge.code} · badge version")
        mirrored = layout.back_slot(layout.slots()[front])
        assert mirrored.x <= x <= mirrored.x + layout.badge_width
        assert mirrored.y <= y <= mirrored.y + layout.badge_height
        # On this sheet that is the same row, the other column.
        back = slot_at(layout, x, y)
        assert back // 2 == front // 2 and back % 2 != front % 2


def test_short_edge_backs_mirror_top_and_bottom(demo) -> None:
    mission, badges = demo
    layout = LAYOUTS["letter-6up"]
    chosen = badges[:6]
    pdf = make_pdf(mission, chosen, layout="letter-6up", back=True, short_edge=True)
    for badge in chosen:
        front = slot_at(layout, *text_position(pdf, 0, badge.display_name))
        back = slot_at(layout, *text_position(pdf, 1, f"{badge.code} · badge version"))
        assert back % 2 == front % 2 and back // 2 == 2 - front // 2


def test_back_slot_formula() -> None:
    layout = LAYOUTS["a4-10up"]
    for slot in layout.slots():
        mirrored = layout.back_slot(slot)
        assert abs(mirrored.x - (layout.page_width - slot.x - layout.badge_width)) < 1e-9
        assert mirrored.y == slot.y


def test_start_position_uses_up_a_partly_printed_sheet(demo) -> None:
    mission, badges = demo
    layout = LAYOUTS["a4-10up"]
    pdf = make_pdf(mission, badges[:9], layout="a4-10up", start=4)
    texts = page_texts(pdf)
    assert [len(re.findall(r"\bSCO-\d\d\b", text)) for text in texts] == [7, 2]
    assert slot_at(layout, *text_position(pdf, 0, badges[0].display_name)) == 3
    assert slot_at(layout, *text_position(pdf, 1, badges[7].display_name)) == 0


def test_calibration_offset_moves_everything_on_the_page(demo) -> None:
    mission, badges = demo
    plain = make_pdf(mission, badges[:2], layout="a4-10up")
    shifted = make_pdf(mission, badges[:2], layout="a4-10up", offset_mm=(2.0, 1.5))
    x0, y0 = text_position(plain, 0, badges[1].display_name)
    x1, y1 = text_position(shifted, 0, badges[1].display_name)
    assert abs((x1 - x0) - 2.0 * MM) < 0.05
    assert abs((y1 - y0) + 1.5 * MM) < 0.05  # y grows downwards on paper


def test_crop_marks_lie_outside_the_badges(demo) -> None:
    mission, badges = demo
    layout = LAYOUTS["a4-10up"]
    plain = make_pdf(mission, badges[:1], layout="a4-10up")
    marked = make_pdf(mission, badges[:1], layout="a4-10up", crop_marks=True)
    dpi = 72
    images = []
    for pdf in (plain, marked):
        document = pdfium.PdfDocument(pdf)
        images.append(document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
        document.close()
    # A mark in the top margin above each column edge; nothing there without crop marks.
    for x in (layout.left, layout.left + layout.badge_width, layout.left + 2 * layout.badge_width):
        column = round(x)
        margin = range(round(layout.top) - 1)
        assert min(min(images[1].getpixel((c, y)) for y in margin) for c in (column - 1, column)) < 128
        assert min(images[0].getpixel((column, y)) for y in margin) > 200


def test_options_that_make_no_sense_are_refused() -> None:
    assert SheetOptions(layout="cr80", crop_marks=True).problems()
    assert SheetOptions(layout="a4-10up", start=11).problems()
    assert SheetOptions(layout="a4-10up", short_edge=True).problems()
    assert SheetOptions(layout="nope").problems()
    assert SheetOptions(layout="letter-6up", start=6, crop_marks=True, back=True,
                        short_edge=True).problems() == []


def test_each_photo_is_embedded_once_at_no_more_than_300_dpi(demo) -> None:
    mission, badges = demo
    with_photo = [badge for badge in badges if badge.photo]
    assert len(with_photo) == 15
    twice = with_photo + [replace(badge, code=badge.code + "B") for badge in with_photo]
    pdf = make_pdf(mission, twice, layout="a4-10up")
    reader = PdfReader(io.BytesIO(pdf))
    images = {}
    for page in reader.pages:
        for obj in page["/Resources"].get("/XObject", {}).values():
            obj = obj.get_object()
            for inner in ([obj] if obj.get("/Subtype") == "/Image" else
                          [o.get_object() for o in obj.get("/Resources", {}).get("/XObject", {}).values()]):
                if inner.get("/Subtype") == "/Image":
                    images[inner.indirect_reference.idnum] = (inner["/Width"], inner["/Height"])
    assert len(images) == 15
    for width, height in images.values():
        assert width / (35 / 25.4) <= 300.5 and height / (45 / 25.4) <= 300.5
    assert len(pdf) < 15 * 40_000 + 30 * 6_000  # the photos once, plus a few kB per badge


def test_missing_photo_prints_a_placeholder(demo) -> None:
    mission, badges = demo
    without = [badge for badge in badges if not badge.photo]
    assert without
    pdf = make_pdf(mission, without[:1], layout="cr80")
    reader = PdfReader(io.BytesIO(pdf))
    assert "/XObject" not in reader.pages[0]["/Resources"]
    document = pdfium.PdfDocument(pdf)
    image = document[0].render(scale=1).to_pil().convert("L")
    document.close()
    # The photo area is not blank paper.
    assert image.getpixel((round(20 * MM), round(30 * MM))) < 250


def test_user_text_is_printed_as_written_never_as_markup(demo) -> None:
    mission, badges = demo
    odd = replace(badges[0], family_name="O'Brien <b>&amp;", given_names="<i>Ann</i> & Co",
                  native_name="Са\u0301рсенбаева", body_name="A & B <br/> C")
    text = page_texts(make_pdf(mission, [odd], layout="cr80"))[0]
    assert "O'BRIEN <B>&AMP;" in text
    assert "<i>Ann</i> & Co" in text
    assert "A & B <br/> C" in text


def test_decomposed_letters_print_as_the_precomposed_ones(demo) -> None:
    mission, badges = demo
    decomposed = "С\u0430\u0308рсенбаева"  # а + combining diaeresis, as some keyboards type it
    odd = replace(badges[0], native_name=decomposed)
    text = page_texts(make_pdf(mission, [odd], layout="cr80"))[0]
    assert "Сӓрсенбаева" in text


def test_long_names_shrink_to_the_minimum_then_wrap_then_are_reported() -> None:
    box = Box(0, 100, 140, 22)
    style = Style(max_size=9.5, min_size=6, leading=1.15)
    short = fit([Span("FANG", bold=True), Span(" Yuening")], box, style)
    assert short.fits and len(short.lines) == 1 and short.size == 9.5
    longer = fit([Span("SARSENBAYEVA", bold=True), Span(" Aigerim Nurlanovna")], box, style)
    assert longer.fits and len(longer.lines) == 1 and 6 <= longer.size < 9.5
    wrapped = fit([Span("RAGHAVAN-VENKATARAMANAN", bold=True),
                   Span(" Anand Krishnamurthy Subramaniam")], box, style)
    assert wrapped.fits and len(wrapped.lines) == 2 and wrapped.size >= 6
    assert wrapped.height <= box.height
    too_long = fit("Aa " * 60, box, style)
    assert not too_long.fits and "lines at the smallest size" in too_long.note
    chinese = fit("上海合作组织观察团" * 4, Box(0, 100, 60, 40), Style(9, 6))
    assert chinese.fits and len(chinese.lines) > 1  # wraps between characters, no spaces needed


def test_long_names_print_whole_on_the_badge(demo) -> None:
    mission, badges = demo
    base = by_code(badges, "SCO-08")[0]
    long_name = replace(base, family_name="Raghavan-Venkataramanan", given_names="Anand Krishnamurthy")
    text = page_texts(make_pdf(mission, [long_name], layout="cr80"))[0].replace("\n", " ")
    assert "RAGHAVAN-VENKATARAMANAN Anand Krishnamurthy" in text


def test_metadata_names_the_mission(demo) -> None:
    mission, badges = demo
    reader = PdfReader(io.BytesIO(make_pdf(mission, badges[:1], layout="cr80")))
    assert reader.metadata.title == "Accreditation badges - SCO-KZ-2022"
    assert reader.metadata.creator == "Observer Desk"


def test_cancelling_leaves_no_file(demo, tmp_path: Path) -> None:
    mission, badges = demo
    target = tmp_path / "badges.pdf"

    def stop(done: int, total: int) -> None:
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_badges_pdf(target, mission, badges, SheetOptions(layout="cr80"), progress=stop)
    assert list(tmp_path.iterdir()) == []
    summary = write_badges_pdf(target, mission, badges, SheetOptions(layout="cr80"))
    assert target.exists() and summary.pages == 18 and summary.drafts == 4


@pytest.mark.parametrize("layout", list(EXPECTED_PAGES))
def test_calibration_page(layout: str, tmp_path: Path) -> None:
    target = tmp_path / "calibration.pdf"
    write_calibration_pdf(target, layout, (0.5, -1.0))
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    width, height = EXPECTED_PAGES[layout]
    assert abs(float(page.mediabox.width) - width) < 0.01
    assert abs(float(page.mediabox.height) - height) < 0.01
    text = page.extract_text()
    assert "Printer calibration" in text
    assert "x +0.5 mm, y -1.0 mm" in text.replace("\n", " ")
    assert "+10" in text


def test_role_colours_differ_by_group() -> None:
    from observer_desk.documents.badges.drawing import role_colour

    colours = {role: role_colour(role) for role in MissionRole}
    assert colours[MissionRole.HEAD] == colours[MissionRole.DEPUTY]
    assert colours[MissionRole.STAFF] == colours[MissionRole.COORDINATOR]
    assert len({colours[MissionRole.HEAD], colours[MissionRole.OBSERVER],
                colours[MissionRole.STAFF], colours[MissionRole.INTERPRETER]}) == 4


def test_chinese_closing_punctuation_never_begins_a_line() -> None:
    from observer_desk.documents.badges.text import CANNOT_START_LINE, tokenize, wrap

    tokens = tokenize([Span("请将校准页放在光线充足处，读出卡片左边缘所在的刻度。然后（在本窗口中）填写读数：")])
    assert [t.text for t in tokens][11:14] == ["处，", "读", "出"]
    for width in range(3, 30):
        lines = wrap(tokens, float(width * 1.0)) or []
        assert all(line[0].text[0] not in CANNOT_START_LINE for line in lines if line)

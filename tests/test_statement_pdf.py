"""The statement PDF in English, Russian and Chinese: its text as a reader extracts it, fonts,
pages, metadata, outline, paper sizes, tables across pages, escaping and the logo."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from observer_desk.core.models import Mission
from observer_desk.core.services.statements import (
    StatementEdit,
    compute_facts,
    create_statement,
    current_statement,
    issue_statement,
    save_statement,
    statement_content,
)
from observer_desk.documents.statement_pdf import statement_pdf_bytes, write_statement_pdf
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures

# What each language's PDF must say, as the default final text words it.
EXPECTED = {
    "en": {
        "title": "Final Report of the SCO Observer Mission on the early presidential election in the "
                 "Republic of Kazakhstan",
        "letterhead": ["Shanghai Cooperation Organisation", "SCO Observer Mission"],
        "counts": ["18 observers", "7 member states", "22 polling stations", "5 districts"],
        "turnout": ["final turnout of 69.44%", "(25.76% of registered voters",
                    "Final turnout announced by the Central Election Commission: 69.44%"],
        "sections": ["1. Members of the Mission", "2. Activities of the Mission", "3. Findings",
                     "4. Conclusions"],
        "page": "Page {n} of {total}",
        "header": "Name",
    },
    "ru": {
        "title": "Итоговый доклад Миссии наблюдателей ШОС о наблюдении за внеочередными выборами "
                 "Президента Республики Казахстан",
        "letterhead": ["Шанхайская организация сотрудничества", "Миссия наблюдателей ШОС"],
        "counts": ["18 наблюдателей", "7 государств", "22 избирательных участка", "в 5 районах"],
        "turnout": ["явка избирателей составила 69,44 %", "(25,76 % от числа избирателей",
                    "Итоговая явка по данным Центральной избирательной комиссии: 69,44 %"],
        "sections": ["1. Состав Миссии", "2. Деятельность Миссии", "3. Итоги наблюдения", "4. Заключение"],
        "page": "Страница {n} из {total}",
        "header": "Ф. И. О.",
    },
    "zh": {
        "title": "上合组织观察员团关于哈萨克斯坦共和国非例行总统选举的最终报告",
        "letterhead": ["上海合作组织", "上合组织观察员团"],
        "counts": ["18名观察员", "7个成员国", "22个投票站", "5个区"],
        "turnout": ["最终投票率为69.44%", "走访时为25.76%", "中央选举委员会公布的最终投票率：69.44%"],
        "sections": ["1.观察员团组成", "2.观察员团的活动", "3.观察结果", "4.结论"],
        "page": "第{n}页，共{total}页",
        "header": "姓名",
    },
}


def flat(text: str, language: str) -> str:
    """Extracted text with line breaks joined: Chinese has no spaces, the others one."""
    text = text.replace("\u00a0", " ")
    if language == "zh":
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text)


def final_pdf(db, mission_id: int, language: str, paper: str = "a4") -> tuple[bytes, int, object]:
    statement = current_statement(db, mission_id, "final", language) or \
        create_statement(db, mission_id, "final", language)
    content = statement_content(db, statement.id)
    assert content.problems == ()
    data, pages = statement_pdf_bytes(content, paper=paper)
    return data, pages, content


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_the_pdf_says_the_missions_numbers_in_its_language(demo, language: str) -> None:
    db, mission_id = demo
    data, pages, content = final_pdf(db, mission_id, language)
    reader = PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    whole = flat("\n".join(texts), language)
    expected = EXPECTED[language]
    for phrase in [expected["title"], *expected["letterhead"], *expected["counts"], *expected["turnout"],
                   *expected["sections"]]:
        assert flat(phrase, language) in whole, (language, phrase)
    # The table of members in the statement's script, and the meetings with local times.
    member = {"en": "Pavel Voronin", "ru": "Воронин Павел Андреевич", "zh": "周汉卿"}[language]
    assert flat(member, language) in whole
    assert "10:00–11:30" in whole and "UTC+6" in whole
    # Every page numbered "page X of Y" in the language, Y the real count.
    assert len(reader.pages) == pages
    for number, text in enumerate(texts, start=1):
        assert flat(expected["page"].format(n=number, total=pages), language) in flat(text, language)
    if language != "en":
        assert "Page 1 of" not in whole


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_metadata_outline_and_embedded_fonts(demo, language: str) -> None:
    db, mission_id = demo
    data, pages, content = final_pdf(db, mission_id, language)
    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata
    assert meta.title == content.title
    assert meta.author == content.facts.mission_name
    assert meta.subject.startswith({"en": "Final report", "ru": "Итоговый доклад", "zh": "最终报告"}[language])
    assert reader.trailer["/Root"]["/Lang"] == language
    assert [item.title for item in reader.outline] == [content.title] + [
        f"{s.number}. {s.heading}" for s in content.sections]
    # The outline entries open the pages the sections start on.
    for item, section in zip(reader.outline[1:], content.sections, strict=True):
        page_text = flat(reader.pages[reader.get_destination_page_number(item)].extract_text(), language)
        assert flat(f"{section.number}. {section.heading}", language) in page_text
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"], name
    faces = {name.split("+", 1)[-1] for name in fonts}
    assert "DejaVuSans" in faces
    assert any(face.startswith("WenQuanYi") for face in faces) == (language == "zh")


def test_a4_by_default_and_us_letter_as_an_option(demo, tmp_path) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    content = statement_content(db, statement.id)
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    write_statement_pdf(a4, content)
    pages = write_statement_pdf(letter, content, paper="letter")
    box = PdfReader(a4).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)
    reader = PdfReader(letter)
    assert len(reader.pages) == pages
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == (612.0, 792.0) for p in reader.pages)
    assert not list(tmp_path.glob("*.part"))


HANGING = "，。、；：？！）》」』”’"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_text_stays_inside_the_margins(demo, language: str) -> None:
    """Lines end at the right margin; only a Chinese punctuation mark that may not start a line
    hangs past it, as Chinese typesetting does."""
    db, mission_id = demo
    data, _pages, _content = final_pdf(db, mission_id, language)
    document = pdfium.PdfDocument(data)
    for index in range(len(document)):
        page = document[index]
        limit = page.get_width() - 20 * 72 / 25.4 + 1.5
        text = page.get_textpage()
        for i in range(text.count_chars()):
            character = text.get_text_range(i, 1)
            if character.isspace() or character in HANGING:
                continue
            assert text.get_charbox(i)[2] <= limit, (index, character)
    document.close()


def test_chinese_lines_never_start_with_a_closing_mark(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "zh")
    for before in range(43, 48):  # one of these puts the comma right at a line's end
        body = "观" * before + "，" + "察" * 60 + "。" + "选" * before + "；" + "举" * 50 + "。"
        sections = [type(s)(s.key, s.heading, body if s.key == "findings" else s.body)
                    for s in statement.sections]
        statement = save_statement(db, statement.id, statement.version, StatementEdit(
            statement.title, statement.place, statement.issued_on, statement.signatory_name,
            statement.signatory_title, tuple(sections)))
        data, _pages = statement_pdf_bytes(statement_content(db, statement.id))
        document = pdfium.PdfDocument(data)
        for page in document:
            for line in page.get_textpage().get_text_range().splitlines():
                assert line.strip()[:1] not in HANGING, (before, line)
        document.close()


def test_the_members_table_continues_with_its_header_on_the_next_page(demo) -> None:
    db, mission_id = demo
    data, _pages, _content = final_pdf(db, mission_id, "en")
    reader = PdfReader(io.BytesIO(data))
    first, second = (reader.pages[i].extract_text() for i in (0, 1))
    assert "Name" in first and "Position" in first
    lines = [line.strip() for line in second.splitlines()]
    running_head = lines.index("SCO Observer Mission · Final report")
    assert lines[running_head + 1:running_head + 3] == ["Name", "Position"]
    # The last members are on the second page, under the repeated header.
    assert "Jahongir Yusupov" in second and "Jahongir Yusupov" not in first


def test_user_text_prints_literally(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    sections = [type(s)(s.key, s.heading, s.body) for s in statement.sections]
    sections[3] = type(sections[3])("conclusions", "Conclusions & <i>remarks</i>",
                                    "Signed for <b>Smith</b> & Co {Jr} by {head_name}; 3 < 4 > 2 &amp; done.")
    saved = save_statement(db, statement.id, statement.version, StatementEdit(
        title=statement.title, place="Astana <city>", issued_on=statement.issued_on,
        signatory_name="<b>Smith</b> & Co", signatory_title=statement.signatory_title,
        sections=tuple(sections)))
    content = statement_content(db, saved.id)
    data, _pages = statement_pdf_bytes(content)
    whole = flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages), "en")
    assert "Signed for <b>Smith</b> & Co {Jr} by <b>Smith</b> & Co; 3 < 4 > 2 &amp; done." in whole
    assert "4. Conclusions & <i>remarks</i>" in whole
    assert "Astana <city>, 21 November 2022" in whole


def test_the_logo_goes_on_the_letterhead(demo) -> None:
    db, mission_id = demo
    picture = io.BytesIO()
    Image.new("RGB", (300, 200), "#1f3a5f").save(picture, "PNG")
    with db.transaction() as session:
        session.scalar(select(Mission).where(Mission.id == mission_id)).logo = picture.getvalue()
    statement = current_statement(db, mission_id, "preliminary", "zh")
    data, _pages = statement_pdf_bytes(statement_content(db, statement.id))
    first = PdfReader(io.BytesIO(data)).pages[0]
    images = list(first.images)
    assert len(images) == 1 and images[0].image.size == (300, 200)
    with db.transaction() as session:
        session.scalar(select(Mission).where(Mission.id == mission_id)).logo = b"not an image"
    data, _pages = statement_pdf_bytes(statement_content(db, statement.id))
    assert list(PdfReader(io.BytesIO(data)).pages[0].images) == []


def test_an_issued_statement_prints_the_same_after_the_data_changes(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "ru")
    issued = issue_statement(db, statement.id, statement.version)
    before = [p.extract_text() for p in PdfReader(io.BytesIO(statement_pdf_bytes(
        statement_content(db, issued.id))[0])).pages]
    with db.transaction() as session:
        session.scalar(select(Mission).where(Mission.id == mission_id)).cec_name = "Changed commission"
        from observer_desk.core.models import Observer
        for observer in session.scalars(select(Observer).where(Observer.code.in_(["SCO-13", "SCO-14"]))):
            observer.native_name = "Изменённое Имя"
    assert "Изменённое Имя" in [m.name for g in compute_facts(db, mission_id, "ru").members for m in g.members]
    after = [p.extract_text() for p in PdfReader(io.BytesIO(statement_pdf_bytes(
        statement_content(db, issued.id))[0])).pages]
    assert after == before
    assert "Опубликовано 21 ноября 2022 года, редакция 1" in flat(before[0], "ru")

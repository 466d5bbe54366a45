"""The roster, accreditation and import services write their messages in the window's language."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from observer_desk.core.errors import ValidationError
from observer_desk.core.language import set_language
from observer_desk.core.models import AccreditationStatus as S
from observer_desk.core.models import ElectionType, Mission, Observer
from observer_desk.core.services.accreditation import StatusChange, change_status
from observer_desk.core.services.bulk import where
from observer_desk.core.services.observer_profile import ObserverForm, check_observer
from observer_desk.core.services.observers import ObserverRecord, add_observers
from observer_desk.core.services.photos import prepare_photo
from observer_desk.core.services.roster_import import RowAction, commit_import, plan_import
from observer_desk.core.services.station_import import plan_station_import

sys.path.insert(0, str(Path(__file__).parent))
from itinerary_world import build_world  # noqa: E402
from test_roster_import import make_mission, write_rows  # noqa: E402


def bad_nominations(path: Path) -> Path:
    return write_rows(path, [
        ["Family name", "Given names", "Date of birth", "Citizenship", "Sending body"],
        ["Wang", "Fang", "1979-08-14", "China", "CN"],
        ["", "Nobody", "", "Kazakhstan", ""],
        ["Petrov", "Ivan", "1970-01-01", "Russia", "Mars Delegation"],
    ])


def test_a_bad_nominations_row_reads_in_russian(db, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    path = bad_nominations(tmp_path / "bad.xlsx")
    set_language("ru")
    plan = plan_import(db, mission_id, path)
    assert [r.action for r in plan.rows] == [RowAction.ADD, RowAction.ERROR, RowAction.ERROR]
    messages = [p.message for p in plan.rows[1].problems]
    assert ("не заполнено; для нового наблюдателя нужна фамилия (латиницей, как в паспорте)"
            in messages)
    assert any(m.startswith("нет направляющей стороны: у миссии её нет для страны") for m in messages)
    body = plan.rows[2].problems[0]
    assert body.where == "лист Sheet1, строка 4, столбец E (Sending body)"
    assert body.message.startswith("«Mars Delegation» не является направляющей стороной этой миссии")
    assert plan.summary() == "3 строки: добавить — 1, обновить — 0, без изменений — 0, с ошибками — 2"

    with pytest.raises(ValidationError) as refused:
        commit_import(db, plan)
    assert "bad.xlsx: лист Sheet1, строка 3" in str(refused.value)


def test_the_same_row_reads_in_chinese_and_english(db, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    path = bad_nominations(tmp_path / "bad.xlsx")
    set_language("zh_CN")
    plan = plan_import(db, mission_id, path)
    assert plan.rows[2].problems[0].where == "工作表 Sheet1，第 4 行，第 E 列（Sending body）"
    assert "为空；新观察员必须填写姓氏（拉丁字母，与护照一致）" in [
        p.message for p in plan.rows[1].problems]
    assert plan.summary() == "3 行：待添加 1，待更新 0，无变化 0，有错误 2"

    set_language("en")
    plan = plan_import(db, mission_id, path)
    assert plan.summary() == "3 rows: 1 to add, 0 to update, 0 unchanged, 2 with errors"
    assert plan.rows[2].problems[0].where == "sheet Sheet1, row 4, column E (Sending body)"


@pytest.fixture
def people(db) -> tuple[int, int]:
    with db.transaction() as session:
        mission = Mission(code="M", organisation="O", title="T", host_country="KZ",
                          election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
                          period_start=date(2022, 11, 17), period_end=date(2022, 11, 20))
        session.add(mission)
        session.flush()
        complete = Observer(mission_id=mission.id, code="A", family_name="Alpha",
                            passport_number="DEMO000001", passport_expiry=date(2030, 1, 1),
                            date_of_birth=date(1970, 5, 5), citizenship="RU")
        bare = Observer(mission_id=mission.id, code="C", family_name="Gamma")
        session.add_all([complete, bare])
        session.flush()
        return mission.id, bare.id


def test_accreditation_refusals_name_the_status_in_russian(db, people) -> None:
    _mission_id, bare = people
    set_language("ru")
    with pytest.raises(ValidationError) as refused:
        change_status(db, [bare], StatusChange(S.ACCREDITED, reference="X",
                                               reference_date=date(2022, 11, 1)))
    assert ("нельзя перейти из статуса «выдвинут» в статус «аккредитован»"
            in refused.value.problems[0].message)
    with pytest.raises(ValidationError) as refused:
        change_status(db, [bare], StatusChange(S.DOCUMENTS_COMPLETE))
    assert refused.value.problems[0].message == (
        "документы не собраны: нет — номер паспорта, срок действия паспорта, дата рождения, "
        "гражданство, фотография")


def test_the_observer_editor_counts_years_in_russian_and_chinese(db, people) -> None:
    mission_id, _bare = people
    form = ObserverForm(code="K", family_name="Kid", date_of_birth=date(2011, 1, 1))
    set_language("ru")
    [finding] = [f for f in check_observer(db, mission_id, form) if f.field == "date_of_birth"]
    assert finding.message == ("В день выборов наблюдателю будет 11 лет; наблюдатели должны быть "
                               "совершеннолетними.")
    form.date_of_birth = date(2019, 1, 1)
    [finding] = [f for f in check_observer(db, mission_id, form) if f.field == "date_of_birth"]
    assert finding.message.startswith("В день выборов наблюдателю будет 3 года;")
    set_language("zh_CN")
    [finding] = [f for f in check_observer(db, mission_id, form) if f.field == "date_of_birth"]
    assert finding.message == "选举日当天该观察员将为 3 岁；观察员必须是成年人。"


def test_bulk_refusals_and_the_record_they_name(db, people) -> None:
    mission_id, _bare = people
    set_language("zh_CN")
    with pytest.raises(ValidationError) as refused:
        add_observers(db, mission_id, [ObserverRecord(code="A", family_name="Again"),
                                       ObserverRecord(code="", family_name="")])
    messages = {(p.where, p.message) for p in refused.value.problems}
    assert ("第 1 条记录", "'A' 已被本观察团的观察员使用") in messages
    assert ("第 2 条记录", "为必填项") in messages
    set_language("ru")
    assert where(7) == "запись 7"


def test_a_photo_refusal_in_russian() -> None:
    set_language("ru")
    with pytest.raises(ValidationError) as refused:
        prepare_photo(b"")
    assert refused.value.problems[0].message == "файл пуст: выберите фотографию JPEG или PNG"


def test_station_rows_in_chinese(db, tmp_path: Path) -> None:
    world = build_world(db)
    book = Workbook()
    sheet = book.active
    sheet.title = "Stations"
    sheet.append(["Station number", "Unit", "Registered voters"])
    sheet.append(["", "yesil", 1200])
    sheet.append(["901", "yesil", "many"])
    path = tmp_path / "stations.xlsx"
    book.save(path)
    set_language("zh_CN")
    plan = plan_station_import(db, world.mission_id, path)
    messages = [p.message for p in plan.problems]
    assert "为空；每个投票站都必须有编号" in messages
    assert "“many”不是选民人数（只填写数字，例如 2318）" in messages

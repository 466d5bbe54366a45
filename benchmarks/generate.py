"""A mission at scale, built through the same services the program uses.

`generate_mission` makes an election-day mission in Kazakhstan with as many observers and visit
reports as asked: sending bodies, observers named in Latin, Cyrillic and Chinese script with
photos, the 2022 regions with their time zones and generated districts, polling stations, teams
of two or three, a visit itinerary for every team and one report per visit answering every
question of the default checklist that applies to it. The same seed gives the same mission.

Everything goes through the services (missions, checklists, observers, places, itinerary,
reports), so the benchmark measures what a user would wait for, and the data is valid by the
rules those services enforce.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from observer_desk.core.db import Database
from observer_desk.core.models import (
    AccreditationStatus,
    Answer,
    AnswerType,
    BodyKind,
    BodyType,
    ChecklistSection,
    Choice,
    ChoiceList,
    ElectionType,
    EventKind,
    MissionRole,
    Phase,
    Question,
    UnitKind,
    VisitReport,
)
from observer_desk.core.services.checklists import add_default_checklist
from observer_desk.core.services.itinerary import EventRecord, TeamRecord, add_events, add_teams
from observer_desk.core.services.missions import (
    MissionData,
    SendingBodyData,
    create_mission,
    save_sending_bodies,
)
from observer_desk.core.services.observers import ObserverRecord, add_observers
from observer_desk.core.services.places import (
    StationRecord,
    UnitRecord,
    add_admin_units,
    add_polling_stations,
)
from observer_desk.core.services.reports import ReportRecord, add_reports

from .names import invent_person
from .portraits import portraits

ELECTION_DAY = date(2022, 11, 20)
CAPITAL_ZONE = "Asia/Almaty"
DISTINCT_PHOTOS = 36
STATIONS_PER_DISTRICT = 50
# Election day from the first opening visit to the end of the last count, local time.
DAY_STARTS = time_of_day(6, 30)
DAY_MINUTES = 17 * 60

BODIES: tuple[SendingBodyData, ...] = tuple(
    SendingBodyData(code=code, name_en=en, name_ru=ru, name_zh=zh, kind=kind, body_type=body_type,
                    country_code=country)
    for code, en, ru, zh, kind, body_type, country in (
        ("CN", "People's Republic of China", "Китайская Народная Республика", "中华人民共和国",
         BodyKind.STATE, BodyType.MEMBER_STATE, "CN"),
        ("IN", "Republic of India", "Республика Индия", "印度共和国",
         BodyKind.STATE, BodyType.MEMBER_STATE, "IN"),
        ("KG", "Kyrgyz Republic", "Кыргызская Республика", "吉尔吉斯共和国",
         BodyKind.STATE, BodyType.MEMBER_STATE, "KG"),
        ("PK", "Islamic Republic of Pakistan", "Исламская Республика Пакистан", "巴基斯坦伊斯兰共和国",
         BodyKind.STATE, BodyType.MEMBER_STATE, "PK"),
        ("RU", "Russian Federation", "Российская Федерация", "俄罗斯联邦",
         BodyKind.STATE, BodyType.MEMBER_STATE, "RU"),
        ("TJ", "Republic of Tajikistan", "Республика Таджикистан", "塔吉克斯坦共和国",
         BodyKind.STATE, BodyType.MEMBER_STATE, "TJ"),
        ("UZ", "Republic of Uzbekistan", "Республика Узбекистан", "乌兹别克斯坦共和国",
         BodyKind.STATE, BodyType.MEMBER_STATE, "UZ"),
        ("SEC", "SCO Secretariat", "Секретариат ШОС", "上海合作组织秘书处",
         BodyKind.ORGANISATION, BodyType.SECRETARIAT, None),
        ("RATS", "SCO Regional Anti-Terrorist Structure",
         "Региональная антитеррористическая структура ШОС", "上海合作组织地区反恐怖机构",
         BodyKind.ORGANISATION, BodyType.RATS, None),
    )
)
# Member-state delegations are drawn from their legislatures, governments and election bodies.
AUTHORITIES = (BodyType.LEGISLATIVE, BodyType.EXECUTIVE, BodyType.ELECTION_AUTHORITY)
INSTITUTIONS = ("parliament", "government", "election commission")

# (code, kind, English, Russian, Chinese, IANA zone): Kazakhstan's regions in November 2022.
REGIONS: tuple[tuple[str, UnitKind, str, str, str, str], ...] = (
    ("AST", UnitKind.CITY, "Astana", "Астана", "阿斯塔纳", "Asia/Almaty"),
    ("ALA", UnitKind.CITY, "Almaty", "Алматы", "阿拉木图", "Asia/Almaty"),
    ("SHY", UnitKind.CITY, "Shymkent", "Шымкент", "奇姆肯特", "Asia/Almaty"),
    ("ABA", UnitKind.REGION, "Abai Region", "Абайская область", "阿拜州", "Asia/Almaty"),
    ("AKM", UnitKind.REGION, "Akmola Region", "Акмолинская область", "阿克莫拉州", "Asia/Almaty"),
    ("AKT", UnitKind.REGION, "Aktobe Region", "Актюбинская область", "阿克托别州", "Asia/Aqtobe"),
    ("ALM", UnitKind.REGION, "Almaty Region", "Алматинская область", "阿拉木图州", "Asia/Almaty"),
    ("ATY", UnitKind.REGION, "Atyrau Region", "Атырауская область", "阿特劳州", "Asia/Atyrau"),
    ("VOS", UnitKind.REGION, "East Kazakhstan Region", "Восточно-Казахстанская область",
     "东哈萨克斯坦州", "Asia/Almaty"),
    ("ZHA", UnitKind.REGION, "Zhambyl Region", "Жамбылская область", "江布尔州", "Asia/Almaty"),
    ("ZHE", UnitKind.REGION, "Zhetisu Region", "Жетысуская область", "杰特苏州", "Asia/Almaty"),
    ("ZAP", UnitKind.REGION, "West Kazakhstan Region", "Западно-Казахстанская область",
     "西哈萨克斯坦州", "Asia/Oral"),
    ("KAR", UnitKind.REGION, "Karaganda Region", "Карагандинская область", "卡拉干达州",
     "Asia/Almaty"),
    ("KUS", UnitKind.REGION, "Kostanay Region", "Костанайская область", "科斯塔奈州",
     "Asia/Qostanay"),
    ("KZY", UnitKind.REGION, "Kyzylorda Region", "Кызылординская область", "克孜勒奥尔达州",
     "Asia/Qyzylorda"),
    ("MAN", UnitKind.REGION, "Mangystau Region", "Мангистауская область", "曼格斯套州",
     "Asia/Aqtau"),
    ("PAV", UnitKind.REGION, "Pavlodar Region", "Павлодарская область", "巴甫洛达尔州",
     "Asia/Almaty"),
    ("SEV", UnitKind.REGION, "North Kazakhstan Region", "Северо-Казахстанская область",
     "北哈萨克斯坦州", "Asia/Almaty"),
    ("YUZ", UnitKind.REGION, "Turkistan Region", "Туркестанская область", "突厥斯坦州",
     "Asia/Almaty"),
    ("ULY", UnitKind.REGION, "Ulytau Region", "Улытауская область", "乌勒套州", "Asia/Almaty"),
)

STREETS = ("Abai", "Dostyk", "Kabanbai Batyr", "Respublika", "Tauelsizdik", "Satpayev",
           "Bukhar Zhyrau", "Kenesary", "Seifullin", "Auezov", "Zheltoksan", "Turan")
SCHOOLS = ("School No. {n}", "Gymnasium No. {n}", "Lyceum No. {n}", "House of Culture No. {n}",
           "College No. {n}")
HOTELS = ("Mission hotel A", "Mission hotel B", "Mission hotel C", "Mission hotel D")
ARRIVAL_FLIGHTS = ("KC 886", "SU 1930", "KC 924", "HY 761", "KC 108", "PK 2061", "6E 1781")
DEPARTURE_FLIGHTS = ("KC 885", "SU 1931", "KC 923", "HY 762", "KC 107", "PK 2062", "6E 1782")
REMARKS = (
    "Procedures followed; officials answered questions in detail.",
    "Queue outside at arrival, cleared within twenty minutes.",
    "Ramp at the entrance; voting booth for wheelchair users available.",
    "Commission chair explained the sealing of ballot boxes.",
    "Voter list checked against identity documents for every voter.",
    "Minor delay in opening while seals were numbered.",
)
SEAL_TEXT = "Seal numbers {a}-{b} recorded in the protocol"


@dataclass
class GeneratedMission:
    mission_id: int
    checklist_id: int
    observers: int
    units: int
    stations: int
    teams: int
    events: int
    reports: int
    answers: int
    photos: int
    seconds: dict[str, float] = field(default_factory=dict)  # per step


@dataclass(frozen=True)
class Visit:
    team: str
    station: int  # index into the station list
    phase: Phase
    arrives: datetime  # aware, local zone
    departs: datetime


def _local(day: date, minutes: float, zone: ZoneInfo) -> datetime:
    start = datetime.combine(day, DAY_STARTS, tzinfo=zone)
    return start + timedelta(minutes=round(minutes))


def _mission_data(observers: int, reports: int, seed: int) -> MissionData:
    return MissionData(
        code=f"SCALE-KZ-{observers}-{reports}-{seed}"[:40],
        title="Scale test: observation of the early presidential election in Kazakhstan",
        organisation="Shanghai Cooperation Organisation",
        organisation_short="SCO",
        host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL,
        election_date=ELECTION_DAY,
        period_start=date(2022, 11, 17),
        period_end=date(2022, 11, 21),
        cec_name="Central Election Commission of the Republic of Kazakhstan",
        time_zone=CAPITAL_ZONE,
        working_languages="en,ru,zh",
        notes=f"Generated with seed {seed}: {observers} observers, {reports} reports.",
    )


def _observers(rng: random.Random, count: int, photos: list[bytes]) -> list[ObserverRecord]:
    zone = ZoneInfo(CAPITAL_ZONE)
    statuses = ([AccreditationStatus.ACCREDITED] * 16 + [AccreditationStatus.SUBMITTED] * 2
                + [AccreditationStatus.DOCUMENTS_COMPLETE, AccreditationStatus.NOMINATED])
    records: list[ObserverRecord] = []
    for n in range(1, count + 1):
        body = BODIES[(n - 1) % len(BODIES)] if n > 1 else BODIES[-2]
        person = invent_person(rng, body.code)
        if n == 1:
            role = MissionRole.HEAD
        elif n <= 1 + max(1, count // 500):
            role = MissionRole.DEPUTY
        else:
            draw = rng.random()
            role = (MissionRole.INTERPRETER if draw < 0.10 else MissionRole.COORDINATOR
                    if draw < 0.12 else MissionRole.STAFF if draw < 0.14 else MissionRole.OBSERVER)
        flight = rng.randrange(len(ARRIVAL_FLIGHTS))
        arrival = datetime(2022, 11, rng.choice((16, 17, 17, 17)), rng.randint(1, 22),
                           rng.choice((5, 20, 35, 50)), tzinfo=zone)
        records.append(ObserverRecord(
            code=f"OBS-{n:06d}",
            family_name=person.family_name,
            given_names=person.given_names,
            native_name=person.native_name,
            sex=person.sex,
            date_of_birth=date(rng.randint(1955, 1996), rng.randint(1, 12), rng.randint(1, 28)),
            citizenship=person.citizenship,
            sending_body_code=body.code,
            institution=(body.name_en if body.kind is BodyKind.ORGANISATION
                         else f"{body.name_en}: {rng.choice(INSTITUTIONS)}"),
            position=rng.choice(("Member", "Adviser", "Head of division", "Senior expert",
                                 "Deputy head of department", "Counsellor")),
            authority_type=(body.body_type if body.kind is BodyKind.ORGANISATION
                            else rng.choice(AUTHORITIES)),
            mission_role=role,
            passport_number=f"ZZ{n:07d}",  # an obviously invented pattern
            passport_expiry=date(rng.randint(2024, 2032), rng.randint(1, 12), rng.randint(1, 28)),
            email=f"obs{n:06d}@example.org",
            phone=f"+000 555 {n:06d}",
            languages=rng.choice(("en", "en,ru", "ru", "zh,en", "ru,zh", "en,ru,zh")),
            arrival_flight=ARRIVAL_FLIGHTS[flight],
            arrival_at=arrival,
            departure_flight=DEPARTURE_FLIGHTS[flight],
            departure_at=datetime(2022, 11, 21, rng.randint(6, 23), rng.choice((0, 15, 30, 45)),
                                  tzinfo=zone),
            hotel=rng.choice(HOTELS),
            notes="",
            photo=photos[rng.randrange(len(photos))] if rng.random() < 0.97 else None,
            status=rng.choice(statuses),
        ))
    return records


def _units(station_count: int) -> tuple[list[UnitRecord], list[tuple[str, str]]]:
    """Regions and their districts; returns the records and the districts as (code, zone)."""
    districts_per_region = max(1, round(station_count / STATIONS_PER_DISTRICT / len(REGIONS)))
    records: list[UnitRecord] = []
    districts: list[tuple[str, str]] = []
    for code, kind, en, ru, zh, zone in REGIONS:
        records.append(UnitRecord(code=code, kind=kind, name_en=en, name_ru=ru, name_zh=zh,
                                  time_zone=zone))
        for d in range(1, districts_per_region + 1):
            district = f"{code}-{d:02d}"
            records.append(UnitRecord(
                code=district, kind=UnitKind.DISTRICT, name_en=f"{en}, district {d}",
                name_ru=f"{ru}, район {d}", name_zh=f"{zh}第{d}区", time_zone=zone,
                parent_code=code))
            districts.append((district, zone))
    return records, districts


def _stations(rng: random.Random, count: int,
              districts: list[tuple[str, str]]) -> list[StationRecord]:
    stations = []
    for n in range(count):
        district, _zone = districts[n % len(districts)]
        stations.append(StationRecord(
            number=f"{n + 1:05d}",
            unit_code=district,
            name=rng.choice(SCHOOLS).format(n=rng.randint(1, 120)),
            address=f"{rng.randint(1, 180)} {rng.choice(STREETS)} Street",
            registered_voters=rng.randint(300, 3000),
            latitude=round(rng.uniform(40.6, 55.4), 5),
            longitude=round(rng.uniform(46.5, 87.3), 5),
        ))
    return stations


def _teams(rng: random.Random, observers: list[ObserverRecord],
           districts: list[tuple[str, str]]) -> list[TeamRecord]:
    members = [o.code for o in observers if o.mission_role is MissionRole.OBSERVER]
    interpreters = [o.code for o in observers if o.mission_role is MissionRole.INTERPRETER]
    rng.shuffle(members)
    teams: list[TeamRecord] = []
    start = 0
    while len(members) - start >= 2:
        left = len(members) - start
        # Mostly pairs, some threes, and never a single observer left over.
        size = 3 if left in (3, 5) or (left > 5 and rng.random() < 0.3) else 2
        district, _zone = districts[len(teams) % len(districts)]
        number = len(teams) + 1
        teams.append(TeamRecord(
            name=f"Team {number:04d}",
            member_codes=members[start:start + size],
            vehicle=f"{rng.randint(100, 999)} AB{rng.randint(10, 99):02d}",
            driver_name=f"Driver {number}",
            driver_phone=f"+000 555 9{number:05d}",
            interpreter_code=interpreters[len(teams)] if len(teams) < len(interpreters) else None,
            area=f"district {district}",
            area_unit_code=district,
        ))
        start += size
    return teams


def _visits(rng: random.Random, count: int, teams: list[TeamRecord],
            stations: list[StationRecord], districts: list[tuple[str, str]]) -> list[Visit]:
    """Each team's election day: opening at its first station, count at its last."""
    by_district: dict[str, list[int]] = {}
    for index, station in enumerate(stations):
        by_district.setdefault(station.unit_code, []).append(index)
    zones = dict(districts)
    visits: list[Visit] = []
    per_team, extra = divmod(count, len(teams))
    for t, team in enumerate(teams):
        n = per_team + (1 if t < extra else 0)
        if not n:
            continue
        district = team.area_unit_code or ""
        zone = ZoneInfo(zones[district])
        pool = by_district[district]
        chosen = rng.sample(pool, n) if n <= len(pool) else [rng.choice(pool) for _ in range(n)]
        slot = DAY_MINUTES / n
        for i, station in enumerate(chosen):
            phase = (Phase.OPENING if i == 0 and n > 2 else Phase.COUNT if i == n - 1 and n > 1
                     else Phase.VOTING)
            begin = i * slot + rng.uniform(0, slot * 0.2)
            length = slot * rng.uniform(0.45, 0.7)
            visits.append(Visit(team.name, station, phase, _local(ELECTION_DAY, begin, zone),
                                _local(ELECTION_DAY, begin + max(length, 1), zone)))
    return visits


def _events(visits: list[Visit], stations: list[StationRecord], teams: list[TeamRecord],
            observers: list[ObserverRecord]) -> list[EventRecord]:
    zone = ZoneInfo(CAPITAL_ZONE)
    leaders = [o.code for o in observers if o.mission_role in (MissionRole.HEAD, MissionRole.DEPUTY)]
    events = [
        EventRecord(kind=EventKind.BRIEFING, title="Briefing of the observer teams",
                    starts_at=datetime(2022, 11, 18, 10, 0, tzinfo=zone),
                    ends_at=datetime(2022, 11, 18, 12, 0, tzinfo=zone), time_zone=CAPITAL_ZONE,
                    team_names=[team.name for team in teams]),
        EventRecord(kind=EventKind.MEETING, title="Meeting with the Central Election Commission",
                    starts_at=datetime(2022, 11, 18, 15, 0, tzinfo=zone),
                    ends_at=datetime(2022, 11, 18, 16, 0, tzinfo=zone), time_zone=CAPITAL_ZONE,
                    counterpart="Chair and members of the Central Election Commission",
                    observer_codes=leaders),
    ]
    for visit in visits:
        station = stations[visit.station]
        events.append(EventRecord(
            kind=EventKind.VISIT, title=f"Polling station {station.number}",
            starts_at=visit.arrives, ends_at=visit.departs,
            time_zone=str(visit.arrives.tzinfo), station_number=station.number,
            phase=visit.phase, team_names=[visit.team]))
    return events


# --- answers --------------------------------------------------------------------------------

_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}")
_SINGLE_EQUALS = re.compile(r"(?<![!<>=])=(?!=)")


def _selected(value: str, choice: str) -> bool:
    return choice in value.split()


def relevance(expression: str) -> Callable[[dict[str, str]], bool] | None:
    """A Python test for an XLSForm relevance condition, for the forms of the default checklist
    (${q} = / != 'value', and, or, not(), selected()). Anything else is refused loudly, so a
    changed form cannot make the generator answer questions that do not apply."""
    if not expression.strip():
        return None
    source = _REFERENCE.sub(lambda m: f"a.get({m.group(1)!r}, '')", expression)
    source = _SINGLE_EQUALS.sub("==", source).replace("selected(", "_selected(")
    code = compile(f"lambda a: bool({source})", "<relevant>", "eval")
    allowed = {"a", "get", "_selected", "bool"}
    names = set(code.co_names) | {n for const in code.co_consts if hasattr(const, "co_names")
                                  for n in const.co_names}
    if not names <= allowed:
        raise ValueError(f"the generator cannot evaluate the condition {expression!r}")
    return eval(code, {"__builtins__": {"bool": bool}, "_selected": _selected})  # noqa: S307


@dataclass
class _Slot:
    name: str
    answer_type: AnswerType
    section: str
    relevant: Callable[[dict[str, str]], bool] | None
    pool: tuple[str, ...] = ()  # weighted values for choice questions
    options: tuple[str, ...] = ()  # for multiple choice, the values other than "none"
    has_none: bool = False  # a multiple choice whose "none" excludes every other value


def _question_slots(db: Database, checklist_id: int
                    ) -> tuple[list[_Slot], dict[str, Callable[[dict[str, str]], bool] | None]]:
    with db.reading() as session:
        sections = {s.id: (s.name, s.relevant) for s in session.scalars(
            select(ChecklistSection).where(ChecklistSection.checklist_id == checklist_id))}
        questions = list(session.scalars(select(Question).where(
            Question.checklist_id == checklist_id).order_by(Question.position)))
        choices: dict[int, list[Choice]] = {}
        for choice in session.scalars(select(Choice).join(ChoiceList).where(
                ChoiceList.checklist_id == checklist_id).order_by(Choice.position)):
            choices.setdefault(choice.choice_list_id, []).append(choice)
    section_tests = {name: relevance(condition) for name, condition in sections.values()}
    slots = []
    for question in questions:
        listed = choices.get(question.choice_list_id or -1, [])
        # Observers mostly report things in order; a tenth of the answers are negative and a
        # few say "not observed", as in real missions' data.
        pool: list[str] = []
        for choice in listed:
            pool += [choice.value] * (1 if choice.excluded else 3 if choice.negative else 12)
        slots.append(_Slot(
            name=question.name, answer_type=question.answer_type,
            section=sections[question.section_id][0] if question.section_id else "",
            relevant=relevance(question.relevant), pool=tuple(pool),
            options=tuple(c.value for c in listed if c.value != "none"),
            has_none=any(c.value == "none" for c in listed)))
    return slots, section_tests


class ReportStream(Collection[ReportRecord]):
    """The reports, made one at a time as the service takes them: a hundred thousand reports
    with their answers never sit in memory together. Iterating again gives the same reports."""

    def __init__(self, seed: int, visits: list[Visit], stations: list[StationRecord],
                 units: dict[str, str], slots: list[_Slot],
                 section_tests: dict[str, Callable[[dict[str, str]], bool] | None]):
        self.seed, self.visits, self.stations, self.units = seed, visits, stations, units
        self.slots, self.section_tests = slots, section_tests

    def __len__(self) -> int:
        return len(self.visits)

    def __contains__(self, item: object) -> bool:
        return any(item == report for report in self)

    def __iter__(self) -> Iterator[ReportRecord]:
        rng = random.Random(self.seed * 7919 + 17)
        for number, visit in enumerate(self.visits, start=1):
            yield self._report(rng, number, visit)

    def _report(self, rng: random.Random, number: int, visit: Visit) -> ReportRecord:
        station = self.stations[visit.station]
        rand = rng.random
        answers: dict[str, str] = {}
        arrival, departure = visit.arrives, visit.departs
        special = {
            "station_number": station.number,
            "unit_name": self.units[station.unit_code],
            "arrival_time": f"{arrival:%H:%M}",
            "departure_time": f"{departure:%H:%M}",
            "phase": visit.phase.value,
            "registered_voters": str(station.registered_voters),
        }
        open_sections: dict[str, bool] = {}
        for slot in self.slots:
            if slot.section not in open_sections:
                test = self.section_tests.get(slot.section)
                open_sections[slot.section] = test is None or test(answers)
            if not open_sections[slot.section] or (slot.relevant and not slot.relevant(answers)):
                continue
            value = special.get(slot.name)
            if value is None:
                kind = slot.answer_type
                if slot.pool:
                    if kind is AnswerType.MULTIPLE:
                        if slot.has_none and rand() < 0.4:
                            value = "none"
                        else:
                            value = " ".join(sorted(
                                rng.sample(slot.options, min(len(slot.options), 1 + int(rand() * 3))),
                                key=slot.options.index))
                    else:
                        value = slot.pool[int(rand() * len(slot.pool))]
                elif kind is AnswerType.INTEGER:
                    value = (str(int((station.registered_voters or 1000) * rand() * 0.8))
                             if slot.name == "ballots_issued" else str(1 + int(rand() * 5)))
                elif kind is AnswerType.TIME:
                    minutes = rand() * (departure - arrival).total_seconds() / 60
                    value = f"{arrival + timedelta(minutes=minutes):%H:%M}"
                elif slot.name == "seal_numbers":
                    first = 100000 + int(rand() * 800000)
                    value = SEAL_TEXT.format(a=first, b=first + 4)
                else:
                    value = REMARKS[int(rand() * len(REMARKS))]
            answers[slot.name] = value
        return ReportRecord(
            station_number=station.number, team_name=visit.team, phase=visit.phase,
            arrived_at=arrival, departed_at=departure, answers=answers,
            instance_id=f"uuid:{self.seed:04d}-{number:08d}", submitted_by=visit.team)


# --- the whole mission ----------------------------------------------------------------------

def generate_mission(db: Database, observers: int = 10_000, reports: int = 100_000, seed: int = 1,
                     progress: Callable[[str], Any] | None = print) -> GeneratedMission:
    """Create a mission of the given size in `db` and return what was made, with the seconds
    each step took."""
    if observers < 4:
        raise ValueError("a generated mission needs at least 4 observers (a head and two teams)")
    say = progress or (lambda message: None)
    rng = random.Random(seed)
    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def step(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[name] = now - clock
        clock = now
        say(f"  {name}: {seconds[name]:.2f} s")

    mission_id = create_mission(db, _mission_data(observers, reports, seed)).id
    save_sending_bodies(db, mission_id, list(BODIES))
    checklist_id = add_default_checklist(db, mission_id)
    step("mission, sending bodies, checklist")

    photos = portraits(DISTINCT_PHOTOS, random.Random(seed))
    observer_records = _observers(rng, observers, photos)
    step("observer records")
    add_observers(db, mission_id, observer_records)
    step("add_observers")

    station_count = max(1_000, reports // 10)
    unit_records, districts = _units(station_count)
    station_records = _stations(rng, station_count, districts)
    step("place records")
    add_admin_units(db, mission_id, unit_records)
    add_polling_stations(db, mission_id, station_records)
    step("add_admin_units, add_polling_stations")

    team_records = _teams(rng, observer_records, districts)
    if not team_records:
        raise ValueError("too few observers to form a team")
    add_teams(db, mission_id, team_records)
    step("add_teams")
    visits = _visits(rng, reports, team_records, station_records, districts)
    event_records = _events(visits, station_records, team_records, observer_records)
    step("itinerary records")
    add_events(db, mission_id, event_records)
    step("add_events")

    slots, section_tests = _question_slots(db, checklist_id)
    units = {u.code: u.name_en for u in unit_records}
    stream = ReportStream(seed, visits, station_records, units, slots, section_tests)
    last = [0.0]

    def report_progress(done: int, total: int) -> bool:
        if time.perf_counter() - last[0] > 5 or done == total:
            last[0] = time.perf_counter()
            say(f"    reports {done:,} of {total:,}")
        return True

    add_reports(db, mission_id, checklist_id, stream, progress=report_progress)  # type: ignore[arg-type]
    step("add_reports")

    with db.reading() as session:
        answers = session.scalar(select(func.count()).select_from(Answer).join(VisitReport).where(
            VisitReport.mission_id == mission_id)) or 0
    return GeneratedMission(
        mission_id=mission_id, checklist_id=checklist_id, observers=len(observer_records),
        units=len(unit_records), stations=len(station_records), teams=len(team_records),
        events=len(event_records), reports=len(stream), answers=answers,
        photos=sum(1 for o in observer_records if o.photo is not None), seconds=seconds)

"""Turnout: the mission's own readings at the stations it visited against the election
commission's published figures.

A reading (registered voters and ballots issued at a station at a time) is compared with the
CEC's curve for the station's region, and with the country-wide curve, read at the reading's own
time: the curve runs from 0 % when the station opens through each published figure in a straight
line, and stays at the last figure after it. Readings are grouped under the published time they
are nearest to, so a table row says: at about 12:00 in Astana the mission counted 31.2 % at 6
stations where the CEC's curve stood at 30.4 %, a difference of +0.8 percentage points.

The CEC's figures are entered (save_cec_figures) or imported from a workbook
(import_cec_workbook, documents/cec_turnout_reader.py); a figure for a unit and time that is
already stored is replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from ...documents.cec_turnout_reader import CecSheetRow, read_cec_workbook
from ..db import Database
from ..errors import NotFoundError, Problem, ValidationError
from ..language import _
from ..models import AdminUnit, CecTurnout, Mission, PollingStation, TurnoutReading
from .bulk import require_mission, where

# The checklist questions a report's turnout reading is taken from (those of the default form).
TURNOUT_QUESTIONS = {"registered_voters": "registered_voters", "ballots_issued": "ballots_issued",
                     "ballots_issued_time": "ballots_issued_time"}
SAME_DAY = timedelta(hours=18)
NATIONAL_WORDS = frozenset({"", "national", "country", "whole country", "total", "all",
                            "kazakhstan", "республика", "всего", "итого", "по стране", "全国"})


@dataclass(frozen=True)
class CecFigure:
    unit_code: str | None  # None: the whole country
    at: datetime  # aware
    turnout_percent: float
    voters: int | None = None
    registered_voters: int | None = None
    source: str = ""


@dataclass(frozen=True)
class StoredCecFigure:
    id: int
    unit_code: str | None
    unit_name: str
    at: datetime  # UTC
    time_zone: str  # of the unit (the mission's for national figures)
    turnout_percent: float
    voters: int | None
    registered_voters: int | None
    source: str


@dataclass(frozen=True)
class TurnoutRow:
    """The mission's readings near one published time of one CEC series."""

    series: str | None  # unit code; None: the whole country
    series_name: str
    at: datetime | None  # the published time (UTC); None on a series' overall row
    time_zone: str
    cec_percent: float | None  # published at `at`
    readings: int
    stations: int
    mission_percent: float  # ballots issued / registered voters, over the readings
    cec_at_readings_percent: float  # the curve read at each reading's time, weighted alike
    difference_pp: float  # mission - CEC at the same moments, percentage points


@dataclass
class TurnoutComparison:
    rows: list[TurnoutRow] = field(default_factory=list)
    readings: int = 0
    readings_without_curve: int = 0  # readings no CEC series covers

    def overall(self, series: str | None = None) -> TurnoutRow | None:
        return next((r for r in self.rows if r.at is None and r.series == series), None)


# --- CEC figures ------------------------------------------------------------------------------

def _units(session, mission_id: int) -> dict[str, AdminUnit]:
    return {u.code.casefold(): u for u in session.scalars(
        select(AdminUnit).where(AdminUnit.mission_id == mission_id))}


def save_cec_figures(db: Database, mission_id: int, figures: Sequence[CecFigure],
                     places: Sequence[str] | None = None) -> int:
    """Store the CEC's figures (a figure for a unit and time already stored is replaced).
    `places` says where each figure came from ("sheet S, row R") for the problems; refuses all
    with ValidationError if any figure is wrong. Returns how many were stored."""
    problems: list[Problem] = []
    with db.transaction() as session:
        require_mission(session, mission_id)
        units = _units(session, mission_id)
        existing = {(row.unit_id, row.at): row for row in session.scalars(
            select(CecTurnout).where(CecTurnout.mission_id == mission_id))}
        seen: dict[tuple[int | None, datetime], int] = {}
        rows = []
        for index, figure in enumerate(figures, start=1):
            at = places[index - 1] if places else where(index)
            unit = None
            if figure.unit_code:
                unit = units.get(figure.unit_code.strip().casefold())
                if unit is None:
                    problems.append(Problem("region", _("no unit {code!r} in this mission")
                                            .format(code=figure.unit_code), at, index))
                    continue
            if figure.at.tzinfo is None:
                problems.append(Problem("time", _("has no time zone"), at, index))
                continue
            if not 0 <= figure.turnout_percent <= 100:
                problems.append(Problem("turnout", _("{percent} is not a percentage between 0 and "
                                                     "100").format(percent=figure.turnout_percent),
                                        at, index))
            for name, value in (("voters", figure.voters),
                                ("registered voters", figure.registered_voters)):
                if value is not None and value < 0:
                    problems.append(Problem(name, _("{value} is negative").format(value=value), at,
                                            index))
            if (figure.voters is not None and figure.registered_voters is not None
                    and figure.voters > figure.registered_voters):
                problems.append(Problem("voters", _("{voters:,} voters exceed the {registered:,} "
                                                    "registered").format(
                    voters=figure.voters, registered=figure.registered_voters), at, index))
            moment = figure.at.astimezone(UTC)
            key = (unit.id if unit else None, moment)
            if key in seen:
                problems.append(Problem("time", _("the same unit and time as figure {number}")
                                        .format(number=seen[key]), at, index))
                continue
            seen[key] = index
            rows.append((key, figure))
        if problems:
            raise ValidationError(problems)
        for (unit_id, moment), figure in rows:
            stored = existing.get((unit_id, moment))
            if stored is None:
                stored = CecTurnout(mission_id=mission_id, unit_id=unit_id, at=moment)
                session.add(stored)
            stored.turnout_percent = float(figure.turnout_percent)
            stored.voters = figure.voters
            stored.registered_voters = figure.registered_voters
            stored.source = (figure.source or "")[:300]
    return len(rows)


def list_cec_figures(db: Database, mission_id: int, language: str = "en") -> list[StoredCecFigure]:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        figures = list(session.scalars(select(CecTurnout).where(
            CecTurnout.mission_id == mission_id).order_by(CecTurnout.unit_id, CecTurnout.at)))
        return [StoredCecFigure(
            f.id, units[f.unit_id].code if f.unit_id else None,
            units[f.unit_id].name(language) if f.unit_id else _whole_country(language),
            f.at, units[f.unit_id].time_zone if f.unit_id else mission.time_zone,
            f.turnout_percent, f.voters, f.registered_voters, f.source) for f in figures]


def _whole_country(language: str) -> str:
    return {"ru": "Вся страна", "zh": "全国"}.get(language, "Whole country")


def _number(value: object) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", ".")
    return float(text)


def _figure_from_row(row: CecSheetRow, units: dict[str, AdminUnit], mission: Mission,
                     problems: list[Problem], index: int) -> CecFigure | None:
    values = row.values
    region = str(values.get("region") or "").strip()
    unit: AdminUnit | None = None
    if region.casefold() not in NATIONAL_WORDS and region.casefold() != mission.host_country.casefold():
        unit = units.get(region.casefold())
        if unit is None:
            for candidate in units.values():
                if region.casefold() in {n.casefold() for n in (candidate.name_en, candidate.name_ru,
                                                                candidate.name_zh) if n}:
                    unit = candidate
                    break
        if unit is None:
            problems.append(Problem("region", _("no region or unit {region!r} in this mission "
                                                "(give its code or name; leave empty for the whole "
                                                "country)").format(region=region),
                                    row.where("region"), index))
            return None
    zone_name = str(values.get("zone") or "").strip() or (unit.time_zone if unit else
                                                          mission.time_zone)
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(Problem("time zone", _("{zone!r} is not an IANA time zone")
                                .format(zone=zone_name), row.where("zone"), index))
        return None
    moment = _moment(values, mission.election_date)
    if moment is None:
        problems.append(Problem("time", _("give the date and time of the figure (e.g. 20.11.2022 "
                                          "and 12:00)"), row.where("time" if "time" in row.letters
                                                                else "datetime"), index))
        return None
    try:
        percent = _number(values.get("percent"))
        if percent is not None and "%" in row.number_formats.get("percent", "") and percent <= 1:
            percent *= 100  # a cell formatted as a percentage holds the fraction
        voters = _number(values.get("voters"))
        registered = _number(values.get("registered"))
    except ValueError:
        problems.append(Problem("turnout", _("turnout, voters and registered voters must be "
                                             "numbers"), row.where(), index))
        return None
    if percent is None:
        if voters is not None and registered:
            percent = voters / registered * 100
        else:
            problems.append(Problem("turnout", _("no turnout given"), row.where("percent"), index))
            return None
    return CecFigure(unit.code if unit else None, moment.replace(tzinfo=zone), round(percent, 4),
                     int(voters) if voters is not None else None,
                     int(registered) if registered is not None else None,
                     str(values.get("source") or "").strip())


def _moment(values: dict[str, object], default_day: date) -> datetime | None:
    """A naive local date-time from the date and time cells (or one cell holding both)."""
    from ..parsing import ParseError, parse_date

    combined = values.get("datetime")
    if isinstance(combined, datetime):
        return combined.replace(tzinfo=None)
    if isinstance(combined, str) and combined.strip():
        date_text, _space, time_text = combined.strip().partition(" ")
        values = {**values, "date": date_text, "time": time_text}
    day_value = values.get("date")
    if isinstance(day_value, datetime):
        day = day_value.date()
    elif isinstance(day_value, date):
        day = day_value
    elif day_value:
        try:
            day = parse_date(day_value)
        except ParseError:
            return None
    else:
        day = default_day
    clock = values.get("time")
    if isinstance(clock, datetime):
        clock = clock.time()
    if isinstance(clock, (int, float)) and not isinstance(clock, bool):
        if 0 <= clock < 1:  # a spreadsheet time is a fraction of a day
            minutes = round(clock * 24 * 60)
            clock = time(minutes // 60, minutes % 60)
        elif 0 <= clock <= 24 and float(clock).is_integer():
            clock = time(int(clock) % 24)
    if isinstance(clock, str):
        text = clock.strip().replace(".", ":")
        try:
            parts = [int(p) for p in text.split(":")[:2]]
            clock = time(parts[0], parts[1] if len(parts) > 1 else 0)
        except (ValueError, IndexError):
            return None
    if not isinstance(clock, time):
        return None
    return datetime.combine(day, clock)


def import_cec_workbook(db: Database, mission_id: int, path: Path | str) -> int:
    """Read the CEC's figures from a workbook and store them (all or nothing); returns how many.
    Problems name sheet, row and column."""
    rows = read_cec_workbook(path)
    problems: list[Problem] = []
    figures: list[CecFigure] = []
    places: list[str] = []
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        units = _units(session, mission_id)
        for index, row in enumerate(rows, start=1):
            figure = _figure_from_row(row, units, mission, problems, row.row)
            if figure is not None:
                figures.append(figure)
                places.append(row.where())
    if problems:
        raise ValidationError(problems)
    if not figures:
        raise ValidationError([Problem("", _("{file} holds no figures under its header")
                                       .format(file=Path(path).name))])
    return save_cec_figures(db, mission_id, figures, places)


# --- comparison -------------------------------------------------------------------------------

@dataclass
class _Series:
    code: str | None
    name: str
    zone: str
    points: list[tuple[datetime, float]]  # UTC, sorted


@dataclass
class _Bucket:
    issued: int = 0
    registered: int = 0
    cec_weighted: float = 0.0
    readings: int = 0
    stations: set[int] = field(default_factory=set)

    def add(self, issued: int, registered: int, cec: float, station: int) -> None:
        self.issued += issued
        self.registered += registered
        self.cec_weighted += cec * registered
        self.readings += 1
        self.stations.add(station)


def curve_at(points: list[tuple[datetime, float]], opening: datetime, moment: datetime) -> float:
    """The published curve read at `moment`: 0 % at opening, straight lines between the figures,
    the last figure after it."""
    previous = (opening, 0.0)
    for at, percent in points:
        if at < opening:
            previous = (at, percent)
            continue
        if moment <= at:
            span = (at - previous[0]).total_seconds()
            if span <= 0:
                return percent
            share = max(0.0, (moment - previous[0]).total_seconds()) / span
            return previous[1] + (percent - previous[1]) * share
        previous = (at, percent)
    return previous[1]


def turnout_comparison(db: Database, mission_id: int, language: str = "en") -> TurnoutComparison:
    """The mission's readings against each CEC series that covers them (the region's and the
    whole country's), per published time, with an overall row per series."""
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        series: dict[int | None, _Series] = {}
        for figure in session.scalars(select(CecTurnout).where(
                CecTurnout.mission_id == mission_id).order_by(CecTurnout.at)):
            if figure.unit_id not in series:
                unit = units.get(figure.unit_id) if figure.unit_id else None
                series[figure.unit_id] = _Series(
                    unit.code if unit else None,
                    unit.name(language) if unit else _whole_country(language),
                    unit.time_zone if unit else mission.time_zone, [])
            series[figure.unit_id].points.append((figure.at, figure.turnout_percent))
        readings = session.execute(
            select(TurnoutReading.polling_station_id, TurnoutReading.at,
                   TurnoutReading.registered_voters, TurnoutReading.ballots_issued,
                   PollingStation.unit_id, PollingStation.opens_at)
            .join(PollingStation, PollingStation.id == TurnoutReading.polling_station_id)
            .where(TurnoutReading.mission_id == mission_id)).all()
    comparison = TurnoutComparison(readings=len(readings))
    buckets: dict[tuple[int | None, datetime | None], _Bucket] = {}
    zones: dict[str, ZoneInfo] = {}
    for station_id, at, registered, issued, unit_id, opens_at in readings:
        applicable = []
        unit = units.get(unit_id)
        seen = 0
        while unit is not None and seen < 20:
            if unit.id in series:
                applicable.append(unit.id)
                break
            unit = units.get(unit.parent_id) if unit.parent_id else None
            seen += 1
        if None in series:
            applicable.append(None)
        if not applicable:
            comparison.readings_without_curve += 1
            continue
        station_zone = zones.setdefault(units[unit_id].time_zone, ZoneInfo(units[unit_id].time_zone))
        local_day = at.astimezone(station_zone).date()
        opening = datetime.combine(local_day, opens_at or time(7), tzinfo=station_zone)
        for key in applicable:
            # The figures of the reading's election day (a series may hold other days').
            points = [(t, p) for t, p in series[key].points if abs(t - at) <= SAME_DAY]
            if not points:
                continue
            cec = curve_at(points, opening, at)
            nearest = min(points, key=lambda point: abs((point[0] - at).total_seconds()))[0]
            for slot in (nearest, None):
                buckets.setdefault((key, slot), _Bucket()).add(issued, registered, cec, station_id)
    order = sorted(series, key=lambda k: (k is None, series[k].name))
    for key in order:
        published = dict(series[key].points)
        slots = sorted(slot for (k, slot) in buckets if k == key and slot is not None)
        for slot in [*slots, None]:
            bucket = buckets.get((key, slot))
            if bucket is None or not bucket.registered:
                continue
            mission_percent = bucket.issued / bucket.registered * 100
            cec_percent = bucket.cec_weighted / bucket.registered
            comparison.rows.append(TurnoutRow(
                series[key].code, series[key].name, slot, series[key].zone,
                published.get(slot) if slot else None, bucket.readings, len(bucket.stations),
                round(mission_percent, 2), round(cec_percent, 2),
                round(mission_percent - cec_percent, 2)))
    return comparison


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))

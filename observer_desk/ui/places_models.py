"""Table models of the Places tab: administrative units, polling stations, venues and travel
times, each a list of what the venues and place_editing services return, one row per record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from observer_desk.core.models import UnitKind, VenueKind
from observer_desk.core.services.place_editing import StationRow, UnitRow
from observer_desk.core.services.venues import TravelBufferInfo, VenueInfo

from .rows_model import RowsModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PlacesModels", text)


UNIT_KINDS = {UnitKind.REGION: "Region", UnitKind.CITY: "City", UnitKind.DISTRICT: "District",
              UnitKind.OTHER: "Other"}
VENUE_KINDS = {VenueKind.HOTEL: "Hotel", VenueKind.ELECTION_COMMISSION: "Election commission",
               VenueKind.MINISTRY: "Ministry", VenueKind.OFFICE: "Office",
               VenueKind.AIRPORT: "Airport", VenueKind.OTHER: "Other"}


def _coordinates(latitude: float | None, longitude: float | None) -> str:
    return "" if latitude is None or longitude is None else f"{latitude:.5f}, {longitude:.5f}"


class UnitsModel(RowsModel[UnitRow]):
    COLUMNS = (
        ("Code", lambda u: u.code),
        ("Name", lambda u: u.name_en),
        ("Kind", lambda u: _t(UNIT_KINDS[u.kind])),
        ("Within", lambda u: u.parent),
        ("Time zone", lambda u: u.time_zone),
        ("Stations", lambda u: u.stations),
        ("Russian", lambda u: u.name_ru),
        ("Chinese", lambda u: u.name_zh),
    )
    NUMERIC = frozenset({5})


class StationsModel(RowsModel[StationRow]):
    COLUMNS = (
        ("Number", lambda s: s.number),
        ("Unit", lambda s: s.unit),
        ("Premises", lambda s: s.name),
        ("Address", lambda s: s.address),
        ("Voters", lambda s: s.registered_voters),
        ("Hours", lambda s: f"{s.opens_at:%H:%M}–{s.closes_at:%H:%M}"),
        ("Coordinates", lambda s: _coordinates(s.latitude, s.longitude)),
        ("Visits", lambda s: s.events),
    )
    NUMERIC = frozenset({4, 7})


class VenuesModel(RowsModel[VenueInfo]):
    COLUMNS = (
        ("Name", lambda v: v.name),
        ("Kind", lambda v: _t(VENUE_KINDS[v.kind])),
        ("Address", lambda v: v.address),
        ("Time zone", lambda v: v.time_zone),
        ("Coordinates", lambda v: _coordinates(v.latitude, v.longitude)),
        ("Events", lambda v: v.events),
    )
    NUMERIC = frozenset({5})


class BuffersModel(RowsModel[TravelBufferInfo]):
    COLUMNS = (
        ("From", lambda b: b.unit_a),
        ("To", lambda b: b.unit_b if b.unit_b_id != b.unit_a_id else _t("(within)")),
        ("Minutes", lambda b: b.minutes),
    )
    NUMERIC = frozenset({2})

    def row_of(self, record_id: int) -> int:  # buffers have no id of their own
        return -1

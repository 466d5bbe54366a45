"""Table models of the Places tab: administrative units, polling stations, venues and travel
times, each a list of what the venues and place_editing services return, one row per record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from observer_desk.core.models import UnitKind, VenueKind
from observer_desk.core.services.place_editing import StationRow, UnitRow
from observer_desk.core.services.venues import TravelBufferInfo, VenueInfo

from .rows_model import RowsModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PlacesModels", text)


UNIT_KINDS = {
    UnitKind.REGION: QT_TRANSLATE_NOOP("PlacesModels", "Region"),
    UnitKind.CITY: QT_TRANSLATE_NOOP("PlacesModels", "City"),
    UnitKind.DISTRICT: QT_TRANSLATE_NOOP("PlacesModels", "District"),
    UnitKind.OTHER: QT_TRANSLATE_NOOP("PlacesModels", "Other"),
}
VENUE_KINDS = {
    VenueKind.HOTEL: QT_TRANSLATE_NOOP("PlacesModels", "Hotel"),
    VenueKind.ELECTION_COMMISSION: QT_TRANSLATE_NOOP("PlacesModels", "Election commission"),
    VenueKind.MINISTRY: QT_TRANSLATE_NOOP("PlacesModels", "Ministry"),
    VenueKind.OFFICE: QT_TRANSLATE_NOOP("PlacesModels", "Office"),
    VenueKind.AIRPORT: QT_TRANSLATE_NOOP("PlacesModels", "Airport"),
    VenueKind.OTHER: QT_TRANSLATE_NOOP("PlacesModels", "Other"),
}


def _coordinates(latitude: float | None, longitude: float | None) -> str:
    return "" if latitude is None or longitude is None else f"{latitude:.5f}, {longitude:.5f}"


class UnitsModel(RowsModel[UnitRow]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("UnitsModel", "Code"), lambda u: u.code),
        (QT_TRANSLATE_NOOP("UnitsModel", "Name"), lambda u: u.name_en),
        (QT_TRANSLATE_NOOP("UnitsModel", "Kind"), lambda u: _t(UNIT_KINDS[u.kind])),
        (QT_TRANSLATE_NOOP("UnitsModel", "Within"), lambda u: u.parent),
        (QT_TRANSLATE_NOOP("UnitsModel", "Time zone"), lambda u: u.time_zone),
        (QT_TRANSLATE_NOOP("UnitsModel", "Stations"), lambda u: u.stations),
        (QT_TRANSLATE_NOOP("UnitsModel", "Russian"), lambda u: u.name_ru),
        (QT_TRANSLATE_NOOP("UnitsModel", "Chinese"), lambda u: u.name_zh),
    )
    NUMERIC = frozenset({5})


class StationsModel(RowsModel[StationRow]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("StationsModel", "Number"), lambda s: s.number),
        (QT_TRANSLATE_NOOP("StationsModel", "Unit"), lambda s: s.unit),
        (QT_TRANSLATE_NOOP("StationsModel", "Premises"), lambda s: s.name),
        (QT_TRANSLATE_NOOP("StationsModel", "Address"), lambda s: s.address),
        (QT_TRANSLATE_NOOP("StationsModel", "Voters"), lambda s: s.registered_voters),
        (QT_TRANSLATE_NOOP("StationsModel", "Hours"), lambda s: f"{s.opens_at:%H:%M}–{s.closes_at:%H:%M}"),
        (QT_TRANSLATE_NOOP("StationsModel", "Coordinates"), lambda s: _coordinates(s.latitude, s.longitude)),
        (QT_TRANSLATE_NOOP("StationsModel", "Visits"), lambda s: s.events),
    )
    NUMERIC = frozenset({4, 7})


class VenuesModel(RowsModel[VenueInfo]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("VenuesModel", "Name"), lambda v: v.name),
        (QT_TRANSLATE_NOOP("VenuesModel", "Kind"), lambda v: _t(VENUE_KINDS[v.kind])),
        (QT_TRANSLATE_NOOP("VenuesModel", "Address"), lambda v: v.address),
        (QT_TRANSLATE_NOOP("VenuesModel", "Time zone"), lambda v: v.time_zone),
        (QT_TRANSLATE_NOOP("VenuesModel", "Coordinates"), lambda v: _coordinates(v.latitude, v.longitude)),
        (QT_TRANSLATE_NOOP("VenuesModel", "Events"), lambda v: v.events),
    )
    NUMERIC = frozenset({5})


class BuffersModel(RowsModel[TravelBufferInfo]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("BuffersModel", "From"), lambda b: b.unit_a),
        (QT_TRANSLATE_NOOP("BuffersModel", "To"),
         lambda b: b.unit_b if b.unit_b_id != b.unit_a_id else _t("(within)")),
        (QT_TRANSLATE_NOOP("BuffersModel", "Minutes"), lambda b: b.minutes),
    )
    NUMERIC = frozenset({2})

    def row_of(self, record_id: int) -> int:  # buffers have no id of their own
        return -1

"""Errors the services raise; their messages are written for the user (what, where, how to fix)."""

from __future__ import annotations

from dataclasses import dataclass

from .language import clauses, labelled, per_language, pgettext


class ObserverDeskError(Exception):
    """Base of every error a front end shows to the user as it is."""


class NotFoundError(ObserverDeskError):
    pass


class UsageError(ObserverDeskError):
    """The request cannot be served as asked (e.g. which mission is meant is ambiguous)."""


class StaleEditError(ObserverDeskError):
    """The record changed since the user loaded it; the edit was not saved."""


def _field_labels() -> dict[str, str]:
    """The words a problem, or the note of who changed a record, uses for each field id, in the
    current language (the ids stay what the services and screens use; only the words change)."""
    return {
        "accreditation_status": pgettext("field", "accreditation status"),
        "activities": pgettext("field", "activities"),
        "address": pgettext("field", "address"),
        "answer_type": pgettext("field", "answer type"),
        "area": pgettext("field", "area"),
        "area_unit_code": pgettext("field", "area"),
        "area_unit_id": pgettext("field", "area"),
        "arrival": pgettext("field", "arrival"),
        "arrival_at": pgettext("field", "arrival time"),
        "arrival_flight": pgettext("field", "arrival flight"),
        "arrived_at": pgettext("field", "arrival time"),
        "authority_type": pgettext("field", "branch of power"),
        "badge_version": pgettext("field", "badge version"),
        "body_type": pgettext("field", "body type"),
        "category": pgettext("field", "category"),
        "cec_certificate_date": pgettext("field", "CEC certificate date"),
        "cec_certificate_number": pgettext("field", "CEC certificate number"),
        "cec_name": pgettext("field", "election commission"),
        "cec_note_date": pgettext("field", "CEC note date"),
        "cec_note_reference": pgettext("field", "CEC note reference"),
        "checklist": pgettext("field", "checklist"),
        "citizenship": pgettext("field", "citizenship"),
        "closed_at": pgettext("field", "closed at"),
        "closes_at": pgettext("field", "closing time"),
        "code": pgettext("field", "code"),
        "conclusions": pgettext("field", "conclusions"),
        "constraint": pgettext("field", "constraint"),
        "contact": pgettext("field", "contact"),
        "counterpart": pgettext("field", "counterpart"),
        "country": pgettext("field", "country"),
        "country_code": pgettext("field", "country code"),
        "date_of_birth": pgettext("field", "date of birth"),
        "departed_at": pgettext("field", "departure time"),
        "departure": pgettext("field", "departure"),
        "departure_at": pgettext("field", "departure time"),
        "departure_flight": pgettext("field", "departure flight"),
        "driver_name": pgettext("field", "driver"),
        "driver_phone": pgettext("field", "driver's phone"),
        "election_date": pgettext("field", "election date"),
        "election_type": pgettext("field", "election type"),
        "email": pgettext("field", "e-mail"),
        "end": pgettext("field", "end"),
        "ends_at": pgettext("field", "end"),
        "event": pgettext("field", "planned visit"),
        "excluded": pgettext("field", "excluded"),
        "family_name": pgettext("field", "family name"),
        "findings": pgettext("field", "findings"),
        "form_version": pgettext("field", "form version"),
        "given_names": pgettext("field", "given names"),
        "host_country": pgettext("field", "host country"),
        "hotel": pgettext("field", "hotel"),
        "instance_id": pgettext("field", "submission ID"),
        "institution": pgettext("field", "institution"),
        "interpreter_code": pgettext("field", "interpreter"),
        "interpreter_id": pgettext("field", "interpreter"),
        "kind": pgettext("field", "kind"),
        "label": pgettext("field", "label"),
        "language": pgettext("field", "language"),
        "languages": pgettext("field", "languages"),
        "latitude": pgettext("field", "latitude"),
        "list_name": pgettext("field", "list name"),
        "logo": pgettext("field", "logo"),
        "longitude": pgettext("field", "longitude"),
        "member_codes": pgettext("field", "members"),
        "member_ids": pgettext("field", "members"),
        "members": pgettext("field", "members"),
        "minutes": pgettext("field", "minutes"),
        "mission_role": pgettext("field", "role in the mission"),
        "name": pgettext("field", "name"),
        "name_en": pgettext("field", "name in English"),
        "name_ru": pgettext("field", "name in Russian"),
        "name_zh": pgettext("field", "name in Chinese"),
        "native_name": pgettext("field", "name in own script"),
        "negative": pgettext("field", "negative"),
        "notes": pgettext("field", "notes"),
        "number": pgettext("field", "number"),
        "observer": pgettext("field", "observer"),
        "observer_codes": pgettext("field", "observers"),
        "observer_ids": pgettext("field", "observers"),
        "opens_at": pgettext("field", "opening time"),
        "organisation": pgettext("field", "organisation"),
        "organisation_short": pgettext("field", "short name of the organisation"),
        "parent_code": pgettext("field", "parent unit"),
        "parent_id": pgettext("field", "parent unit"),
        "passport_expiry": pgettext("field", "passport expiry date"),
        "passport_number": pgettext("field", "passport number"),
        "period_end": pgettext("field", "end of the mission period"),
        "period_start": pgettext("field", "start of the mission period"),
        "phase": pgettext("field", "phase"),
        "phone": pgettext("field", "phone"),
        "photo": pgettext("field", "photo"),
        "place": pgettext("field", "place"),
        "polling_station_id": pgettext("field", "polling station"),
        "position": pgettext("field", "position"),
        "quota": pgettext("field", "quota"),
        "reason": pgettext("field", "reason"),
        "region": pgettext("field", "region"),
        "registered voters": pgettext("field", "registered voters"),
        "registered_voters": pgettext("field", "registered voters"),
        "replaced_by_id": pgettext("field", "replaced by"),
        "required": pgettext("field", "required"),
        "sections": pgettext("field", "sections"),
        "sending_body": pgettext("field", "sending body"),
        "sending_body_id": pgettext("field", "sending body"),
        "severity": pgettext("field", "severity"),
        "sex": pgettext("field", "sex"),
        "signatory_name": pgettext("field", "signatory's name"),
        "signatory_title": pgettext("field", "signatory's title"),
        "source": pgettext("field", "source"),
        "start": pgettext("field", "start"),
        "starts_at": pgettext("field", "start"),
        "station": pgettext("field", "polling station"),
        "station_number": pgettext("field", "station number"),
        "status": pgettext("field", "status"),
        "status_reason": pgettext("field", "status reason"),
        "submitted_at": pgettext("field", "submission time"),
        "submitted_by": pgettext("field", "submitted by"),
        "target": pgettext("field", "day to copy to"),
        "team": pgettext("field", "team"),
        "team_ids": pgettext("field", "teams"),
        "team_name": pgettext("field", "team"),
        "team_names": pgettext("field", "teams"),
        "time": pgettext("field", "time"),
        "time zone": pgettext("field", "time zone"),
        "time_zone": pgettext("field", "time zone"),
        "title": pgettext("field", "title"),
        "to_team": pgettext("field", "team"),
        "travel_buffer_minutes": pgettext("field", "travel buffer"),
        "turnout": pgettext("field", "turnout"),
        "type": pgettext("field", "type"),
        "unit": pgettext("field", "unit"),
        "unit_code": pgettext("field", "unit code"),
        "unit_id": pgettext("field", "unit"),
        "vehicle": pgettext("field", "vehicle"),
        "venue_id": pgettext("field", "venue"),
        "venue_name": pgettext("field", "venue"),
        "voters": pgettext("field", "voters"),
        "working_languages": pgettext("field", "working languages"),
    }


_labels = per_language(_field_labels)


def field_label(field: str) -> str:
    """How a message names a field: its label in the current language, or for an id without one
    (a question's name, a column heading: names the user wrote) the id exactly as written."""
    return _labels().get(field) or field


def labelled_fields() -> frozenset[str]:
    """The field ids that have a label of their own."""
    return frozenset(_labels())


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    where: str = ""  # e.g. "sheet Nominations, row 7, column D"
    row: int | None = None  # index of the record in the request it concerns, for screens to mark

    @property
    def label(self) -> str:
        """The field as the message names it (empty for a problem of no one field)."""
        return field_label(self.field) if self.field else ""

    def __str__(self) -> str:
        text = labelled(self.label, self.message) if self.field else self.message
        return labelled(self.where, text) if self.where else text


class ValidationError(ObserverDeskError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(clauses(str(p) for p in problems))

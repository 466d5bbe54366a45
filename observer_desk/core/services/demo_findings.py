"""What the demo teams reported, and the turnout the CEC published during election day.

The story is the one the SCO mission told: well-organised stations, help for elderly and
disabled voters, identity documents checked, nothing in the observers' way and no violation
that could call the result into question. A handful of minor remarks keep the charts honest.

Only the national final figure (69.44%, 8,300,046 voters) is the published one; the hourly and
regional figures are plausible values made for the demo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from ..models import Phase
from .demo_places import DemoStation

NATIONAL_REGISTERED = 11_952_831
NATIONAL_VOTERS = 8_300_046
CEC_SOURCE = "Central Election Commission of the Republic of Kazakhstan"

# Published hours (Astana time) -> turnout in percent, for the country (None), Astana and
# Akmola region. The national final figure is taken at 21:00 Astana time, when the stations in
# the UTC+5 regions closed.
NATIONAL_FINAL_HOUR = 21
CEC_TURNOUT: dict[str | None, tuple[int, dict[int, float]]] = {
    None: (NATIONAL_REGISTERED,
           {10: 13.98, 12: 33.75, 14: 48.62, 16: 59.21, 18: 65.80, NATIONAL_FINAL_HOUR: 69.44}),
    "astana": (812_604, {10: 11.42, 12: 29.07, 14: 43.51, 16: 54.36, 18: 61.17, 20: 64.90}),
    "akmola": (531_287, {10: 17.26, 12: 40.85, 14: 57.93, 16: 68.14, 18: 74.02, 20: 77.61}),
}

# Which published curve a district's stations follow.
CURVE_OF_UNIT = {
    "astana-almaty": "astana",
    "astana-baikonyr": "astana",
    "astana-yesil": "astana",
    "astana-saryarka": "astana",
    "akmola-tselinograd": "akmola",
}


def cec_voters(unit: str | None, hour: int) -> int:
    registered, curve = CEC_TURNOUT[unit]
    if unit is None and hour == NATIONAL_FINAL_HOUR:
        return NATIONAL_VOTERS
    return round(registered * curve[hour] / 100)


def turnout_percent(curve_key: str, at: time) -> float:
    """The published curve read at any time of the day (straight lines between the hours)."""
    _, curve = CEC_TURNOUT[curve_key]
    points = [(7.0, 0.0)] + [(float(h), p) for h, p in sorted(curve.items())]
    hour = at.hour + at.minute / 60
    if hour >= points[-1][0]:
        return points[-1][1]
    for (h0, p0), (h1, p1) in zip(points, points[1:]):
        if h0 <= hour <= h1:
            return p0 + (p1 - p0) * (hour - h0) / (h1 - h0)
    return 0.0


# Small, fixed departures from the district curve: stations differ, their average does not.
_STATION_SPREAD = (0.97, 1.02, 0.99, 1.03, 0.98, 1.01, 1.00, 0.96, 1.04, 0.995, 1.005)


def ballots_issued(station: DemoStation, index: int, at: time) -> int:
    share = turnout_percent(CURVE_OF_UNIT[station.unit], at) / 100
    share *= _STATION_SPREAD[index % len(_STATION_SPREAD)]
    return min(station.registered_voters, round(station.registered_voters * share))


@dataclass(frozen=True)
class VisitFindings:
    answers: dict[str, str]  # question name -> stored value
    notes: str
    incident: tuple[str, str] | None = None  # (category, description), always minor


@dataclass(frozen=True)
class Remark:
    """A station where the team saw something worth writing down."""

    answers: dict[str, str]
    notes: str = ""
    incident: tuple[str, str] | None = None  # (category, description), always minor


REMARKS: dict[str, Remark] = {
    "A3": Remark({"signposted": "no"},
                 "Signs only at the school gate; voters asked the way to the hall."),
    "B3": Remark({"crowding": "somewhat_crowded", "voting_rating": "good"},
                 "Queue of about 30 voters at noon; the commission opened a second table."),
    "C3": Remark({"wheelchair_access": "no", "voting_rating": "good"},
                 "Three steps at the entrance and no ramp; commission members helped a voter "
                 "in a wheelchair and the mobile box was offered."),
    "S2": Remark({"violations_observed": "yes", "violations_seriousness": "minor",
                  "violations_description": "A voter photographed his marked ballot; the chair "
                                            "reminded him that the vote is secret.",
                  "voting_rating": "good"},
                 "Chair handled the case calmly and noted it in the commission's log.",
                 incident=("secrecy of the vote", "A voter photographed his marked ballot in the "
                                                  "booth; the chair reminded him that the vote "
                                                  "is secret.")),
    "A4": Remark({"id_checked": "mostly"},
                 "A few elderly voters known to the commission were handed ballots after only "
                 "a glance at their documents."),
    "Y3": Remark({"aids_impaired": "not_observed"},
                 "Could not see whether Braille templates were available."),
}

_DOMESTIC = (
    ("candidates parties public_associations", 5),
    ("candidates public_associations", 3),
    ("candidates parties public_associations media", 7),
    ("parties public_associations", 4),
)
_INTERLOCUTORS = ("chair voters", "chair members domestic_observers", "chair voters domestic_observers")


def report_answers(
    station: DemoStation,
    unit_name: str,
    index: int,
    phase: Phase,
    arrived: time,
    departed: time,
    issued: int,
    issued_at: time,
) -> VisitFindings:
    """What the team wrote down at one visit.

    Only questions relevant to the phase are answered, as a form with relevance rules would.
    """
    domestic, domestic_count = _DOMESTIC[index % len(_DOMESTIC)]
    answers: dict[str, str] = {
        "station_number": station.number,
        "unit_name": unit_name,
        "arrival_time": arrived.strftime("%H:%M"),
        "departure_time": departed.strftime("%H:%M"),
        "phase": phase.value,
        "signposted": "yes",
        "wheelchair_access": "yes",
        "aids_impaired": "yes",
        "help_elderly_disabled": "yes",
        "campaign_material": "no",
        "crowding": "somewhat_crowded" if 10 <= arrived.hour < 13 and index % 3 == 0 else "not_crowded",
        "unauthorised_persons": "no",
        "domestic_observers": domestic,
        "domestic_observers_count": str(domestic_count + index % 3),
        "observation_unrestricted": "yes",
        "turnout_info_given": "yes",
        "registered_voters": str(station.registered_voters),
        "ballots_issued": str(issued),
        "ballots_issued_time": issued_at.strftime("%H:%M"),
        "complaints_filed": "no",
        "violations_observed": "no",
        "people_talked_to": _INTERLOCUTORS[index % len(_INTERLOCUTORS)],
    }
    if phase is Phase.OPENING:
        answers |= {
            "opening_on_time": "yes",
            "quorum_present": "yes",
            "boxes_shown_empty": "yes",
            "boxes_sealed": "yes",
            "seal_numbers": "0451217, 0451218; mobile box 0451219",
            "unused_ballots_counted": "yes",
            "materials_missing": "none",
            "opening_rating": "very_good",
        }
        notes = ("Opened at 07:00 sharp; the empty boxes were shown to everyone present "
                 "before sealing.")
    else:
        answers |= {
            "id_checked": "always",
            "voters_signed": "yes",
            "secrecy_possible": "yes",
            "group_voting": "no",
            "multiple_voting": "no",
            "seals_intact": "yes",
            "mobile_voting": "yes" if index % 4 == 1 else "not_observed",
            "pressure_on_voters": "no",
            "voting_rating": "very_good",
        }
        notes = "Calm and orderly; the commission answered all questions in detail."
    if phase is Phase.COUNT:
        answers |= {
            "closed_on_time": "yes",
            "unused_cancelled": "yes",
            "validity_consistent": "yes",
            "figures_reconcile": "yes",
            "protocol_posted": "yes",
            "count_rating": "very_good",
        }
        notes = ("Closed at 20:00 after the last voters in the queue had voted; the count was "
                 "orderly and the protocol was posted at the entrance.")
    remark = REMARKS.get(station.key)
    if remark is None:
        return VisitFindings(answers, notes)
    return VisitFindings(answers | remark.answers, remark.notes, remark.incident)

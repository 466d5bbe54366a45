"""The demo mission's teams and programme, 17-21 November 2022, in Astana local time.

The programme follows what such missions do: arrival and briefing, the CEC leadership and the
foreign ministry, the other international missions, public observers and candidates' offices,
the territorial commissions, then election day in seven teams and the press conference.
Nobody is in two places at once: the tests check it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models import EventKind, Phase
from .demo_people import OBSERVERS

TIME_ZONE = "Asia/Almaty"  # Astana and Akmola region, UTC+6 in 2022

ALL = "all"  # every member of the mission
DELEGATION = ("SCO-01", "SCO-13", "SCO-02", "SCO-03")  # head, deputy, coordinator, interpreter


@dataclass(frozen=True)
class DemoTeam:
    name: str
    members: tuple[str, ...]
    area: str
    area_unit: str
    vehicle: str
    driver_name: str
    driver_phone: str
    interpreter: str | None = None
    notes: str = ""


TEAMS: tuple[DemoTeam, ...] = (
    DemoTeam("Team 1", ("SCO-01", "SCO-03"), "Astana, Yesil District", "astana-yesil",
             "Toyota Land Cruiser 200, 101 SCO 01", "Serik Abenov", "+7 701 555 2001",
             interpreter="SCO-03", notes="Head of mission's team"),
    DemoTeam("Team 2", ("SCO-13", "SCO-17"), "Astana, Almaty District", "astana-almaty",
             "Toyota Camry, 102 SCO 01", "Daniyar Kassymov", "+7 701 555 2002"),
    DemoTeam("Team 3", ("SCO-06", "SCO-10"), "Astana, Baikonyr District", "astana-baikonyr",
             "Hyundai Staria, 103 SCO 01", "Nurlan Zhaksylykov", "+7 701 555 2003",
             notes="Chinese-Russian interpreter provided by the host"),
    DemoTeam("Team 4", ("SCO-14", "SCO-16"), "Astana, Saryarka District", "astana-saryarka",
             "Toyota Camry, 104 SCO 01", "Yerlan Mukhamedzhanov", "+7 701 555 2004"),
    DemoTeam("Team 5", ("SCO-07", "SCO-08"), "Astana, Yesil and Almaty Districts", "astana-yesil",
             "Kia Carnival, 105 SCO 01", "Askar Beisenov", "+7 701 555 2005",
             notes="English-Russian interpreter provided by the host"),
    DemoTeam("Team 6", ("SCO-11", "SCO-05"), "Akmola Region, Tselinograd District",
             "akmola-tselinograd", "Toyota Land Cruiser Prado, 106 SCO 03", "Marat Ospanov",
             "+7 701 555 2006", notes="Longer drives between villages: leave the hotel at 08:00"),
    DemoTeam("Team 7", ("SCO-02", "SCO-15"), "Astana, Almaty and Saryarka Districts",
             "astana-saryarka", "Toyota Camry, 107 SCO 01", "Timur Akhmetov", "+7 701 555 2007",
             notes="Coordinates the teams from the hotel in the morning; follows the count"),
)

ALL_TEAMS = tuple(team.name for team in TEAMS)


@dataclass(frozen=True)
class DemoEvent:
    day: date
    start: str  # "HH:MM", local
    end: str
    kind: EventKind
    title: str
    venue: str | None = None
    counterpart: str = ""
    observers: tuple[str, ...] | str = ()
    teams: tuple[str, ...] = ()
    notes: str = ""


NOV17, NOV18, NOV19, NOV20, NOV21 = (date(2022, 11, d) for d in range(17, 22))
OTHERS = tuple(o.code for o in OBSERVERS if o.code not in DELEGATION)

EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent(NOV17, "18:00", "19:30", EventKind.BRIEFING,
              "Mission briefing: programme, security, election-day procedure", "hotel",
              observers=ALL),
    DemoEvent(NOV18, "10:00", "11:30", EventKind.MEETING,
              "Meeting with the leadership of the Central Election Commission", "cec",
              "Chair, deputy chair and secretary of the CEC", observers=ALL),
    DemoEvent(NOV18, "12:30", "13:30", EventKind.MEETING,
              "Meeting at the Ministry of Foreign Affairs", "mfa",
              "Deputy Minister of Foreign Affairs", observers=DELEGATION),
    DemoEvent(NOV18, "14:30", "16:30", EventKind.BRIEFING,
              "Briefing by CEC staff on voting and counting procedures", "press",
              "CEC legal department", observers=OTHERS),
    DemoEvent(NOV18, "15:00", "16:00", EventKind.MEETING,
              "Meeting with the CIS Observer Mission", "hotel",
              "Head of the CIS Observer Mission", observers=DELEGATION),
    DemoEvent(NOV18, "16:30", "17:30", EventKind.MEETING,
              "Meeting with the OSCE/ODIHR Election Observation Mission", "hotel",
              "Head of the OSCE/ODIHR mission and core team", observers=DELEGATION),
    DemoEvent(NOV19, "10:00", "11:00", EventKind.MEETING,
              "Meeting with the Organisation of Turkic States observer mission", "hotel",
              "Head of the OTS observer mission", observers=DELEGATION),
    DemoEvent(NOV19, "10:00", "11:00", EventKind.MEETING,
              "Meeting with domestic public observers", "press",
              "Coalition of public associations observing the election",
              teams=("Team 3", "Team 4", "Team 5", "Team 6")),
    DemoEvent(NOV19, "11:30", "12:30", EventKind.MEETING,
              "Meeting at a candidate's campaign headquarters", "hq-a",
              "Head of the campaign headquarters of candidate A",
              teams=("Team 1", "Team 2", "Team 7")),
    DemoEvent(NOV19, "11:30", "12:30", EventKind.MEETING,
              "Meeting at a candidate's campaign headquarters", "hq-b",
              "Head of the campaign headquarters of candidate B", teams=("Team 3", "Team 4")),
    DemoEvent(NOV19, "11:30", "12:30", EventKind.MEETING,
              "Meeting at a candidate's campaign headquarters", "hq-c",
              "Head of the campaign headquarters of candidate C", teams=("Team 5", "Team 6")),
    DemoEvent(NOV19, "14:30", "16:00", EventKind.MEETING,
              "Territorial election commission: preparations for voting", "tec-yesil",
              "Chair of the territorial election commission", teams=("Team 1", "Team 5")),
    DemoEvent(NOV19, "14:30", "16:00", EventKind.MEETING,
              "Territorial election commission: preparations for voting", "tec-almaty",
              "Chair of the territorial election commission", teams=("Team 2",)),
    DemoEvent(NOV19, "14:30", "16:00", EventKind.MEETING,
              "Territorial election commission: preparations for voting", "tec-baikonyr",
              "Chair of the territorial election commission", teams=("Team 3",)),
    DemoEvent(NOV19, "14:30", "16:00", EventKind.MEETING,
              "Territorial election commission: preparations for voting", "tec-saryarka",
              "Chair of the territorial election commission", teams=("Team 4", "Team 7")),
    DemoEvent(NOV19, "15:00", "16:30", EventKind.MEETING,
              "Territorial election commission: preparations for voting", "tec-tselinograd",
              "Chair of the territorial election commission", teams=("Team 6",)),
    DemoEvent(NOV19, "18:00", "19:00", EventKind.BRIEFING,
              "Election-day briefing and deployment of the teams", "hotel", teams=ALL_TEAMS),
    DemoEvent(NOV21, "09:00", "10:00", EventKind.BRIEFING,
              "Debriefing of the teams", "hotel", teams=ALL_TEAMS),
    DemoEvent(NOV21, "11:00", "12:00", EventKind.MEETING,
              "Press conference: the mission's statement", "press",
              "National and foreign media", observers=DELEGATION),
)


@dataclass(frozen=True)
class DemoVisit:
    team: str
    station: str  # DemoStation.key
    start: str
    end: str
    phase: Phase = Phase.VOTING


# Election day, 20 November: each of the 22 stations is visited once, by one team.
VISITS: tuple[DemoVisit, ...] = (
    DemoVisit("Team 1", "Y1", "06:45", "07:30", Phase.OPENING),
    DemoVisit("Team 1", "Y2", "09:30", "10:15"),
    DemoVisit("Team 1", "Y3", "11:30", "12:15"),
    DemoVisit("Team 2", "A1", "08:00", "08:45"),
    DemoVisit("Team 2", "A2", "09:45", "10:30"),
    DemoVisit("Team 2", "A3", "14:00", "14:45"),
    DemoVisit("Team 3", "B1", "08:30", "09:15"),
    DemoVisit("Team 3", "B2", "10:15", "11:00"),
    DemoVisit("Team 3", "B3", "12:45", "13:30"),
    DemoVisit("Team 3", "B4", "15:30", "16:15"),
    DemoVisit("Team 4", "S1", "09:00", "09:45"),
    DemoVisit("Team 4", "S2", "11:00", "11:45"),
    DemoVisit("Team 4", "S3", "14:30", "15:15"),
    DemoVisit("Team 5", "Y4", "08:15", "09:00"),
    DemoVisit("Team 5", "Y5", "10:00", "10:45"),
    DemoVisit("Team 5", "A4", "12:30", "13:15"),
    DemoVisit("Team 6", "C1", "08:45", "09:30"),
    DemoVisit("Team 6", "C2", "10:30", "11:15"),
    DemoVisit("Team 6", "C3", "13:00", "13:45"),
    DemoVisit("Team 6", "C4", "15:15", "16:00"),
    DemoVisit("Team 7", "A5", "16:30", "17:15"),
    DemoVisit("Team 7", "S4", "19:30", "22:15", Phase.COUNT),
)

# Leaving the hotel for the airport this long before the flight.
AIRPORT_LEAD_MINUTES = 135
# Arrival events cover landing, formalities and the drive to the hotel.
ARRIVAL_TRANSFER_MINUTES = 75

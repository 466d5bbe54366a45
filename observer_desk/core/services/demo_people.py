"""The demo mission's sending bodies and its eighteen observers.

Every person here is invented: names, dates of birth, passport numbers (DEMO0000xx), e-mail
addresses (example.org) and telephone numbers (555 blocks). The institutions and posts are real
kinds of posts, so that lists, badges and the statement look like a mission's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..models import AccreditationStatus, BodyKind, BodyType, MissionRole, Sex


@dataclass(frozen=True)
class DemoBody:
    code: str
    kind: BodyKind
    body_type: BodyType
    country_code: str | None
    name_en: str
    name_ru: str
    name_zh: str
    quota: int


BODIES: tuple[DemoBody, ...] = (
    DemoBody("CN", BodyKind.STATE, BodyType.MEMBER_STATE, "CN", "People's Republic of China",
             "Китайская Народная Республика", "中华人民共和国", 2),
    DemoBody("IN", BodyKind.STATE, BodyType.MEMBER_STATE, "IN", "Republic of India",
             "Республика Индия", "印度共和国", 2),
    DemoBody("KG", BodyKind.STATE, BodyType.MEMBER_STATE, "KG", "Kyrgyz Republic",
             "Кыргызская Республика", "吉尔吉斯共和国", 2),
    DemoBody("PK", BodyKind.STATE, BodyType.MEMBER_STATE, "PK", "Islamic Republic of Pakistan",
             "Исламская Республика Пакистан", "巴基斯坦伊斯兰共和国", 2),
    DemoBody("RU", BodyKind.STATE, BodyType.MEMBER_STATE, "RU", "Russian Federation",
             "Российская Федерация", "俄罗斯联邦", 3),
    DemoBody("TJ", BodyKind.STATE, BodyType.MEMBER_STATE, "TJ", "Republic of Tajikistan",
             "Республика Таджикистан", "塔吉克斯坦共和国", 2),
    DemoBody("UZ", BodyKind.STATE, BodyType.MEMBER_STATE, "UZ", "Republic of Uzbekistan",
             "Республика Узбекистан", "乌兹别克斯坦共和国", 2),
    DemoBody("SEC", BodyKind.ORGANISATION, BodyType.SECRETARIAT, None, "SCO Secretariat",
             "Секретариат ШОС", "上海合作组织秘书处", 4),
    DemoBody("RATS", BodyKind.ORGANISATION, BodyType.RATS, None,
             "SCO Regional Anti-Terrorist Structure",
             "Региональная антитеррористическая структура ШОС",
             "上海合作组织地区反恐怖机构", 1),
)


@dataclass(frozen=True)
class Flight:
    number: str
    when: datetime  # local time in Astana, naive: the demo builder attaches the zone


# Arrivals on 17 November and departures on 21 November, Astana local time.
ARRIVALS = {
    "beijing": Flight("KC 886", datetime(2022, 11, 17, 13, 40)),
    "moscow": Flight("SU 1930", datetime(2022, 11, 17, 6, 25)),
    "bishkek": Flight("KC 110", datetime(2022, 11, 17, 11, 5)),
    "dushanbe": Flight("SZ 211", datetime(2022, 11, 17, 12, 20)),
    "tashkent": Flight("HY 721", datetime(2022, 11, 17, 10, 30)),
    "delhi": Flight("KC 912", datetime(2022, 11, 17, 7, 55)),
    "islamabad": Flight("KC 981", datetime(2022, 11, 17, 15, 10)),
}
DEPARTURES = {
    "beijing": Flight("KC 885", datetime(2022, 11, 21, 16, 45)),
    "moscow": Flight("SU 1931", datetime(2022, 11, 21, 15, 30)),
    "bishkek": Flight("KC 109", datetime(2022, 11, 21, 14, 50)),
    "dushanbe": Flight("SZ 212", datetime(2022, 11, 21, 14, 20)),
    "tashkent": Flight("HY 722", datetime(2022, 11, 21, 15, 5)),
    "delhi": Flight("KC 911", datetime(2022, 11, 21, 19, 10)),
    "islamabad": Flight("KC 980", datetime(2022, 11, 21, 17, 35)),
}

HOTEL = "Grand Yesil Hotel, 12 Kabanbay Batyr Avenue, Astana"


@dataclass(frozen=True)
class DemoObserver:
    code: str
    body: str
    family_name: str
    given_names: str
    native_name: str
    sex: Sex
    born: date
    citizenship: str
    institution: str
    position: str
    authority_type: BodyType
    role: MissionRole
    languages: str
    email: str
    phone: str
    route: str  # key of ARRIVALS / DEPARTURES
    passport_expiry: date
    status: AccreditationStatus
    has_photo: bool = True
    notes: str = ""

    @property
    def passport_number(self) -> str:
        return f"DEMO0000{self.code[-2:]}"


_SEC = "SCO Secretariat"
_RATS = "Executive Committee of the SCO Regional Anti-Terrorist Structure"
A = AccreditationStatus

OBSERVERS: tuple[DemoObserver, ...] = (
    DemoObserver(
        "SCO-01", "SEC", "Hamidzoda", "Firuz", "Ҳамидзода Фирӯз", Sex.MALE, date(1963, 4, 12), "TJ",
        _SEC, "Secretary-General of the Shanghai Cooperation Organisation", BodyType.SECRETARIAT,
        MissionRole.HEAD, "tg,ru,en,zh", "f.hamidzoda@example.org", "+86 10 5555 0101",
        "beijing", date(2029, 6, 30), A.BADGE_ISSUED),
    DemoObserver(
        "SCO-02", "SEC", "Qiao", "Mingyuan", "乔明远", Sex.MALE, date(1978, 9, 3), "CN",
        _SEC, "Counsellor, Political Affairs", BodyType.SECRETARIAT,
        MissionRole.COORDINATOR, "zh,ru,en", "qiao.mingyuan@example.org", "+86 138 5555 0102",
        "beijing", date(2030, 1, 14), A.BADGE_ISSUED),
    DemoObserver(
        "SCO-03", "SEC", "Belova", "Anastasia", "Белова Анастасия Игоревна", Sex.FEMALE,
        date(1990, 2, 21), "RU", _SEC, "Translator-interpreter (Chinese and Russian)",
        BodyType.SECRETARIAT, MissionRole.INTERPRETER, "ru,zh,en", "a.belova@example.org",
        "+86 139 5555 0103", "beijing", date(2027, 8, 9), A.ACCREDITED),
    DemoObserver(
        "SCO-04", "SEC", "Sarsenbayeva", "Aigerim", "Сәрсенбаева Әйгерім", Sex.FEMALE,
        date(1993, 7, 30), "KZ", _SEC, "Press officer", BodyType.SECRETARIAT, MissionRole.STAFF,
        "kk,ru,en,zh", "a.sarsenbayeva@example.org", "+86 136 5555 0104", "beijing",
        date(2031, 3, 2), A.NOMINATED, has_photo=False,
        notes="Nominated late to handle the press conference; documents still to come."),
    DemoObserver(
        "SCO-05", "RATS", "Yusupov", "Jahongir", "Юсупов Жаҳонгир", Sex.MALE, date(1975, 11, 8), "UZ",
        _RATS, "Head of Department", BodyType.RATS, MissionRole.OBSERVER, "uz,ru,en",
        "j.yusupov@example.org", "+998 71 555 0105", "tashkent", date(2028, 11, 1), A.ACCREDITED),
    DemoObserver(
        "SCO-06", "CN", "Zhou", "Hanqing", "周汉卿", Sex.MALE, date(1966, 5, 17), "CN",
        "Standing Committee of the National People's Congress of the People's Republic of China",
        "Member of the Standing Committee", BodyType.LEGISLATIVE, MissionRole.OBSERVER, "zh,en",
        "zhou.hanqing@example.org", "+86 10 5555 0106", "beijing", date(2026, 4, 22), A.ACCREDITED),
    DemoObserver(
        "SCO-07", "CN", "Fang", "Yuening", "方悦宁", Sex.FEMALE, date(1981, 12, 2), "CN",
        "Ministry of Foreign Affairs of the People's Republic of China",
        "Counsellor, Department of European-Central Asian Affairs", BodyType.EXECUTIVE,
        MissionRole.OBSERVER, "zh,ru,en", "fang.yuening@example.org", "+86 137 5555 0107",
        "beijing", date(2028, 2, 18), A.ACCREDITED),
    DemoObserver(
        "SCO-08", "IN", "Raghavan", "Anand", "", Sex.MALE, date(1970, 3, 25), "IN",
        "Election Commission of India", "Deputy Election Commissioner",
        BodyType.ELECTION_AUTHORITY, MissionRole.OBSERVER, "en,hi", "anand.raghavan@example.org",
        "+91 98 5555 0108", "delhi", date(2030, 9, 5), A.ACCREDITED),
    DemoObserver(
        "SCO-09", "IN", "Deshpande", "Kavita", "", Sex.FEMALE, date(1979, 8, 14), "IN",
        "Lok Sabha Secretariat, Parliament of India", "Joint Secretary", BodyType.LEGISLATIVE,
        MissionRole.OBSERVER, "en,hi", "kavita.deshpande@example.org", "+91 99 5555 0109",
        "delhi", date(2029, 12, 11), A.SUBMITTED,
        notes="Nominated late; the CEC has not yet answered the note."),
    DemoObserver(
        "SCO-10", "KG", "Omurbekova", "Ainura", "Өмүрбекова Айнура", Sex.FEMALE, date(1977, 1, 19),
        "KG", "Central Election Commission of the Kyrgyz Republic", "Member of the Commission",
        BodyType.ELECTION_AUTHORITY, MissionRole.OBSERVER, "ky,ru", "a.omurbekova@example.org",
        "+996 312 555 010", "bishkek", date(2027, 5, 27), A.ACCREDITED),
    DemoObserver(
        "SCO-11", "KG", "Tumonbaev", "Erlan", "Түмөнбаев Эрлан Кеңешович", Sex.MALE,
        date(1969, 10, 6), "KG", "Jogorku Kenesh (Parliament) of the Kyrgyz Republic",
        "Deputy of the Jogorku Kenesh", BodyType.LEGISLATIVE, MissionRole.OBSERVER, "ky,ru",
        "e.tumonbaev@example.org", "+996 312 555 011", "bishkek", date(2028, 7, 13),
        A.ACCREDITED, has_photo=False),
    DemoObserver(
        "SCO-12", "PK", "Zaidi", "Ahsan Raza", "", Sex.MALE, date(1974, 6, 11), "PK",
        "Ministry of Foreign Affairs of the Islamic Republic of Pakistan", "Director (SCO)",
        BodyType.EXECUTIVE, MissionRole.OBSERVER, "en,ur", "ahsan.zaidi@example.org",
        "+92 51 5555 0112", "islamabad", date(2027, 10, 3), A.SUBMITTED,
        notes="Replaces an observer who could not travel."),
    DemoObserver(
        "SCO-13", "RU", "Voronin", "Pavel", "Воронин Павел Андреевич", Sex.MALE, date(1964, 7, 28),
        "RU", "State Duma of the Federal Assembly of the Russian Federation",
        "Deputy of the State Duma", BodyType.LEGISLATIVE, MissionRole.DEPUTY, "ru,en",
        "p.voronin@example.org", "+7 495 555 0113", "moscow", date(2028, 3, 21), A.ACCREDITED),
    DemoObserver(
        "SCO-14", "RU", "Ignatova", "Marina", "Игнатова Марина Сергеевна", Sex.FEMALE,
        date(1972, 3, 9), "RU", "Central Election Commission of the Russian Federation",
        "Member of the Central Election Commission", BodyType.ELECTION_AUTHORITY,
        MissionRole.OBSERVER, "ru,en", "m.ignatova@example.org", "+7 495 555 0114", "moscow",
        # expires four months after the mission: the roster should warn about it
        date(2023, 3, 14), A.ACCREDITED),
    DemoObserver(
        "SCO-15", "TJ", "Saidi", "Nigora", "Саидӣ Нигора", Sex.FEMALE, date(1983, 5, 22), "TJ",
        "Central Commission for Elections and Referenda of the Republic of Tajikistan",
        "Member of the Commission", BodyType.ELECTION_AUTHORITY, MissionRole.OBSERVER, "tg,ru,en",
        "n.saidi@example.org", "+992 37 555 0115", "dushanbe", date(2029, 1, 8), A.ACCREDITED),
    DemoObserver(
        "SCO-16", "TJ", "Odinazoda", "Jamshed", "Одиназода Ҷамшед", Sex.MALE, date(1971, 2, 14), "TJ",
        "Majlisi Oli (Parliament) of the Republic of Tajikistan",
        "Member of the Majlisi Namoyandagon (Assembly of Representatives)", BodyType.LEGISLATIVE,
        MissionRole.OBSERVER, "tg,ru", "j.odinazoda@example.org", "+992 37 555 0116", "dushanbe",
        date(2026, 12, 19), A.ACCREDITED, has_photo=False),
    DemoObserver(
        "SCO-17", "UZ", "Tukhtaev", "Sherzod", "Тўхтаев Шерзод", Sex.MALE, date(1976, 9, 30), "UZ",
        "Central Election Commission of the Republic of Uzbekistan",
        "Member of the Central Election Commission", BodyType.ELECTION_AUTHORITY,
        MissionRole.OBSERVER, "uz,ru,en", "s.tukhtaev@example.org", "+998 71 555 0117",
        "tashkent", date(2030, 6, 6), A.ACCREDITED),
    DemoObserver(
        "SCO-18", "UZ", "Qodirova", "Feruza", "Қодирова Феруза", Sex.FEMALE, date(1985, 4, 4), "UZ",
        "Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan",
        "Member of the Legislative Chamber", BodyType.LEGISLATIVE, MissionRole.OBSERVER,
        "uz,ru,en", "f.qodirova@example.org", "+998 71 555 0118", "tashkent",
        date(2031, 9, 17), A.DOCUMENTS_COMPLETE),
)


@dataclass(frozen=True)
class Step:
    status: AccreditationStatus
    on: date
    reference: str = ""
    note: str = ""


# Two nomination rounds: the main list went to the CEC by note on 1 November; late nominations
# and a replacement followed on 14 November, the last working day before accreditation closed.
_MAIN_NOTE = "SCO/SEC/22-0147"
_LATE_NOTE = "SCO/SEC/22-0162"
MAIN_NOTE_DATE = date(2022, 11, 1)
LATE_NOTE_DATE = date(2022, 11, 14)
CERTIFICATE_DATE = date(2022, 11, 9)
BADGES_HANDED_OUT = date(2022, 11, 17)


def accreditation_steps(observer: DemoObserver, index: int) -> list[Step]:
    """The history that leads to the observer's current status, oldest first."""
    late = observer.status in (A.SUBMITTED, A.DOCUMENTS_COMPLETE, A.NOMINATED)
    if late:
        steps = [Step(A.NOMINATED, date(2022, 11, 2 + index % 3),
                      note="Nomination received by e-mail")]
        if observer.status is A.NOMINATED:
            return [Step(A.NOMINATED, date(2022, 11, 15), note="Nomination received by e-mail")]
        steps.append(Step(A.DOCUMENTS_COMPLETE, date(2022, 11, 10),
                          note="Passport copy, photo and biography received"))
        if observer.status is A.SUBMITTED:
            steps.append(Step(A.SUBMITTED, LATE_NOTE_DATE, _LATE_NOTE,
                              "Sent to the CEC through the Ministry of Foreign Affairs"))
        return steps
    steps = [
        Step(A.NOMINATED, date(2022, 10, 10 + index % 8), note="Nomination letter received"),
        Step(A.DOCUMENTS_COMPLETE, date(2022, 10, 24 + index % 5),
             note="Passport copy, photo and biography received"),
        Step(A.SUBMITTED, MAIN_NOTE_DATE, _MAIN_NOTE,
             "Sent to the CEC through the Ministry of Foreign Affairs"),
        Step(A.ACCREDITED, CERTIFICATE_DATE, certificate_number(index),
             "CEC resolution on the accreditation of foreign observers"),
    ]
    if observer.status is A.BADGE_ISSUED:
        steps.append(Step(A.BADGE_ISSUED, BADGES_HANDED_OUT, note="Badge handed over at the hotel"))
    return steps


def certificate_number(index: int) -> str:
    return f"CEC-IO-{417 + index:04d}"

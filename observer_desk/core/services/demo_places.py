"""Places of the demo mission: Kazakhstan's regions in 2022, the districts the teams covered,
their polling stations and the venues of the programme.

Station numbers, addresses and voter numbers are made up for the demo; the regions, their
names and their time zones are those of November 2022: UTC+5 in the five western regions and
UTC+6 elsewhere (the whole country moved to UTC+5 only in March 2024, so the IANA zones give
the right offsets for 2022 dates).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import UnitKind, VenueKind


@dataclass(frozen=True)
class DemoUnit:
    code: str
    kind: UnitKind
    name_en: str
    name_ru: str
    name_zh: str
    time_zone: str
    parent: str | None = None


UNITS: tuple[DemoUnit, ...] = (
    DemoUnit("abai", UnitKind.REGION, "Abai Region", "область Абай", "阿拜州", "Asia/Almaty"),
    DemoUnit("akmola", UnitKind.REGION, "Akmola Region", "Акмолинская область", "阿克莫拉州",
             "Asia/Almaty"),
    DemoUnit("aktobe", UnitKind.REGION, "Aktobe Region", "Актюбинская область", "阿克托别州",
             "Asia/Aqtobe"),
    DemoUnit("almaty-region", UnitKind.REGION, "Almaty Region", "Алматинская область",
             "阿拉木图州", "Asia/Almaty"),
    DemoUnit("atyrau", UnitKind.REGION, "Atyrau Region", "Атырауская область", "阿特劳州",
             "Asia/Atyrau"),
    DemoUnit("east-kazakhstan", UnitKind.REGION, "East Kazakhstan Region",
             "Восточно-Казахстанская область", "东哈萨克斯坦州", "Asia/Almaty"),
    DemoUnit("zhambyl", UnitKind.REGION, "Zhambyl Region", "Жамбылская область", "江布尔州",
             "Asia/Almaty"),
    DemoUnit("zhetisu", UnitKind.REGION, "Zhetisu Region", "область Жетісу", "杰特苏州",
             "Asia/Almaty"),
    DemoUnit("west-kazakhstan", UnitKind.REGION, "West Kazakhstan Region",
             "Западно-Казахстанская область", "西哈萨克斯坦州", "Asia/Oral"),
    DemoUnit("karaganda", UnitKind.REGION, "Karaganda Region", "Карагандинская область",
             "卡拉干达州", "Asia/Almaty"),
    DemoUnit("kostanay", UnitKind.REGION, "Kostanay Region", "Костанайская область", "科斯塔奈州",
             "Asia/Qostanay"),
    DemoUnit("kyzylorda", UnitKind.REGION, "Kyzylorda Region", "Кызылординская область",
             "克孜勒奥尔达州", "Asia/Qyzylorda"),
    DemoUnit("mangystau", UnitKind.REGION, "Mangystau Region", "Мангистауская область",
             "曼格斯套州", "Asia/Aqtau"),
    DemoUnit("pavlodar", UnitKind.REGION, "Pavlodar Region", "Павлодарская область", "巴甫洛达尔州",
             "Asia/Almaty"),
    DemoUnit("north-kazakhstan", UnitKind.REGION, "North Kazakhstan Region",
             "Северо-Казахстанская область", "北哈萨克斯坦州", "Asia/Almaty"),
    DemoUnit("turkistan", UnitKind.REGION, "Turkistan Region", "Туркестанская область",
             "突厥斯坦州", "Asia/Almaty"),
    DemoUnit("ulytau", UnitKind.REGION, "Ulytau Region", "область Ұлытау", "乌勒套州",
             "Asia/Almaty"),
    DemoUnit("astana", UnitKind.CITY, "Astana", "город Астана", "阿斯塔纳市", "Asia/Almaty"),
    DemoUnit("almaty", UnitKind.CITY, "Almaty", "город Алматы", "阿拉木图市", "Asia/Almaty"),
    DemoUnit("shymkent", UnitKind.CITY, "Shymkent", "город Шымкент", "奇姆肯特市", "Asia/Almaty"),
    # The districts the teams covered on election day.
    DemoUnit("astana-almaty", UnitKind.DISTRICT, "Almaty District", "район Алматы",
             "阿拉木图区", "Asia/Almaty", parent="astana"),
    DemoUnit("astana-baikonyr", UnitKind.DISTRICT, "Baikonyr District", "район Байконур",
             "拜科努尔区", "Asia/Almaty", parent="astana"),
    DemoUnit("astana-yesil", UnitKind.DISTRICT, "Yesil District", "район Есиль", "叶西尔区",
             "Asia/Almaty", parent="astana"),
    DemoUnit("astana-saryarka", UnitKind.DISTRICT, "Saryarka District", "район Сарыарка",
             "萨雷阿尔卡区", "Asia/Almaty", parent="astana"),
    DemoUnit("akmola-tselinograd", UnitKind.DISTRICT, "Tselinograd District",
             "Целиноградский район", "采利诺格勒区", "Asia/Almaty", parent="akmola"),
)

TOP_LEVEL_UNIT_COUNT = sum(1 for unit in UNITS if unit.parent is None)


@dataclass(frozen=True)
class DemoStation:
    key: str  # used by the programme to name the station
    number: str
    unit: str
    name: str
    address: str
    registered_voters: int
    latitude: float
    longitude: float


STATIONS: tuple[DemoStation, ...] = (
    # Yesil district (left bank)
    DemoStation("Y1", "201", "astana-yesil", "School-lyceum No. 61",
                "8 Turan Avenue, Astana", 2318, 51.1268, 71.4087),
    DemoStation("Y2", "214", "astana-yesil", "Secondary school No. 72",
                "25 Kabanbay Batyr Avenue, Astana", 2764, 51.1105, 71.4213),
    DemoStation("Y3", "227", "astana-yesil", "Nazarbayev Intellectual School, assembly hall",
                "37 Hussein bin Talal Street, Astana", 1947, 51.0919, 71.4036),
    DemoStation("Y4", "236", "astana-yesil", "Secondary school No. 83",
                "11 Syganak Street, Astana", 2581, 51.1174, 71.4398),
    DemoStation("Y5", "248", "astana-yesil", "Kindergarten-school complex No. 90",
                "4 Mangilik El Avenue, Astana", 1833, 51.0987, 71.4302),
    # Almaty district (right bank, east)
    DemoStation("A1", "12", "astana-almaty", "Secondary school No. 18",
                "42 Tauelsizdik Avenue, Astana", 2493, 51.1463, 71.4712),
    DemoStation("A2", "27", "astana-almaty", "Gymnasium No. 5",
                "16 Shakarim Kudaiberdiuly Street, Astana", 2105, 51.1552, 71.4860),
    DemoStation("A3", "41", "astana-almaty", "House of Culture",
                "9 Zhumabek Tashenov Street, Astana", 1688, 51.1601, 71.5024),
    DemoStation("A4", "58", "astana-almaty", "Secondary school No. 44",
                "3 Ryskulov Street, Astana", 2877, 51.1489, 71.4951),
    DemoStation("A5", "66", "astana-almaty", "College of Construction",
                "21 Nurly Zhol Avenue, Astana", 1412, 51.1395, 71.5107),
    # Baikonyr district (right bank, north-east)
    DemoStation("B1", "103", "astana-baikonyr", "Secondary school No. 9",
                "56 Abai Avenue, Astana", 2236, 51.1712, 71.4486),
    DemoStation("B2", "117", "astana-baikonyr", "School-gymnasium No. 31",
                "14 Zhenis Avenue, Astana", 2649, 51.1794, 71.4311),
    DemoStation("B3", "129", "astana-baikonyr", "Youth Centre",
                "7 Ak Bidai Street, Astana", 1976, 51.1860, 71.4593),
    DemoStation("B4", "142", "astana-baikonyr", "Secondary school No. 55",
                "33 Koktal Street, Astana", 2412, 51.1923, 71.4735),
    # Saryarka district (right bank, north-west)
    DemoStation("S1", "305", "astana-saryarka", "Secondary school No. 3",
                "18 Seifullin Street, Astana", 2150, 51.1681, 71.4154),
    DemoStation("S2", "318", "astana-saryarka", "School-lyceum No. 23",
                "45 Saryarka Avenue, Astana", 2533, 51.1748, 71.3987),
    DemoStation("S3", "332", "astana-saryarka", "Railway workers' Palace of Culture",
                "2 Bejbitshilik Street, Astana", 1874, 51.1826, 71.4069),
    DemoStation("S4", "347", "astana-saryarka", "Secondary school No. 67",
                "29 Respublika Avenue, Astana", 2298, 51.1657, 71.4262),
    # Tselinograd district of Akmola region, around the capital
    DemoStation("C1", "512", "akmola-tselinograd", "Kosshy secondary school No. 1",
                "6 Respublika Street, Kosshy", 2710, 51.0612, 71.3689),
    DemoStation("C2", "518", "akmola-tselinograd", "Talapker village school",
                "12 Mektep Street, Talapker", 1385, 51.1031, 71.2154),
    DemoStation("C3", "523", "akmola-tselinograd", "Akmol village House of Culture",
                "1 Gagarin Street, Akmol", 1642, 51.0128, 71.2376),
    DemoStation("C4", "531", "akmola-tselinograd", "Koyandy village school",
                "20 Bereke Street, Koyandy", 1107, 51.1480, 71.6115),
)


@dataclass(frozen=True)
class DemoVenue:
    key: str
    kind: VenueKind
    name: str
    address: str
    unit: str
    latitude: float
    longitude: float


VENUES: tuple[DemoVenue, ...] = (
    DemoVenue("hotel", VenueKind.HOTEL, "Grand Yesil Hotel",
              "12 Kabanbay Batyr Avenue, Astana", "astana-yesil", 51.1243, 71.4301),
    DemoVenue("cec", VenueKind.ELECTION_COMMISSION,
              "Central Election Commission of the Republic of Kazakhstan",
              "House of Ministries, 8 Mangilik El Avenue, Astana", "astana-yesil", 51.1268, 71.4469),
    DemoVenue("mfa", VenueKind.MINISTRY, "Ministry of Foreign Affairs of the Republic of Kazakhstan",
              "31 Kunaev Street, Astana", "astana-yesil", 51.1283, 71.4357),
    DemoVenue("airport", VenueKind.AIRPORT, "Astana International Airport",
              "Airport, Astana", "astana-yesil", 51.0222, 71.4669),
    DemoVenue("press", VenueKind.OFFICE, "Press centre of the Central Election Commission",
              "House of Ministries, 8 Mangilik El Avenue, Astana", "astana-yesil", 51.1268, 71.4469),
    DemoVenue("hq-a", VenueKind.OFFICE, "Campaign headquarters of candidate A",
              "5 Dostyk Street, Astana", "astana-yesil", 51.1262, 71.4248),
    DemoVenue("hq-b", VenueKind.OFFICE, "Campaign headquarters of candidate B",
              "17 Kenesary Street, Astana", "astana-saryarka", 51.1641, 71.4195),
    DemoVenue("hq-c", VenueKind.OFFICE, "Campaign headquarters of candidate C",
              "40 Bogenbay Batyr Avenue, Astana", "astana-almaty", 51.1569, 71.4636),
    DemoVenue("tec-yesil", VenueKind.ELECTION_COMMISSION, "Territorial election commission of Yesil District",
              "Akimat of Yesil District, 4 Kabanbay Batyr Avenue, Astana", "astana-yesil",
              51.1189, 71.4274),
    DemoVenue("tec-almaty", VenueKind.ELECTION_COMMISSION,
              "Territorial election commission of Almaty District",
              "Akimat of Almaty District, 28 Tauelsizdik Avenue, Astana", "astana-almaty",
              51.1502, 71.4763),
    DemoVenue("tec-baikonyr", VenueKind.ELECTION_COMMISSION,
              "Territorial election commission of Baikonyr District",
              "Akimat of Baikonyr District, 10 Abai Avenue, Astana", "astana-baikonyr",
              51.1697, 71.4417),
    DemoVenue("tec-saryarka", VenueKind.ELECTION_COMMISSION,
              "Territorial election commission of Saryarka District",
              "Akimat of Saryarka District, 12 Seifullin Street, Astana", "astana-saryarka",
              51.1700, 71.4130),
    DemoVenue("tec-tselinograd", VenueKind.ELECTION_COMMISSION,
              "Territorial election commission of Tselinograd District",
              "Akimat of Tselinograd District, 1 Tauelsizdik Street, Akmol", "akmola-tselinograd",
              51.0141, 71.2410),
)

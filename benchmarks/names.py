"""Invented people for generated missions: names in the script of each sending body.

Family names and given names are drawn independently from short lists, so the people are
combinations no one carries on purpose. Each entry pairs the native spelling with a Latin one.
Kyrgyz names carry the letters (ң, ө, ү) that badge fonts must cover.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from observer_desk.core.models import Sex

Pair = tuple[str, str]  # (native script, Latin script)

CHINESE_FAMILY: tuple[Pair, ...] = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
    ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"),
)
CHINESE_GIVEN: tuple[Pair, ...] = (
    ("明", "Ming"), ("华", "Hua"), ("伟", "Wei"), ("芳", "Fang"), ("静", "Jing"), ("强", "Qiang"),
    ("军", "Jun"), ("平", "Ping"), ("文", "Wen"), ("海", "Hai"), ("涛", "Tao"), ("云", "Yun"),
    ("红", "Hong"), ("燕", "Yan"), ("玲", "Ling"), ("建", "Jian"), ("新", "Xin"), ("宇", "Yu"),
)

# Family names in -ov/-ev/-in take -a for women, in Cyrillic and in the transliteration alike.
CYRILLIC_FAMILY: dict[str, tuple[Pair, ...]] = {
    "RU": (("Кузнецов", "Kuznetsov"), ("Смирнов", "Smirnov"), ("Волков", "Volkov"),
           ("Соколов", "Sokolov"), ("Морозов", "Morozov"), ("Лебедев", "Lebedev"),
           ("Новиков", "Novikov"), ("Орлов", "Orlov"), ("Белов", "Belov"), ("Зайцев", "Zaitsev")),
    "KG": (("Өмүрбеков", "Omurbekov"), ("Асанов", "Asanov"), ("Үсөнов", "Usonov"),
           ("Токтосунов", "Toktosunov"), ("Сыдыков", "Sydykov"), ("Бекболотов", "Bekbolotov")),
    "TJ": (("Рахимов", "Rakhimov"), ("Саидов", "Saidov"), ("Назаров", "Nazarov"),
           ("Шарипов", "Sharipov"), ("Давлатов", "Davlatov"), ("Хакимов", "Khakimov")),
    "UZ": (("Юсупов", "Yusupov"), ("Ахмедов", "Akhmedov"), ("Турсунов", "Tursunov"),
           ("Абдуллаев", "Abdullaev"), ("Исмоилов", "Ismoilov"), ("Холматов", "Kholmatov")),
}
CYRILLIC_GIVEN: dict[str, dict[Sex, tuple[Pair, ...]]] = {
    "RU": {Sex.MALE: (("Алексей", "Aleksei"), ("Дмитрий", "Dmitrii"), ("Сергей", "Sergei"),
                      ("Андрей", "Andrei"), ("Игорь", "Igor"), ("Павел", "Pavel")),
           Sex.FEMALE: (("Ольга", "Olga"), ("Елена", "Elena"), ("Марина", "Marina"),
                        ("Наталья", "Natalia"), ("Ирина", "Irina"), ("Анна", "Anna"))},
    "KG": {Sex.MALE: (("Бакыт", "Bakyt"), ("Нурлан", "Nurlan"), ("Эрмек", "Ermek"),
                      ("Таалай", "Taalai"), ("Өмүр", "Omur")),
           Sex.FEMALE: (("Айгүл", "Aigul"), ("Нуриза", "Nuriza"), ("Күлүйпа", "Kuluipa"),
                        ("Жаңыл", "Zhangyl"), ("Чолпон", "Cholpon"))},
    "TJ": {Sex.MALE: (("Фарход", "Farkhod"), ("Рустам", "Rustam"), ("Джамшед", "Dzhamshed"),
                      ("Бахтиёр", "Bakhtiyor")),
           Sex.FEMALE: (("Зарина", "Zarina"), ("Мадина", "Madina"), ("Нигора", "Nigora"),
                        ("Шахноза", "Shakhnoza"))},
    "UZ": {Sex.MALE: (("Бобур", "Bobur"), ("Шахзод", "Shakhzod"), ("Улугбек", "Ulugbek"),
                      ("Жасур", "Zhasur")),
           Sex.FEMALE: (("Дилноза", "Dilnoza"), ("Гулнора", "Gulnora"), ("Малика", "Malika"),
                        ("Феруза", "Feruza"))},
}

LATIN_FAMILY: dict[str, tuple[str, ...]] = {
    "IN": ("Sharma", "Verma", "Iyer", "Nair", "Reddy", "Gupta", "Rao", "Menon", "Joshi", "Pillai"),
    "PK": ("Qureshi", "Siddiqui", "Malik", "Chaudhry", "Hashmi", "Abbasi", "Mirza", "Baig"),
}
LATIN_GIVEN: dict[str, dict[Sex, tuple[str, ...]]] = {
    "IN": {Sex.MALE: ("Arjun", "Rahul", "Vikram", "Sanjay", "Rohan", "Anil"),
           Sex.FEMALE: ("Priya", "Kavita", "Anjali", "Meera", "Sunita", "Deepa")},
    "PK": {Sex.MALE: ("Bilal", "Faisal", "Usman", "Hamza", "Kashif", "Tariq"),
           Sex.FEMALE: ("Ayesha", "Sana", "Hina", "Mahnoor", "Sadia", "Rabia")},
}

# Organisation bodies draw their staff from every member state.
STATE_CODES = ("CN", "IN", "KG", "PK", "RU", "TJ", "UZ")


@dataclass(frozen=True)
class Person:
    family_name: str  # Latin script
    given_names: str
    native_name: str  # the name in its own script, or "" when that is the Latin one
    sex: Sex
    citizenship: str


def _feminine(name: str) -> str:
    return name + "a" if name.endswith(("ov", "ev", "in")) else name


def _feminine_cyrillic(name: str) -> str:
    return name + "а" if name.endswith(("ов", "ев", "ин")) else name


def invent_person(rng: random.Random, body_code: str) -> Person:
    state = body_code if body_code in STATE_CODES else rng.choice(STATE_CODES)
    sex = Sex.FEMALE if rng.random() < 0.45 else Sex.MALE
    if state == "CN":
        family_native, family = rng.choice(CHINESE_FAMILY)
        parts = [rng.choice(CHINESE_GIVEN) for _ in range(rng.choice((1, 2, 2)))]
        given_native = "".join(native for native, _ in parts)
        given = "".join(latin for _, latin in parts).capitalize()
        return Person(family, given, family_native + given_native, sex, state)
    if state in CYRILLIC_FAMILY:
        family_native, family = rng.choice(CYRILLIC_FAMILY[state])
        given_native, given = rng.choice(CYRILLIC_GIVEN[state][sex])
        if sex is Sex.FEMALE:
            family_native, family = _feminine_cyrillic(family_native), _feminine(family)
        return Person(family, given, f"{family_native} {given_native}", sex, state)
    family = rng.choice(LATIN_FAMILY[state])
    given = rng.choice(LATIN_GIVEN[state][sex])
    return Person(family, given, "", sex, state)

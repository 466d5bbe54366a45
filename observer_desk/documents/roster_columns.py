"""The columns of nominations and roster workbooks: field, headers in English and Russian, and the
other headers states write for the same thing."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    SEX = "sex"
    ROLE = "role"
    BODY = "body"
    COUNTRY = "country"
    AUTHORITY = "authority"


@dataclass(frozen=True)
class Column:
    field: str
    en: str
    ru: str
    kind: Kind = Kind.TEXT
    synonyms: tuple[str, ...] = ()
    personal: bool = False  # left out of public rosters
    width_hint: int = 0

    @property
    def header(self) -> str:
        """The header of our own workbooks: English, then Russian."""
        return f"{self.en} / {self.ru}"


COLUMNS: tuple[Column, ...] = (
    Column("code", "Code", "Код", synonyms=("observer code", "observer id", "id", "код наблюдателя")),
    Column("family_name", "Family name", "Фамилия",
           synonyms=("surname", "last name", "family names", "surname (latin)", "фамилия (латиницей)")),
    Column("given_names", "Given names", "Имя",
           synonyms=("given name", "given name(s)", "first name", "first names", "forenames", "name",
                     "имя (латиницей)", "имя, отчество", "имя и отчество")),
    Column("native_name", "Name in own script", "Имя на родном языке",
           synonyms=("native name", "name in native script", "full name in native script",
                     "name (original script)", "фио", "фио на родном языке", "姓名", "中文姓名")),
    Column("sex", "Sex", "Пол", Kind.SEX, synonyms=("gender", "m/f")),
    Column("date_of_birth", "Date of birth", "Дата рождения", Kind.DATE,
           synonyms=("dob", "birth date", "date of birth (dd.mm.yyyy)", "birthday", "д.р."),
           personal=True),
    Column("citizenship", "Citizenship", "Гражданство", Kind.COUNTRY,
           synonyms=("nationality", "country of citizenship", "гражданство (страна)")),
    Column("sending_body", "Sending body", "Направляющая сторона", Kind.BODY,
           synonyms=("sending state", "member state", "state", "country", "delegation", "body",
                     "государство", "страна", "делегация", "государство/организация")),
    Column("institution", "Institution", "Организация",
           synonyms=("organisation", "organization", "agency", "authority", "place of work",
                     "место работы", "ведомство", "орган")),
    Column("position", "Position", "Должность", synonyms=("job title", "title", "post", "занимаемая должность")),
    Column("authority_type", "Branch", "Ветвь власти", Kind.AUTHORITY,
           synonyms=("authority type", "branch of power", "type of authority")),
    Column("mission_role", "Mission role", "Роль в миссии", Kind.ROLE,
           synonyms=("role", "role in the mission", "function", "роль", "функция в миссии")),
    Column("passport_number", "Passport No.", "№ паспорта",
           synonyms=("passport number", "passport no", "passport", "passport #", "номер паспорта",
                     "паспорт №", "паспорт", "серия и номер паспорта"), personal=True),
    Column("passport_expiry", "Passport expiry", "Срок действия паспорта", Kind.DATE,
           synonyms=("passport expiry date", "passport valid until", "date of expiry", "expiry date",
                     "valid until", "действителен до", "паспорт действителен до"), personal=True),
    Column("email", "E-mail", "Эл. почта",
           synonyms=("email", "e-mail address", "email address", "электронная почта", "e-mail адрес"),
           personal=True),
    Column("phone", "Phone", "Телефон",
           synonyms=("telephone", "mobile", "mobile phone", "tel", "tel.", "phone number",
                     "мобильный телефон", "номер телефона"), personal=True),
    Column("languages", "Languages", "Языки", synonyms=("language", "working languages", "владение языками")),
    Column("arrival_flight", "Arrival flight", "Рейс прибытия", synonyms=("arrival flight no", "flight in")),
    Column("arrival_at", "Arrival", "Прибытие", Kind.DATETIME,
           synonyms=("arrival date", "arrival date and time", "date of arrival", "дата прибытия")),
    Column("departure_flight", "Departure flight", "Рейс отбытия", synonyms=("departure flight no", "flight out")),
    Column("departure_at", "Departure", "Отбытие", Kind.DATETIME,
           synonyms=("departure date", "departure date and time", "date of departure", "дата отбытия")),
    Column("hotel", "Hotel", "Гостиница", synonyms=("accommodation", "отель", "размещение")),
    Column("notes", "Notes", "Примечания", synonyms=("remarks", "comments", "comment", "примечание")),
)

BY_FIELD = {column.field: column for column in COLUMNS}


def fold_header(text: str) -> str:
    """Headers compare without case, spacing, punctuation at the ends or a trailing asterisk."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("ё", "е")
    text = re.sub(r"\s+", " ", text).strip(" *:.")
    return text


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for column in COLUMNS:
        for name in (column.header, column.en, column.ru, column.field, *column.synonyms):
            index.setdefault(fold_header(name), column.field)
    return index


HEADER_INDEX = _header_index()


def field_for_header(text: object) -> str | None:
    """Which field a header names, in English, Russian or a common synonym; None if unknown."""
    if text is None:
        return None
    folded = fold_header(str(text))
    if not folded:
        return None
    if folded in HEADER_INDEX:
        return HEADER_INDEX[folded]
    if " / " in folded:  # "Family name / Фамилия" and the like: either half will do
        for half in folded.split(" / "):
            if half.strip() in HEADER_INDEX:
                return HEADER_INDEX[half.strip()]
    return None

"""The words of `findings summary` in each language the labels come in (en, ru, zh).

Numbers stay as the English text writes them, so a script reading the output can rely on them;
only the words around them follow --lang. Phrasings avoid counted nouns ("отчётов: 22"), so no
language needs plural forms here.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "header": "{code}: checklist {form} {version}, {reports} reports ({phases}), {flagged} flagged",
        "answered": "answered in {n} report(s)",
        "negative": ", negative {count} of {n} ({share})",
        "count_of": "{count:>5} of {n:<5}",
        "not_in_n": "{count:>5} (not in N)",
        "incidents": "Incidents: ",
        "incident_where": "station {station}, {region}, {when}",
        "turnout": "Turnout: {n} reading(s) of the mission against the CEC's figures "
                   "(CEC read at the readings' own times)",
        "overall": "overall",
        "turnout_row": "mission {mission}% at {stations} station(s), CEC then {cec_then}%, "
                       "difference {difference} pp",
        "cec": "CEC {cec}%",
    },
    "ru": {
        "header": "{code}: анкета {form} {version}, отчётов: {reports} ({phases}), с пометкой: {flagged}",
        "answered": "ответов в отчётах: {n}",
        "negative": ", отрицательных {count} из {n} ({share})",
        "count_of": "{count:>5} из {n:<5}",
        "not_in_n": "{count:>5} (не входит в N)",
        "incidents": "Инциденты: ",
        "incident_where": "участок {station}, {region}, {when}",
        "turnout": "Явка: замеров миссии: {n}, в сравнении с данными ЦИК (ЦИК на время замеров)",
        "overall": "итого",
        "turnout_row": "миссия {mission}%, участков: {stations}, ЦИК на то время {cec_then}%, "
                       "разница {difference} п. п.",
        "cec": "ЦИК {cec}%",
    },
    "zh": {
        "header": "{code}：调查表 {form} {version}，报告 {reports} 份（{phases}），已标记 {flagged} 份",
        "answered": "{n} 份报告作答",
        "negative": "，负面 {count}/{n}（{share}）",
        "count_of": "{count:>5} / {n:<5}",
        "not_in_n": "{count:>5}（不计入 N）",
        "incidents": "事件：",
        "incident_where": "投票站 {station}，{region}，{when}",
        "turnout": "投票率：观察团读数 {n} 次，对照中央选举委员会数据（取读数同一时间）",
        "overall": "总计",
        "turnout_row": "观察团 {mission}%（投票站 {stations} 个），同时中央选举委员会 {cec_then}%，"
                       "相差 {difference} 个百分点",
        "cec": "中央选举委员会 {cec}%",
    },
}

PHASES = {
    "en": {"opening": "opening", "voting": "voting", "count": "count"},
    "ru": {"opening": "открытие", "voting": "голосование", "count": "подсчёт"},
    "zh": {"opening": "开放", "voting": "投票", "count": "计票"},
}

SEVERITIES = {
    "en": {"critical": "critical", "serious": "serious", "minor": "minor"},
    "ru": {"critical": "критические", "serious": "серьёзные", "minor": "незначительные"},
    "zh": {"critical": "严重", "serious": "较重", "minor": "轻微"},
}


def phrase(language: str, key: str, **values: object) -> str:
    return PHRASES.get(language, PHRASES["en"])[key].format(**values)


def phase_word(language: str, phase: str) -> str:
    return PHASES.get(language, PHASES["en"]).get(phase, phase)


def severity_word(language: str, severity: str) -> str:
    return SEVERITIES.get(language, SEVERITIES["en"]).get(severity, severity)

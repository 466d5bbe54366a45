"""The demo mission's draft preliminary statement in its three working languages.

Placeholders in braces are filled from the mission's data when the statement is rendered:
{observers_count}, {states_count}, {stations_visited}, {turnout_cec}, {turnout_mission},
{head_name}.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoStatementText:
    language: str
    title: str
    place: str
    signatory_name: str
    signatory_title: str
    sections: tuple[tuple[str, str, str], ...]  # (key, heading, body)


STATEMENTS: tuple[DemoStatementText, ...] = (
    DemoStatementText(
        "en",
        "Statement of the SCO Observer Mission on the early presidential election "
        "in the Republic of Kazakhstan",
        "Astana",
        "Firuz Hamidzoda",
        "Secretary-General of the Shanghai Cooperation Organisation, "
        "Head of the SCO Observer Mission",
        (
            ("members", "Members of the Mission",
             "At the invitation of the Central Election Commission of the Republic of Kazakhstan, "
             "the Observer Mission of the Shanghai Cooperation Organisation observed the "
             "preparation and conduct of the early presidential election held on 20 November "
             "2022. The Mission comprised {observers_count} observers: representatives of "
             "legislative, executive and electoral authorities of {states_count} SCO member "
             "states, of the SCO Secretariat and of the Executive Committee of the SCO Regional "
             "Anti-Terrorist Structure. The Mission was headed by the SCO Secretary-General, "
             "{head_name}."),
            ("activities", "Activities of the Mission",
             "The Mission worked in the Republic of Kazakhstan from 17 to 21 November 2022. Its "
             "members met the leadership of the Central Election Commission and of the Ministry "
             "of Foreign Affairs, territorial election commissions, representatives of "
             "candidates' campaign headquarters and public observers, and exchanged views with "
             "the observer missions of the Commonwealth of Independent States, the Organisation "
             "of Turkic States and the OSCE Office for Democratic Institutions and Human Rights.\n"
             "On election day the observers visited {stations_visited} polling stations in four "
             "districts of Astana and in Tselinograd District of Akmola Region. They observed "
             "the preparation of a polling station for voting and the sealing of the ballot "
             "boxes, the voting and the count, and talked to election officials, observers and "
             "voters."),
            ("findings", "Findings",
             "The polling stations visited were well organised and equipped, and voters turned "
             "out actively. Convenient conditions were provided for voters with disabilities and "
             "for senior citizens. Members of precinct election commissions answered the "
             "observers' questions in detail, and voters' identity documents were checked "
             "before ballots were issued. The observers' credentials were checked, and nothing "
             "hindered their work.\n"
             "The Mission noted no violations that could call the legitimacy of the election "
             "into question; the few remarks it made were dealt with on the spot by the "
             "commissions."),
            ("conclusions", "Conclusions",
             "The Mission considers that the early presidential election in the Republic of "
             "Kazakhstan was held in accordance with the national legislation and the "
             "international commitments of the Republic of Kazakhstan. At the polling stations it "
             "visited, the Mission's own turnout figures ({turnout_mission}) coincide with those "
             "the Central Election Commission published for the same areas and hours "
             "({turnout_cec_same_time}); the Commission's final turnout was {turnout_cec}.\n"
             "The Mission assesses the election as transparent, credible and democratic."),
        ),
    ),
    DemoStatementText(
        "ru",
        "Заявление Миссии наблюдателей ШОС по итогам наблюдения за внеочередными выборами "
        "Президента Республики Казахстан",
        "Астана",
        "Фируз Хамидзода",
        "Генеральный секретарь Шанхайской организации сотрудничества, "
        "руководитель Миссии наблюдателей ШОС",
        (
            ("members", "Состав Миссии",
             "По приглашению Центральной избирательной комиссии Республики Казахстан Миссия "
             "наблюдателей Шанхайской организации сотрудничества наблюдала за подготовкой и "
             "проведением внеочередных выборов Президента Республики Казахстан, состоявшихся "
             "20 ноября 2022 года. В состав Миссии вошли наблюдатели (всего {observers_count} "
             "чел.) — представители законодательных, исполнительных и избирательных органов "
             "государств — членов ШОС (всего {states_count}), Секретариата ШОС и Исполнительного "
             "комитета Региональной антитеррористической структуры ШОС. Миссию возглавлял "
             "Генеральный секретарь ШОС {head_name}."),
            ("activities", "Деятельность Миссии",
             "Миссия работала в Республике Казахстан с 17 по 21 ноября 2022 года. Её члены "
             "встретились с руководством Центральной избирательной комиссии и Министерства "
             "иностранных дел, с территориальными избирательными комиссиями, представителями "
             "предвыборных штабов кандидатов и общественными наблюдателями, обменялись мнениями "
             "с миссиями наблюдателей от Содружества Независимых Государств, Организации "
             "тюркских государств и Бюро ОБСЕ по демократическим институтам и правам человека.\n"
             "В день голосования наблюдатели посетили избирательные участки (всего "
             "{stations_visited}) в четырёх районах города Астаны и в Целиноградском районе "
             "Акмолинской области. Они наблюдали за подготовкой участка к голосованию и "
             "опечатыванием урн, за голосованием и подсчётом голосов, беседовали с членами "
             "избирательных комиссий, наблюдателями и избирателями."),
            ("findings", "Итоги наблюдения",
             "Посещённые избирательные участки были хорошо организованы и оснащены, избиратели "
             "проявляли активность. Для избирателей с инвалидностью и граждан старшего возраста "
             "были созданы удобные условия. Члены участковых избирательных комиссий подробно "
             "отвечали на вопросы наблюдателей, перед выдачей бюллетеней проверялись документы, "
             "удостоверяющие личность избирателей. Удостоверения наблюдателей проверялись, "
             "препятствий для их работы не создавалось.\n"
             "Миссия не выявила нарушений, которые могли бы поставить под сомнение легитимность "
             "выборов; немногочисленные замечания устранялись комиссиями на месте."),
            ("conclusions", "Заключение",
             "Миссия считает, что внеочередные выборы Президента Республики Казахстан проведены "
             "в соответствии с национальным законодательством и международными обязательствами "
             "Республики Казахстан. Данные Миссии о явке на посещённых участках ({turnout_mission}) "
             "совпадают с данными, опубликованными Центральной избирательной комиссией по тем же "
             "территориям на то же время ({turnout_cec_same_time}); итоговая явка, объявленная "
             "Комиссией, составила {turnout_cec}.\n"
             "Миссия оценивает выборы как прозрачные, достоверные и демократичные."),
        ),
    ),
    DemoStatementText(
        "zh",
        "上海合作组织观察员团关于哈萨克斯坦共和国非例行总统选举的声明",
        "阿斯塔纳",
        "菲鲁兹·哈米德佐达",
        "上海合作组织秘书长、上合组织观察员团团长",
        (
            ("members", "观察员团组成",
             "应哈萨克斯坦共和国中央选举委员会邀请，上海合作组织观察员团观察了2022年11月20日"
             "举行的哈萨克斯坦共和国非例行总统选举的筹备和进行情况。观察员团由{observers_count}"
             "名观察员组成，成员来自{states_count}个上合组织成员国的立法、行政和选举机构，以及"
             "上合组织秘书处和上合组织地区反恐怖机构执行委员会。观察员团由上合组织秘书长"
             "{head_name}率领。"),
            ("activities", "观察员团的活动",
             "观察员团于2022年11月17日至21日在哈萨克斯坦共和国开展工作。观察员团成员会见了"
             "中央选举委员会和外交部领导、地区选举委员会、候选人竞选总部代表和社会观察员，并与"
             "独联体、突厥国家组织和欧安组织民主制度与人权办公室的观察团交换了意见。\n"
             "投票日当天，观察员走访了阿斯塔纳市四个区和阿克莫拉州采利诺格勒区的"
             "{stations_visited}个投票站，观察了投票站投票准备和投票箱封装、投票及计票过程，并与"
             "选举工作人员、观察员和选民进行了交谈。"),
            ("findings", "观察结果",
             "所走访的投票站组织有序、设备齐全，选民投票积极。为残障选民和老年选民提供了便利"
             "条件。选区选举委员会成员详细回答了观察员的提问，发放选票前核对了选民的身份证件。"
             "观察员的证件经过查验，其工作未受到任何阻碍。\n"
             "观察员团未发现可能影响选举合法性的违规行为；所提出的少数问题已由选举委员会当场"
             "解决。"),
            ("conclusions", "结论",
             "观察员团认为，哈萨克斯坦共和国非例行总统选举的举行符合该国国家法律和哈萨克斯坦"
             "共和国承担的国际义务。观察员团在所走访投票站获得的投票率数据（{turnout_mission}）与"
             "中央选举委员会就相同地区、相同时间公布的数据（{turnout_cec_same_time}）相一致；"
             "中央选举委员会公布的最终投票率为{turnout_cec}。\n"
             "观察员团认为此次选举是透明、可信和民主的。"),
        ),
    ),
)

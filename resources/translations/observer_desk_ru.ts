<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Observer Desk</source>
        <translation>О программе Observer Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>The desktop workbench of an election observation mission&apos;s secretariat.</source>
        <translation>Рабочее место секретариата миссии по наблюдению за выборами.</translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Components bundled with Observer Desk and their licences:</source>
        <translation>Компоненты в составе Observer Desk и их лицензии:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>This program itself; see the LICENSE file.</source>
        <translation>Сама программа; см. файл LICENSE.</translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <source>Observer Desk uses the Qt libraries as separate shared libraries, unmodified; you may replace them with your own build of the same Qt version. The source code of Qt and PySide6 is available from the Qt Project.</source>
        <translation>Observer Desk использует библиотеки Qt как отдельные разделяемые библиотеки без изменений; их можно заменить собственной сборкой той же версии Qt. Исходный код Qt и PySide6 доступен на сайте Qt Project.</translation>
    </message>
    <message>
        <source>BSD</source>
        <translation>BSD</translation>
    </message>
    <message>
        <source>MIT-CMU (HPND)</source>
        <translation>MIT-CMU (HPND)</translation>
    </message>
    <message>
        <source>PSF licence</source>
        <translation>Лицензия PSF</translation>
    </message>
    <message>
        <source>Apache 2.0</source>
        <translation>Apache 2.0</translation>
    </message>
    <message>
        <source>The time zone data itself is in the public domain.</source>
        <translation>Сами данные о часовых поясах являются общественным достоянием.</translation>
    </message>
    <message>
        <source>LGPL 2.1</source>
        <translation>LGPL 2.1</translation>
    </message>
    <message>
        <source>Country names from the ISO 3166 lists of Debian&apos;s iso-codes.</source>
        <translation>Названия стран из списков ISO 3166 пакета iso-codes проекта Debian.</translation>
    </message>
    <message>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <source>Used as its own unmodified package.</source>
        <translation>Используется как отдельный неизменённый пакет.</translation>
    </message>
    <message>
        <source>DejaVu Sans font</source>
        <translation>Шрифт DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu font licence</source>
        <translation>Лицензия шрифтов Bitstream Vera / DejaVu</translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei font</source>
        <translation>Шрифт WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <source>Apache 2.0, or GPL v3 with font exception</source>
        <translation>Apache 2.0 или GPL v3 с исключением для шрифтов</translation>
    </message>
    <message>
        <source>Qt and PySide6 are licensed under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3. Both texts, with the licences of the fonts and the other components, are in %1.</source>
        <translation>Qt и PySide6 распространяются по лицензии GNU Lesser General Public License версии 3, которая дополняет разрешениями GNU General Public License версии 3. Тексты обеих лицензий, а также лицензии шрифтов и других компонентов находятся в %1.</translation>
    </message>
    <message>
        <source>The Qt libraries are the separate files in %1. To use a modified Qt, build the same Qt and PySide6 version from source and put your libraries in place of those files.</source>
        <translation>Библиотеки Qt — это отдельные файлы в %1. Чтобы использовать изменённую Qt, соберите из исходного кода ту же версию Qt и PySide6 и замените этими библиотеками те файлы.</translation>
    </message>
    <message>
        <source>Source code: %1 (Qt) and %2 (PySide6).</source>
        <translation>Исходный код: %1 (Qt) и %2 (PySide6).</translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>%1, not in N</source>
        <translation>%1, не входит в N</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Нет ответов</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Не удаётся открыть базу данных.</translation>
    </message>
</context>
<context>
    <name>AuditEntriesModel</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation>Местное время миссии (%1)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>%1 entries written to %2 (readable by you only).</source>
        <translation>Записей: %1, сохранено в %2 (доступно для чтения только вам).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Хранить последние</translation>
    </message>
    <message>
        <source>backups of each database</source>
        <translation>резервных копий каждой базы данных</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Показать &amp;папку</translation>
    </message>
    <message>
        <source>This is a shared database on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>Это общая база данных на сервере: создавайте её резервные копии средствами сервера (pg_dump).</translation>
    </message>
    <message>
        <source>Copies of %1 taken when the program opens it and before imports, schema upgrades and restores. They are kept in %2.</source>
        <translation>Копии %1 создаются при открытии базы программой, а также перед импортом, обновлением схемы и восстановлением. Они хранятся в %2.</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>The database holds no mission yet: there is nothing to back up.</source>
        <translation>В базе данных ещё нет ни одной миссии: копировать нечего.</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Резервная копия создана: %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1 (%2)?

Changes made since then are lost from the database; the present content is first saved as a backup, so this step can be undone by restoring that one.</source>
        <translation>Заменить всё содержимое базы данных резервной копией от %1 (%2)?

Изменения, внесённые с того времени, будут удалены из базы данных. Текущее содержимое предварительно сохраняется в резервную копию, поэтому этот шаг можно отменить, восстановив её.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Database opened</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>По запросу</translation>
    </message>
    <message>
        <source>Before a schema upgrade (from revision %1)</source>
        <translation>Перед обновлением схемы (с ревизии %1)</translation>
    </message>
</context>
<context>
    <name>BadgeListModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation>Последняя печать</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (черновик)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>версия %1, %2</translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation> (с тех пор изменён)</translation>
    </message>
    <message>
        <source>Not accredited: the badge prints marked DRAFT - NOT VALID.</source>
        <translation>Не аккредитован: бейдж печатается с пометкой «ЧЕРНОВИК — НЕДЕЙСТВИТЕЛЕН».</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Print badges – %1</source>
        <translation>Печать бейджей – %1</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <source>All accredited observers</source>
        <translation>Все аккредитованные наблюдатели</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln observer(s) selected</source>
        <translation>
            <numerusform>Выбранный %Ln наблюдатель</numerusform>
            <numerusform>Выбранные %Ln наблюдателя</numerusform>
            <numerusform>Выбранные %Ln наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Badges changed since they were last printed</source>
        <translation>Бейджи, изменённые после последней печати</translation>
    </message>
    <message>
        <source>Skip badges already printed and issued</source>
        <translation>Пропустить уже напечатанные и выданные бейджи</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>Метки обреза</translation>
    </message>
    <message>
        <source>Back sides (duplex: rules of conduct and contact)</source>
        <translation>Оборотные стороны (двусторонняя печать: правила поведения и контакты)</translation>
    </message>
    <message>
        <source>Sheets turned over the short edge</source>
        <translation>Переворот листа по короткому краю</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Калибровка…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Start at position</source>
        <translation>Начать с позиции</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>Смещение принтера</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>Тираж</translation>
    </message>
    <message>
        <source>Record as printed and issue the badges</source>
        <translation>Отметить как напечатанные и выдать бейджи</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Причина перепечатки</translation>
    </message>
    <message>
        <source>e.g. badge lost, name corrected</source>
        <translation>напр., бейдж утерян, исправлено имя</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) to print</source>
        <translation>
            <numerusform>%Ln бейдж к печати</numerusform>
            <numerusform>%Ln бейджа к печати</numerusform>
            <numerusform>%Ln бейджей к печати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) (not accredited)</source>
        <translation>
            <numerusform>%Ln черновик (без аккредитации)</numerusform>
            <numerusform>%Ln черновика (без аккредитации)</numerusform>
            <numerusform>%Ln черновиков (без аккредитации)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out because of problems</source>
        <translation>
            <numerusform>%Ln исключён из-за ошибок</numerusform>
            <numerusform>%Ln исключено из-за ошибок</numerusform>
            <numerusform>%Ln исключено из-за ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln бейдж</numerusform>
            <numerusform>%Ln бейджа</numerusform>
            <numerusform>%Ln бейджей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked DRAFT - NOT VALID</source>
        <translation>
            <numerusform>%Ln с пометкой «ЧЕРНОВИК — НЕДЕЙСТВИТЕЛЕН»</numerusform>
            <numerusform>%Ln с пометкой «ЧЕРНОВИК — НЕДЕЙСТВИТЕЛЕН»</numerusform>
            <numerusform>%Ln с пометкой «ЧЕРНОВИК — НЕДЕЙСТВИТЕЛЕН»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln страница отправлена на принтер.</numerusform>
            <numerusform>%Ln страницы отправлены на принтер.</numerusform>
            <numerusform>%Ln страниц отправлено на принтер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln badge(s) issued</source>
        <translation>
            <numerusform>; выдан %Ln бейдж</numerusform>
            <numerusform>; выдано %Ln бейджа</numerusform>
            <numerusform>; выдано %Ln бейджей</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>No badges to print with these choices.</source>
        <translation>При таких настройках печатать нечего.</translation>
    </message>
    <message>
        <source>Making the badges…</source>
        <translation>Подготовка бейджей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>printer offset %1</source>
        <translation>смещение принтера %1</translation>
    </message>
    <message>
        <source>Preview cancelled; change a choice to make it again.</source>
        <translation>Просмотр отменён; измените любой параметр, чтобы построить его снова.</translation>
    </message>
    <message>
        <source>The badges could not be made: %1</source>
        <translation>Не удалось подготовить бейджи: %1</translation>
    </message>
    <message>
        <source>These badges would not print right; correct the observers&apos; records (or leave them out) before printing:</source>
        <translation>Эти бейджи будут напечатаны неправильно; перед печатью исправьте записи наблюдателей (или исключите их):</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Исключить их</translation>
    </message>
    <message>
        <source>%1 had badges printed before: give the reason for the reprint.</source>
        <translation>Для %1 бейджи уже печатались: укажите причину перепечатки.</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Сохранение бейджей</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF не сохранён: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>Печать отменена; ничего не записано.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Ошибка печати: %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Not recorded as printed.</source>
        <translation>Не отмечено как напечатанное.</translation>
    </message>
    <message>
        <source>The print run was not recorded: %1</source>
        <translation>Тираж не записан: %1</translation>
    </message>
    <message>
        <source>Print run %1 recorded</source>
        <translation>Тираж %1 записан</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message>
        <source>negative %1</source>
        <translation>отрицательных %1</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Нет ответов</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <source>Travel time</source>
        <translation>Время в пути</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Закладывать</translation>
    </message>
    <message numerus="yes">
        <source>Choose the same unit twice for the time within it. Other pairs take the mission&apos;s default of %n minute(s).</source>
        <translation>
            <numerusform>Чтобы задать время в пути внутри территории, выберите её дважды. Для остальных пар действует значение миссии по умолчанию — %n минута.</numerusform>
            <numerusform>Чтобы задать время в пути внутри территории, выберите её дважды. Для остальных пар действует значение миссии по умолчанию — %n минуты.</numerusform>
            <numerusform>Чтобы задать время в пути внутри территории, выберите её дважды. Для остальных пар действует значение миссии по умолчанию — %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuffersModel</name>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration: %1</source>
        <translation>Калибровка принтера: %1</translation>
    </message>
    <message>
        <source>Printers rarely put the page exactly where it belongs. Print the calibration page, read its rulers, and enter the new offset: every badge of this layout will be moved by it.</source>
        <translation>Принтеры редко печатают страницу точно на своём месте. Напечатайте калибровочную страницу, снимите показания с её линеек и введите новое смещение: все бейджи этого макета будут сдвинуты на него.</translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation>Сдвиг вправо на</translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation>Сдвиг вниз на</translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation>Напечатать калибровочную страницу…</translation>
    </message>
    <message>
        <source>Save calibration page…</source>
        <translation>Сохранить калибровочную страницу…</translation>
    </message>
    <message>
        <source> mm</source>
        <comment>unit suffix of the offset boxes</comment>
        <translation> мм</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Сохранение калибровочной страницы</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Print it at 100% (no scaling).</source>
        <translation>Сохранено: %1. Печатайте в масштабе 100% (без масштабирования).</translation>
    </message>
    <message>
        <source>The calibration page was sent to the printer.</source>
        <translation>Калибровочная страница отправлена на принтер.</translation>
    </message>
    <message>
        <source>The calibration was not saved: %1</source>
        <translation>Калибровка не сохранена: %1</translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm</source>
        <translation>x %1 мм, y %2 мм</translation>
    </message>
</context>
<context>
    <name>CecFigureDialog</name>
    <message>
        <source>CEC turnout figure</source>
        <translation>Данные ЦИК о явке</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>&amp;Время (местное):</translation>
    </message>
    <message>
        <source>T&amp;urnout:</source>
        <translation>&amp;Явка:</translation>
    </message>
    <message>
        <source>&amp;Voters (optional):</source>
        <translation>&amp;Проголосовало (необязательно):</translation>
    </message>
    <message>
        <source>Re&amp;gistered voters (optional):</source>
        <translation>&amp;Избирателей в списке (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Voters and registered voters are whole numbers.</source>
        <translation>Число проголосовавших и число избирателей в списке — целые числа.</translation>
    </message>
</context>
<context>
    <name>CecFiguresModel</name>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Время (местное)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Проголосовало</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>В списке</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Make Active</source>
        <translation>Сделать активной</translation>
    </message>
    <message>
        <source>Enter new reports on this version and count its reports in the analysis</source>
        <translation>Вводить новые отчёты по этой версии и учитывать её отчёты в анализе</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Импорт XLSForm…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSForm…</source>
        <translation>&amp;Экспорт XLSForm…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Save Checklist</source>
        <translation>&amp;Сохранить анкету</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>Название формы</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Form id:</source>
        <translation>Идентификатор формы:</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>Версия формы:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>Добавить &amp;вопрос</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Choose a section or question on the left.</source>
        <translation>Выберите раздел или вопрос слева.</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(активная)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) were filed on this version: saving an edit makes a new version.</source>
        <translation>
            <numerusform>По этой версии подан %Ln отчёт: при сохранении изменений будет создана новая версия.</numerusform>
            <numerusform>По этой версии подано %Ln отчёта: при сохранении изменений будет создана новая версия.</numerusform>
            <numerusform>По этой версии подано %Ln отчётов: при сохранении изменений будет создана новая версия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln condition(s) now refer to ${%1}</source>
        <translation>
            <numerusform>%Ln условие теперь ссылается на ${%1}</numerusform>
            <numerusform>%Ln условия теперь ссылаются на ${%1}</numerusform>
            <numerusform>%Ln условий теперь ссылаются на ${%1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the section “%1” with its %Ln question(s)?</source>
        <translation>
            <numerusform>Удалить раздел «%1» вместе с %Ln вопросом?</numerusform>
            <numerusform>Удалить раздел «%1» вместе с %Ln вопросами?</numerusform>
            <numerusform>Удалить раздел «%1» вместе с %Ln вопросами?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix</source>
        <translation>
            <numerusform>%Ln ошибка для исправления</numerusform>
            <numerusform>%Ln ошибки для исправления</numerusform>
            <numerusform>%Ln ошибок для исправления</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) were filed on version %1. The edited checklist is saved as a new version and becomes the one new reports are entered on; those reports stay on version %1. Save?</source>
        <translation>
            <numerusform>По версии %1 подан %Ln отчёт. Изменённая анкета будет сохранена как новая версия, и новые отчёты будут вводиться по ней; поданный отчёт останется на версии %1. Сохранить?</numerusform>
            <numerusform>По версии %1 подано %Ln отчёта. Изменённая анкета будет сохранена как новая версия, и новые отчёты будут вводиться по ней; поданные отчёты останутся на версии %1. Сохранить?</numerusform>
            <numerusform>По версии %1 подано %Ln отчётов. Изменённая анкета будет сохранена как новая версия, и новые отчёты будут вводиться по ней; поданные отчёты останутся на версии %1. Сохранить?</numerusform>
        </translation>
    </message>
    <message>
        <source>No report uses this version yet: edits replace it.</source>
        <translation>По этой версии ещё нет отчётов: изменения заменят её.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Удаление раздела</translation>
    </message>
    <message>
        <source>The checklist cannot be saved yet:</source>
        <translation>Анкету пока нельзя сохранить:</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>The checklist was not saved:</source>
        <translation>Анкета не сохранена:</translation>
    </message>
    <message>
        <source>Saved as version %1, now the active checklist.</source>
        <translation>Сохранено как версия %1; теперь это активная анкета.</translation>
    </message>
    <message>
        <source>Checklist saved (version %1).</source>
        <translation>Анкета сохранена (версия %1).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes to this checklist?</source>
        <translation>Отменить изменения в этой анкете?</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Импорт XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги XLSForm (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The form was not imported:</source>
        <translation>Форма не импортирована:</translation>
    </message>
    <message>
        <source>The form has items a checklist cannot hold:
%1

Leave them out and import the rest?</source>
        <translation>В форме есть элементы, которые анкета не поддерживает:
%1

Пропустить их и импортировать остальное?</translation>
    </message>
    <message>
        <source>The form was not imported: %1</source>
        <translation>Форма не импортирована: %1</translation>
    </message>
    <message>
        <source>Export XLSForm</source>
        <translation>Экспорт XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Книги XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>(the saved checklist, without the changes not saved yet)</source>
        <translation>(сохранённая анкета, без несохранённых изменений)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Yes / no / not observed</source>
        <translation>Да / нет / не наблюдалось</translation>
    </message>
    <message>
        <source>Rating: very good … very bad</source>
        <translation>Оценка: очень хорошо … очень плохо</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <source>Not in N</source>
        <translation>Не входит в N</translation>
    </message>
    <message>
        <source>What is stored and exported (letters, digits, _)</source>
        <translation>Что сохраняется и экспортируется (буквы, цифры, _)</translation>
    </message>
    <message>
        <source>Counts against: a &apos;no&apos; where &apos;yes&apos; is good, a bad rating</source>
        <translation>Считается отрицательным: «нет», где «да» — хорошо; плохая оценка</translation>
    </message>
    <message>
        <source>Left out of N, like &apos;not observed&apos; or &apos;not applicable&apos;</source>
        <translation>Не входит в N, как «не наблюдалось» или «неприменимо»</translation>
    </message>
</context>
<context>
    <name>CloseMissionDialog</name>
    <message>
        <source>Close Mission</source>
        <translation>Закрытие миссии</translation>
    </message>
    <message>
        <source>Closing %1 removes for good, from all %2 of its observers: passport numbers and expiry dates, dates of birth, e-mail addresses, phone numbers, notes and photos (and the drivers&apos; phone numbers).

Names, roles, sending bodies, the accreditation history, the itinerary, the findings and the statements stay. The audit trail records the closing.

Backups taken before still hold the personal data: delete them from the backups folder (File › Backups…) if they must go too.</source>
        <translation>При закрытии миссии %1 у всех её наблюдателей (%2) безвозвратно удаляются: номера и сроки действия паспортов, даты рождения, адреса электронной почты, номера телефонов, примечания и фотографии (а также телефоны водителей).

Имена, роли, направляющие стороны, история аккредитации, программа, результаты наблюдения и заявления сохраняются. Закрытие фиксируется в журнале изменений.

Созданные ранее резервные копии по-прежнему содержат персональные данные: если их тоже нужно удалить, удалите их из папки резервных копий (Файл › Резервные копии…).</translation>
    </message>
    <message>
        <source>Type the mission&apos;s code, %1, to confirm:</source>
        <translation>Для подтверждения введите код миссии, %1:</translation>
    </message>
    <message>
        <source>Close Mission and Purge Personal Data</source>
        <translation>Закрыть миссию и удалить персональные данные</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <source>Match the columns the program does not know</source>
        <translation>Сопоставьте столбцы, которые программа не распознала</translation>
    </message>
    <message>
        <source>Choose the field each column holds, or leave it ignored. Your choices are remembered for the next file with the same headers.</source>
        <translation>Укажите, какое поле содержит каждый столбец, или оставьте его пропущенным. Выбор запоминается для следующего файла с такими же заголовками.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Values in it, for example</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>(пусто в первых строках)</translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <translation>Пропустить (не импортировать)</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>лист %1, столбец %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>%1 is read from column %2 (%3) already; choose another field or Ignore.</source>
        <translation>Поле «%1» уже берётся из столбца %2 (%3); выберите другое поле или «Пропустить».</translation>
    </message>
    <message>
        <source>%1 is chosen for “%2” as well; one column per field.</source>
        <translation>Поле «%1» выбрано также для «%2»; одному полю — один столбец.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>CEC series</source>
        <translation>Ряд ЦИК</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <source>CEC</source>
        <translation>ЦИК</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Замеры</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>CEC, same moments</source>
        <translation>ЦИК, те же моменты</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Local time of the series; readings are grouped under the published time nearest to them</source>
        <translation>Местное время ряда; замеры группируются по ближайшему времени публикации</translation>
    </message>
    <message>
        <source>Ballots issued of the voters on the list, at the stations the mission read</source>
        <translation>Доля выданных бюллетеней от числа избирателей в списке на участках, где миссия снимала данные</translation>
    </message>
    <message>
        <source>The CEC&apos;s curve read at each reading&apos;s own time</source>
        <translation>Кривая ЦИК на момент каждого замера</translation>
    </message>
    <message>
        <source>Mission minus CEC at the same moments, in percentage points</source>
        <translation>Данные миссии минус данные ЦИК на те же моменты, в процентных пунктах</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Shared Database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <source>A PostgreSQL server that the whole secretariat works on at once. Whoever set it up can tell you its address, the database name and your user name.</source>
        <translation>Сервер PostgreSQL, с которым одновременно работает весь секретариат. Его адрес, имя базы данных и ваше имя пользователя может сообщить тот, кто его настраивал.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <source>Remove this connection from the list, with its kept password</source>
        <translation>Удалить это подключение из списка вместе с сохранённым паролем</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.secretariat.lan</source>
        <translation>имя или адрес сервера, напр. db.secretariat.lan</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>e.g. observer_desk</source>
        <translation>напр., observer_desk</translation>
    </message>
    <message>
        <source>leave empty if the server does not ask for one</source>
        <translation>оставьте пустым, если сервер его не запрашивает</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer: %1. It will be asked for each time you connect; it is never written to a file.</source>
        <translation>На этом компьютере нельзя запомнить пароль: %1. Он будет запрашиваться при каждом подключении; в файл он никогда не записывается.</translation>
    </message>
    <message>
        <source>Without it, the password is asked for each time you connect. It is never written to a file.</source>
        <translation>Без этого пароль запрашивается при каждом подключении. В файл он никогда не записывается.</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>&amp;Недавние:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>П&amp;одключиться</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>The connection could not be tested: %1</source>
        <translation>Не удалось проверить подключение: %1</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Подключено к PostgreSQL %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n Observer Desk mission(s): %1</source>
        <translation>
            <numerusform>%n миссия Observer Desk: %1</numerusform>
            <numerusform>%n миссии Observer Desk: %1</numerusform>
            <numerusform>%n миссий Observer Desk: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An Observer Desk database without missions yet.</source>
        <translation>База данных Observer Desk, в которой ещё нет миссий.</translation>
    </message>
    <message>
        <source>The database is empty: connecting sets it up for Observer Desk.</source>
        <translation>База данных пуста: при подключении она будет подготовлена для Observer Desk.</translation>
    </message>
    <message numerus="yes">
        <source>It holds Observer Desk data (%n mission(s)) of an earlier version: connecting upgrades it, after which everyone needs this version.</source>
        <translation>
            <numerusform>В ней хранятся данные Observer Desk (%n миссия) прежней версии: при подключении база будет обновлена, после чего всем понадобится эта версия.</numerusform>
            <numerusform>В ней хранятся данные Observer Desk (%n миссии) прежней версии: при подключении база будет обновлена, после чего всем понадобится эта версия.</numerusform>
            <numerusform>В ней хранятся данные Observer Desk (%n миссий) прежней версии: при подключении база будет обновлена, после чего всем понадобится эта версия.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was set up by a newer version of Observer Desk (schema revision %1): install that version to work on it.</source>
        <translation>Она создана более новой версией Observer Desk (ревизия схемы %1): для работы с ней установите эту версию.</translation>
    </message>
    <message>
        <source>The database holds tables of another program. Choose an empty database or one made by Observer Desk.</source>
        <translation>В базе данных есть таблицы другой программы. Выберите пустую базу данных или созданную Observer Desk.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the server name and port, and that the server accepts connections from this computer.</source>
        <translation>Сервер %1 недоступен. Проверьте имя сервера и порт, а также то, что сервер принимает подключения с этого компьютера.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them, or ask the server&apos;s administrator to give %1 access.</source>
        <translation>Сервер отклонил имя пользователя или пароль. Проверьте их или попросите администратора сервера предоставить доступ пользователю %1.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it above and try again.</source>
        <translation>Сервер запрашивает пароль: введите его выше и повторите попытку.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check the name, or ask the server&apos;s administrator to create it (createdb %1).</source>
        <translation>На сервере нет базы данных %1. Проверьте имя или попросите администратора сервера создать её (createdb %1).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не удаётся подключиться: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Пароль пользователя %1:</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Не подключено: %1</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type a country&apos;s name or code</source>
        <translation>Введите название или код страны</translation>
    </message>
    <message>
        <source>No country is known by this name; pick one from the list.</source>
        <translation>Страна с таким названием неизвестна; выберите её из списка.</translation>
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <source>Drag the frame onto the face; drag a corner to resize it. Arrow keys move it, + and - resize it.</source>
        <translation>Перетащите рамку на лицо; чтобы изменить размер, тяните за угол. Клавиши со стрелками перемещают рамку, + и - меняют размер.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Не удаётся восстановить резервную копию</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1) in its place? The file as it is now is kept: beside it if it is damaged, else in the backups folder.</source>
        <translation>Восстановить вместо неё последнюю исправную резервную копию (%1)? Текущий файл будет сохранён: рядом, если он повреждён, иначе — в папке резервных копий.</translation>
    </message>
    <message>
        <source>The database is open, but the backup taken on opening could not be written: %1</source>
        <translation>База данных открыта, но не удалось записать резервную копию, создаваемую при открытии: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>Write the date as 17.11.1970 or 1970-11-17.</source>
        <translation>Введите дату в виде 17.11.1970 или 1970-11-17.</translation>
    </message>
    <message>
        <source>Not a real date: %1.</source>
        <translation>Такой даты не существует: %1.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message>
        <source>Write the time as 13:40.</source>
        <translation>Введите время в виде 13:40.</translation>
    </message>
    <message>
        <source>Give the time as well, e.g. 13:40.</source>
        <translation>Укажите также время, напр. 13:40.</translation>
    </message>
    <message>
        <source>Give the date as well.</source>
        <translation>Укажите также дату.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Drag a block to move it, an edge to change its length (5-minute steps)</source>
        <translation>Перетащите блок, чтобы переместить его, или его край, чтобы изменить длительность (шаг 5 минут)</translation>
    </message>
</context>
<context>
    <name>DeploymentModel</name>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Убытие</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Пояс</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
</context>
<context>
    <name>DeploymentPanel</name>
    <message>
        <source>Copy the day&apos;s plan</source>
        <translation>Копировать план дня</translation>
    </message>
    <message>
        <source>Copy the events of</source>
        <translation>Копировать мероприятия за</translation>
    </message>
    <message>
        <source>to</source>
        <translation>на</translation>
    </message>
    <message>
        <source>Election day: each team&apos;s stations in order, arrival in the station&apos;s local time</source>
        <translation>День голосования: участки каждой группы по порядку, прибытие по местному времени участка</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) copied</source>
        <translation>
            <numerusform>Скопировано %n мероприятие</numerusform>
            <numerusform>Скопировано %n мероприятия</numerusform>
            <numerusform>Скопировано %n мероприятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>The observers are in the roster.</source>
        <translation>Наблюдатели внесены в список.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>Добавлено: %1, обновлено: %2, без изменений: %3.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлены: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлены: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>New observers start as Nominated. The roster shows them now; open each one to complete the record and add the photo.</source>
        <translation>Новые наблюдатели получают статус «Выдвинут». Они уже видны в списке; откройте каждого, чтобы дополнить запись и добавить фотографию.</translation>
    </message>
    <message>
        <source>The reports are in the list; flagged ones wait to be completed.</source>
        <translation>Отчёты внесены в список; отмеченные ждут дополнения.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added, %1 of them flagged for completion.</source>
        <translation>
            <numerusform>Добавлен %n отчёт, из них требуют дополнения: %1.</numerusform>
            <numerusform>Добавлено %n отчёта, из них требуют дополнения: %1.</numerusform>
            <numerusform>Добавлено %n отчётов, из них требуют дополнения: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turnout reading(s) taken from them.</source>
        <translation>
            <numerusform>Из них получен %n замер явки.</numerusform>
            <numerusform>Из них получено %n замера явки.</numerusform>
            <numerusform>Из них получено %n замеров явки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as duplicates.</source>
        <translation>
            <numerusform>%n строка пропущена как дубликат.</numerusform>
            <numerusform>%n строки пропущены как дубликаты.</numerusform>
            <numerusform>%n строк пропущено как дубликаты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) were imported before and left as they are.</source>
        <translation>
            <numerusform>%n запись уже импортирована ранее и оставлена без изменений.</numerusform>
            <numerusform>%n записи уже импортированы ранее и оставлены без изменений.</numerusform>
            <numerusform>%n записей уже импортировано ранее и оставлено без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the flagged reports with the “Flagged for completion” filter of the reports list, and open each to complete it.</source>
        <translation>Отмеченные отчёты можно показать фильтром «Требуют дополнения» в списке отчётов; откройте каждый, чтобы дополнить его.</translation>
    </message>
    <message>
        <source>The polling stations are stored; events can visit them now.</source>
        <translation>Избирательные участки сохранены; теперь их можно включать в мероприятия.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n участок</numerusform>
            <numerusform>%n участка</numerusform>
            <numerusform>%n участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateChooser</name>
    <message>
        <source>Same %1: %2</source>
        <translation>Совпадает %1: %2</translation>
    </message>
    <message>
        <source>submission id</source>
        <translation>идентификатор записи</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>посещение</translation>
    </message>
    <message>
        <source>Keep row %1</source>
        <translation>Оставить строку %1</translation>
    </message>
    <message>
        <source>Keep the report already stored (leave out every row)</source>
        <translation>Оставить уже сохранённый отчёт (пропустить все строки)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program or colleague is writing to it. Wait a moment and try again.</source>
        <translation>База данных занята: в неё записывает другая программа или коллега. Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>Произошла непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>The database could not complete the request: %1</source>
        <translation>База данных не смогла выполнить запрос: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation>(место не указано)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation>Начало (местное)</translation>
    </message>
    <message>
        <source>End (local)</source>
        <translation>Окончание (местное)</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Times are local to the place: %1</source>
        <translation>Время указано местное для места проведения: %1</translation>
    </message>
</context>
<context>
    <name>FileChoicePage</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Reading stopped. Choose the file again to read it.</source>
        <translation>Чтение прервано. Выберите файл ещё раз, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the nominations workbook</source>
        <translation>Выберите книгу с кандидатурами</translation>
    </message>
    <message>
        <source>An .xlsx list from a sending state, the nominations template, or a roster exported earlier. Title rows above the header, headers in Russian and dates written as text are all understood.</source>
        <translation>Список .xlsx от направляющего государства, шаблон кандидатур или ранее экспортированный список наблюдателей. Строки заголовка над шапкой таблицы, заголовки на русском языке и даты, записанные текстом, распознаются.</translation>
    </message>
    <message>
        <source>Choose an .xlsx file, or paste its path and press Enter</source>
        <translation>Выберите файл .xlsx или вставьте путь к нему и нажмите Enter</translation>
    </message>
    <message>
        <source>The workbook to send to the sending states; it imports without questions</source>
        <translation>Книга для рассылки направляющим государствам; импортируется без дополнительных вопросов</translation>
    </message>
    <message>
        <source>Import nominations</source>
        <translation>Импорт кандидатур</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save an empty nominations template…</source>
        <translation>Сохранить пустой шаблон кандидатур…</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: header in row %2, %n observer row(s).</source>
        <translation>
            <numerusform>Лист «%1»: шапка в строке %2, %n строка с наблюдателем.</numerusform>
            <numerusform>Лист «%1»: шапка в строке %2, %n строки с наблюдателями.</numerusform>
            <numerusform>Лист «%1»: шапка в строке %2, %n строк с наблюдателями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised; the next page asks what they hold.</source>
        <translation>
            <numerusform>%n столбец не распознан; на следующей странице нужно указать, что в нём.</numerusform>
            <numerusform>%n столбца не распознаны; на следующей странице нужно указать, что в них.</numerusform>
            <numerusform>%n столбцов не распознано; на следующей странице нужно указать, что в них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) read as you chose before; you can change that on the next page.</source>
        <translation>
            <numerusform>%n столбец прочитан так, как вы выбрали ранее; это можно изменить на следующей странице.</numerusform>
            <numerusform>%n столбца прочитаны так, как вы выбрали ранее; это можно изменить на следующей странице.</numerusform>
            <numerusform>%n столбцов прочитано так, как вы выбрали ранее; это можно изменить на следующей странице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” is not read: %2.</source>
        <translation>Лист «%1» не прочитан: %2.</translation>
    </message>
    <message>
        <source>Choose the submissions export</source>
        <translation>Выберите выгрузку записей</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox for the mission&apos;s checklist. Columns are matched to the questions by name or label; group prefixes are understood.</source>
        <translation>Выгрузка CSV или XLSX из ODK Central или KoboToolbox по анкете миссии. Столбцы сопоставляются с вопросами по имени или подписи; префиксы групп распознаются.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file, or paste its path and press Enter</source>
        <translation>Выберите файл .csv или .xlsx или вставьте путь к нему и нажмите Enter</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>Submission exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Выгрузки записей (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Анкета: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) in the file.</source>
        <translation>
            <numerusform>В файле %n запись.</numerusform>
            <numerusform>В файле %n записи.</numerusform>
            <numerusform>В файле %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the polling stations workbook</source>
        <translation>Выберите книгу с избирательными участками</translation>
    </message>
    <message>
        <source>An .xlsx list with a column for the station number, and its unit (code or name), premises, address, registered voters, opening and closing times and coordinates. Title rows above the header and headers in Russian are understood.</source>
        <translation>Список .xlsx со столбцом номера участка, а также его территории (код или название), помещения, адреса, числа зарегистрированных избирателей, времени открытия и закрытия и координат. Строки заголовка над шапкой таблицы и заголовки на русском языке распознаются.</translation>
    </message>
    <message>
        <source>Import polling stations</source>
        <translation>Импорт избирательных участков</translation>
    </message>
    <message numerus="yes">
        <source>%n station row(s) read.</source>
        <translation>
            <numerusform>Прочитана %n строка с участком.</numerusform>
            <numerusform>Прочитаны %n строки с участками.</numerusform>
            <numerusform>Прочитано %n строк с участками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Не прочитано: %1.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Результаты наблюдения</translation>
    </message>
    <message>
        <source>The language of the checklist&apos;s labels and answers</source>
        <translation>Язык формулировок вопросов и ответов анкеты</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;Новый отчёт…</translation>
    </message>
    <message>
        <source>&amp;Import Submissions…</source>
        <translation>&amp;Импорт записей…</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox</source>
        <translation>Выгрузка CSV или XLSX из ODK Central или KoboToolbox</translation>
    </message>
    <message>
        <source>E&amp;xport Data Set…</source>
        <translation>&amp;Экспорт набора данных…</translation>
    </message>
    <message>
        <source>One row per report, with a codebook sheet and the incidents, for Excel, SPSS or R</source>
        <translation>По строке на отчёт, с листом кодовой книги и инцидентами, для Excel, SPSS или R</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>Язык подписей:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Все отчёты</translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation>Требуют дополнения</translation>
    </message>
    <message>
        <source>With negative answers</source>
        <translation>С отрицательными ответами</translation>
    </message>
    <message>
        <source>With incidents</source>
        <translation>С инцидентами</translation>
    </message>
    <message>
        <source>Without remarks</source>
        <translation>Без замечаний</translation>
    </message>
    <message>
        <source>Station number</source>
        <translation>№ участка</translation>
    </message>
    <message>
        <source>Phase observed</source>
        <translation>Наблюдаемый этап</translation>
    </message>
    <message>
        <source>Region of the station</source>
        <translation>Регион участка</translation>
    </message>
    <message>
        <source>Team that filed the report</source>
        <translation>Группа, подавшая отчёт</translation>
    </message>
    <message>
        <source>Reports to look at first</source>
        <translation>Отчёты, требующие внимания в первую очередь</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>No station given</source>
        <translation>Участок не указан</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>No team given</source>
        <translation>Группа не указана</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit report(s) in this mission</source>
        <translation>
            <numerusform>%Ln отчёт о посещении в этой миссии</numerusform>
            <numerusform>%Ln отчёта о посещениях в этой миссии</numerusform>
            <numerusform>%Ln отчётов о посещениях в этой миссии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) recorded</source>
        <translation>
            <numerusform>Записан %Ln инцидент</numerusform>
            <numerusform>Записано %Ln инцидента</numerusform>
            <numerusform>Записано %Ln инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln отчёт</numerusform>
            <numerusform>%Ln отчёта</numerusform>
            <numerusform>%Ln отчётов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln report(s)</source>
        <translation>
            <numerusform>%1 из %Ln отчёта</numerusform>
            <numerusform>%1 из %Ln отчётов</numerusform>
            <numerusform>%1 из %Ln отчётов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) imported</source>
        <translation>
            <numerusform>Импортирован %Ln отчёт</numerusform>
            <numerusform>Импортировано %Ln отчёта</numerusform>
            <numerusform>Импортировано %Ln отчётов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data set exported: %Ln report(s), %1 columns, to %2</source>
        <translation>
            <numerusform>Набор данных экспортирован в %2: %Ln отчёт, столбцов: %1</numerusform>
            <numerusform>Набор данных экспортирован в %2: %Ln отчёта, столбцов: %1</numerusform>
            <numerusform>Набор данных экспортирован в %2: %Ln отчётов, столбцов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the reports</source>
        <translation>Не удаётся прочитать отчёты</translation>
    </message>
    <message>
        <source>Cannot open the report form</source>
        <translation>Не удаётся открыть форму отчёта</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Не удаётся открыть отчёт</translation>
    </message>
    <message>
        <source>Report %1 saved (station %2)</source>
        <translation>Отчёт %1 сохранён (участок %2)</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Удаление отчёта</translation>
    </message>
    <message>
        <source>Delete the report of station %1 with its answers and incidents? This cannot be undone.</source>
        <translation>Удалить отчёт по участку %1 вместе с ответами и инцидентами? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation>Отчёт не удалён</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>Отчёт удалён</translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation>Подсчёт ответов…</translation>
    </message>
    <message>
        <source>Export the findings data set</source>
        <translation>Экспорт набора данных наблюдения</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the data set…</source>
        <translation>Экспорт набора данных…</translation>
    </message>
    <message>
        <source>Data set exported</source>
        <translation>Набор данных экспортирован</translation>
    </message>
    <message>
        <source>The data set was not exported: %1</source>
        <translation>Набор данных не экспортирован: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation>Местное время миссии (%1)</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(новая запись)</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Заменён на %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Лист, строка</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Изменения или ошибки</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>A new observer, nominated on import:</source>
        <translation>Новый наблюдатель, выдвигается при импорте:</translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>Лист %1, строка %2</translation>
    </message>
    <message>
        <source>Same as the roster</source>
        <translation>Совпадает со списком</translation>
    </message>
    <message>
        <source>Already in the roster exactly like this; nothing changes.</source>
        <translation>Уже есть в списке точно в таком виде; ничего не меняется.</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>столбец %1 (%2)</translation>
    </message>
    <message>
        <source>New observer</source>
        <translation>Новый наблюдатель</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a place in the file, then a part of it</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import nominations</source>
        <translation>Импорт кандидатур</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>Сравнение со списком наблюдателей…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The roster could not be refreshed</source>
        <translation>Не удалось обновить список наблюдателей</translation>
    </message>
    <message>
        <source>Save the nominations template</source>
        <translation>Сохранение шаблона кандидатур</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Nominations template</source>
        <translation>Шаблон кандидатур</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <source>%1 nominations template.xlsx</source>
        <translation>%1 шаблон кандидатур.xlsx</translation>
    </message>
    <message>
        <source>The nominations template is saved as
%1

Send it to the sending states: it lists this mission&apos;s sending bodies, and a filled-in copy imports without questions.</source>
        <translation>Шаблон кандидатур сохранён как
%1

Направьте его направляющим государствам: в нём перечислены направляющие стороны этой миссии, а заполненная копия импортируется без дополнительных вопросов.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Серьёзность:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>&amp;Время (местное):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Give the incident a category.</source>
        <translation>Укажите категорию инцидента.</translation>
    </message>
    <message>
        <source>The time is not a time of day (HH:MM).</source>
        <translation>Время указано неверно (ЧЧ:ММ).</translation>
    </message>
    <message>
        <source>Secrecy of the vote</source>
        <translation>Тайна голосования</translation>
    </message>
    <message>
        <source>Voter identification</source>
        <translation>Идентификация избирателей</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <source>Pressure on voters</source>
        <translation>Давление на избирателей</translation>
    </message>
    <message>
        <source>Campaigning near the station</source>
        <translation>Агитация возле участка</translation>
    </message>
    <message>
        <source>Unauthorised persons</source>
        <translation>Посторонние лица</translation>
    </message>
    <message>
        <source>Restrictions on observers</source>
        <translation>Ограничения для наблюдателей</translation>
    </message>
    <message>
        <source>Ballot box or seals</source>
        <translation>Урна или пломбы</translation>
    </message>
    <message>
        <source>Counting procedure</source>
        <translation>Процедура подсчёта</translation>
    </message>
    <message>
        <source>Access for voters with disabilities</source>
        <translation>Доступ для избирателей с инвалидностью</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>IncidentsListModel</name>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Polling-station visit</source>
        <translation>Посещение участка</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Shift selected</source>
        <translation>Сдвинуть</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>PDF itineraries, the Excel deployment plan or an iCalendar file, for everyone or for the team or observer chosen</source>
        <translation>Программы в PDF, план развертывания в Excel или файл iCalendar — для всех, для выбранной группы или наблюдателя</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Deployment plan</source>
        <translation>План развертывания</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Накладок нет</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Накладки: %1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; (%2)?</source>
        <translation>Удалить «%1» (%2)?</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Не удаётся удалить мероприятие</translation>
    </message>
    <message numerus="yes">
        <source>Programme saved; %n conflict(s)</source>
        <translation>
            <numerusform>Программа сохранена; %n накладка</numerusform>
            <numerusform>Программа сохранена; %n накладки</numerusform>
            <numerusform>Программа сохранена; %n накладок</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot shift the events</source>
        <translation>Не удаётся сдвинуть мероприятия</translation>
    </message>
    <message>
        <source>Export the itinerary</source>
        <translation>Экспорт программы пребывания</translation>
    </message>
    <message>
        <source>Itineraries (PDF) (*.pdf);;Deployment plan and schedule (Excel) (*.xlsx);;Calendar (*.ics)</source>
        <translation>Программы (PDF) (*.pdf);;План развертывания и расписание (Excel) (*.xlsx);;Календарь (*.ics)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Cannot export the itinerary</source>
        <translation>Не удаётся экспортировать программу пребывания</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Closing and count</source>
        <translation>Подсчёт голосов</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначительный</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Серьёзный</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Введён вручную</translation>
    </message>
    <message>
        <source>ODK Central</source>
        <translation>ODK Central</translation>
    </message>
    <message>
        <source>KoboToolbox</source>
        <translation>KoboToolbox</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation>%1%2 п. п.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Presidential election</source>
        <translation>Президентские выборы</translation>
    </message>
    <message>
        <source>Early presidential election</source>
        <translation>Внеочередные президентские выборы</translation>
    </message>
    <message>
        <source>Parliamentary election</source>
        <translation>Парламентские выборы</translation>
    </message>
    <message>
        <source>Local elections</source>
        <translation>Местные выборы</translation>
    </message>
    <message>
        <source>Referendum</source>
        <translation>Референдум</translation>
    </message>
    <message>
        <source>Other vote</source>
        <translation>Другое голосование</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Legislative</source>
        <translation>Законодательная</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Исполнительная</translation>
    </message>
    <message>
        <source>Election authority</source>
        <translation>Избирательный орган</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>RATS</source>
        <translation>РАТС</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Выдвинут</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Документы собраны</translation>
    </message>
    <message>
        <source>Submitted to the CEC</source>
        <translation>Представлен в ЦИК</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Аккредитован</translation>
    </message>
    <message>
        <source>Badge issued</source>
        <translation>Бейдж выдан</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Заменён</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>Глава миссии</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Заместитель главы</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation>Иной (X)</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Cannot look for changes by others: %1</source>
        <translation>Не удаётся проверить изменения других пользователей: %1</translation>
    </message>
    <message>
        <source>%1 deleted this observer at %2.</source>
        <translation>Пользователь %1 удалил этого наблюдателя в %2.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2; your unsaved edits are kept. Saving them will tell you if they clash with that change.</source>
        <translation>Изменено пользователем %1 в %2; ваши несохранённые правки сохранены. При сохранении вы узнаете, не противоречат ли они этому изменению.</translation>
    </message>
    <message>
        <source>Updated with changes by %1 (%2), last at %3</source>
        <translation>Обновлено с учётом изменений пользователя %1 (%2), последнее — в %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Программа пребывания</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Результаты наблюдения</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>&amp;Новая миссия…</translation>
    </message>
    <message>
        <source>Set up a new mission in this database</source>
        <translation>Создать новую миссию в этой базе данных</translation>
    </message>
    <message>
        <source>Create &amp;Demo Mission</source>
        <translation>Создать &amp;демонстрационную миссию</translation>
    </message>
    <message>
        <source>Add the SCO demo mission (2022, Kazakhstan) to this database</source>
        <translation>Добавить в эту базу данных демонстрационную миссию ШОС (2022, Казахстан)</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <source>Start an empty database file for another mission</source>
        <translation>Создать пустой файл базы данных для другой миссии</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Open another Observer Desk database file</source>
        <translation>Открыть другой файл базы данных Observer Desk</translation>
    </message>
    <message>
        <source>&amp;Connect to a Shared Database…</source>
        <translation>&amp;Подключиться к общей базе данных…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL server together with the secretariat</source>
        <translation>Работать на сервере PostgreSQL вместе со всем секретариатом</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>The backups of this database: take one, restore one</source>
        <translation>Резервные копии этой базы данных: создание и восстановление</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <source>Who changed what and when in this mission</source>
        <translation>Кто, что и когда изменял в этой миссии</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the mission again from the database</source>
        <translation>Заново прочитать миссию из базы данных</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Settings of this computer, such as the interface language</source>
        <translation>Настройки этого компьютера, например язык интерфейса</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>The guide for secretariat staff, from an empty database to printed badges and the statement</source>
        <translation>Руководство для сотрудников секретариата: от пустой базы данных до напечатанных бейджей и заявления</translation>
    </message>
    <message>
        <source>&amp;About Observer Desk</source>
        <translation>&amp;О программе Observer Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Миссия:</translation>
    </message>
    <message>
        <source>The mission you are working on</source>
        <translation>Миссия, с которой вы работаете</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Cannot read the missions</source>
        <translation>Не удаётся прочитать миссии</translation>
    </message>
    <message>
        <source>Cannot open the mission</source>
        <translation>Не удаётся открыть миссию</translation>
    </message>
    <message>
        <source>Cannot read the mission</source>
        <translation>Не удаётся прочитать миссию</translation>
    </message>
    <message>
        <source>Mission details saved</source>
        <translation>Сведения о миссии сохранены</translation>
    </message>
    <message>
        <source>Observer Desk — %1</source>
        <translation>Observer Desk — %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The mission has changes that are not saved yet. Save them?</source>
        <translation>В миссии есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Mission %1 created</source>
        <translation>Миссия %1 создана</translation>
    </message>
    <message>
        <source>Creating the demo mission…</source>
        <translation>Создание демонстрационной миссии…</translation>
    </message>
    <message>
        <source>The demo mission %1 is ready</source>
        <translation>Демонстрационная миссия %1 готова</translation>
    </message>
    <message>
        <source>The demo mission is not available in this version of Observer Desk.</source>
        <translation>Демонстрационная миссия недоступна в этой версии Observer Desk.</translation>
    </message>
    <message>
        <source>The demo mission could not be created: %1</source>
        <translation>Не удалось создать демонстрационную миссию: %1</translation>
    </message>
    <message>
        <source>Demo mission</source>
        <translation>Демонстрационная миссия</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Observer Desk databases (%1);;All files (*)</source>
        <translation>Базы данных Observer Desk (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Observer Desk databases (%1)</source>
        <translation>Базы данных Observer Desk (%1)</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Wait until the current task has finished.</source>
        <translation>Дождитесь завершения текущей операции.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Не удаётся восстановить резервную копию</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>The previous content is kept in %1.</source>
        <translation>Прежнее содержимое сохранено в %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mission closed: personal data of %Ln observer(s) purged</source>
        <translation>
            <numerusform>Миссия закрыта: удалены персональные данные %Ln наблюдателя</numerusform>
            <numerusform>Миссия закрыта: удалены персональные данные %Ln наблюдателей</numerusform>
            <numerusform>Миссия закрыта: удалены персональные данные %Ln наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences saved; the language changes the next time Observer Desk starts.</source>
        <translation>Настройки сохранены; язык изменится при следующем запуске Observer Desk.</translation>
    </message>
</context>
<context>
    <name>MissionDetailsPage</name>
    <message>
        <source>Mission details</source>
        <translation>Сведения о миссии</translation>
    </message>
    <message>
        <source>Make &amp;head of mission</source>
        <translation>Назначить &amp;главой миссии</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>Глава миссии</translation>
    </message>
    <message>
        <source>The head of mission signs the statement and leads the list of members. A previous head becomes a deputy head.</source>
        <translation>Глава миссии подписывает заявление и открывает список членов миссии. Прежний глава становится заместителем главы.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Отменить изменения, внесённые после последнего сохранения</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>No observers in this mission yet: add observers first, then choose the head among them.</source>
        <translation>В миссии ещё нет наблюдателей: сначала добавьте наблюдателей, затем выберите среди них главу.</translation>
    </message>
    <message>
        <source>No head of mission chosen yet.</source>
        <translation>Глава миссии ещё не назначен.</translation>
    </message>
    <message>
        <source>Current head of mission: %1</source>
        <translation>Текущий глава миссии: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this mission after you opened it. Your edits are still in the form below. Reload shows the current version and replaces your edits, so note what you changed first.</source>
        <translation>Не сохранено: после того как вы открыли миссию, её изменил другой пользователь. Ваши правки остаются в форме ниже. «Перезагрузить» покажет текущую версию и заменит ваши правки, поэтому сначала запишите, что вы изменили.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked below.</source>
        <translation>Не сохранено: исправьте отмеченные ниже поля.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Mission details saved.</source>
        <translation>Сведения о миссии сохранены.</translation>
    </message>
    <message>
        <source>The head of mission was not changed: %1</source>
        <translation>Глава миссии не изменён: %1</translation>
    </message>
    <message>
        <source>Head of mission changed.</source>
        <translation>Глава миссии изменён.</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <source>e.g. SCO-KZ-2022</source>
        <translation>напр., SCO-KZ-2022</translation>
    </message>
    <message>
        <source>A short reference for the mission: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Краткое обозначение миссии: латинские буквы, цифры, «-», «_» или «.»</translation>
    </message>
    <message>
        <source>e.g. SCO Observer Mission to the presidential election in Kazakhstan</source>
        <translation>напр., Миссия наблюдателей ШОС на президентских выборах в Казахстане</translation>
    </message>
    <message>
        <source>e.g. Shanghai Cooperation Organisation</source>
        <translation>напр., Шанхайская организация сотрудничества</translation>
    </message>
    <message>
        <source>e.g. SCO</source>
        <translation>напр., ШОС</translation>
    </message>
    <message>
        <source>KZ</source>
        <translation>KZ</translation>
    </message>
    <message>
        <source>The two-letter ISO 3166 code of the host country</source>
        <translation>Двухбуквенный код ISO 3166 принимающей страны</translation>
    </message>
    <message>
        <source>e.g. Central Election Commission of the Republic of Kazakhstan</source>
        <translation>напр., Центральная избирательная комиссия Республики Казахстан</translation>
    </message>
    <message>
        <source>The IANA time zone of the capital, e.g. Asia/Almaty</source>
        <translation>Часовой пояс столицы по IANA, напр. Asia/Almaty</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Time kept free between two events of the itinerary, for getting from one to the next</source>
        <translation>Время между двумя мероприятиями программы на переезд от одного к другому</translation>
    </message>
    <message>
        <source>Secretariat address, telephone, e-mail</source>
        <translation>Адрес, телефон, электронная почта секретариата</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;Host country:</source>
        <translation>&amp;Принимающая страна:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Выборы:</translation>
    </message>
    <message>
        <source>Election &amp;day:</source>
        <translation>&amp;День голосования:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Mission &amp;period:</source>
        <translation>Сроки &amp;миссии:</translation>
    </message>
    <message>
        <source>Election co&amp;mmission:</source>
        <translation>&amp;Избирательная комиссия:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation>&amp;Рабочие языки:</translation>
    </message>
    <message>
        <source>Travel &amp;buffer:</source>
        <translation>&amp;Время на переезд:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Ко&amp;нтакты:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>Обязательное поле: заполните его.</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Close Mission…</source>
        <translation>Закрыть миссию…</translation>
    </message>
    <message>
        <source>After the mission: purge its observers&apos; personal data, keep names, itinerary and findings</source>
        <translation>По окончании миссии: удалить персональные данные наблюдателей, сохранив имена, программу и результаты наблюдения</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation>Направляющие стороны</translation>
    </message>
    <message>
        <source>This mission was closed on %1: the personal data of its observers (passport data, dates of birth, contacts, notes, photos) was purged. Names, itinerary, findings and statements are kept.</source>
        <translation>Миссия закрыта %1: персональные данные её наблюдателей (паспортные данные, даты рождения, контакты, примечания, фотографии) удалены. Имена, программа, результаты наблюдения и заявления сохранены.</translation>
    </message>
    <message>
        <source>Purge Again…</source>
        <translation>Удалить повторно…</translation>
    </message>
    <message>
        <source>The mission was not closed: %1</source>
        <translation>Миссия не закрыта: %1</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <source>New Mission</source>
        <translation>Новая миссия</translation>
    </message>
    <message>
        <source>Create mission</source>
        <translation>Создать миссию</translation>
    </message>
    <message>
        <source>Sending bodies, the head of mission and the other details can be added once the mission exists.</source>
        <translation>Направляющие стороны, главу миссии и другие сведения можно добавить после создания миссии.</translation>
    </message>
    <message>
        <source>The mission was not created: please correct the fields marked below.</source>
        <translation>Миссия не создана: исправьте отмеченные ниже поля.</translation>
    </message>
    <message>
        <source>The mission was not created: %1</source>
        <translation>Миссия не создана: %1</translation>
    </message>
</context>
<context>
    <name>ObserverEditor</name>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Unique in the mission, e.g. RU-04</source>
        <translation>Уникальный в миссии, напр. RU-04</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>In Latin script, as in the passport</source>
        <translation>Латиницей, как в паспорте</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Name in own &amp;script:</source>
        <translation>Имя на &amp;родном языке:</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович, 王伟</source>
        <translation>напр., Иванов Иван Иванович, 王伟</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>Sending &amp;body:</source>
        <translation>&amp;Направляющая сторона:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>e.g. Central Election Commission</source>
        <translation>напр., Центральная избирательная комиссия</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>As the nomination gives it</source>
        <translation>Как указано в документе о выдвижении</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Ветвь власти:</translation>
    </message>
    <message>
        <source>&amp;Role in the mission:</source>
        <translation>&amp;Роль в миссии:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Codes, e.g. en, ru, zh</source>
        <translation>Коды, напр. en, ru, zh</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>Номер &amp;паспорта:</translation>
    </message>
    <message>
        <source>Passport &amp;expires:</source>
        <translation>Паспорт &amp;действителен до:</translation>
    </message>
    <message>
        <source>CEC papers:</source>
        <translation>Документы ЦИК:</translation>
    </message>
    <message>
        <source>&amp;Arrival flight:</source>
        <translation>Рейс &amp;прибытия:</translation>
    </message>
    <message>
        <source>e.g. KC 852</source>
        <translation>напр., KC 852</translation>
    </message>
    <message>
        <source>Arri&amp;val:</source>
        <translation>Пр&amp;ибытие:</translation>
    </message>
    <message>
        <source>&amp;Departure flight:</source>
        <translation>Рейс &amp;убытия:</translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation>&amp;Убытие:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Гостиница:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>History of Changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <source>A new observer starts as nominated once saved; the steps of the accreditation appear here.</source>
        <translation>После сохранения новый наблюдатель получает статус «Выдвинут»; здесь появятся этапы аккредитации.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation>Местное время: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>The record could not be checked: %1</source>
        <translation>Не удалось проверить запись: %1</translation>
    </message>
    <message>
        <source>Open the other record</source>
        <translation>Открыть другую запись</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %Ln ошибку</numerusform>
            <numerusform>Перед сохранением нужно исправить %Ln ошибки</numerusform>
            <numerusform>Перед сохранением нужно исправить %Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) marked in red. Please correct them first.</source>
        <translation>
            <numerusform>Не сохранено: %Ln ошибка отмечена красным. Сначала исправьте её.</numerusform>
            <numerusform>Не сохранено: %Ln ошибки отмечены красным. Сначала исправьте их.</numerusform>
            <numerusform>Не сохранено: %Ln ошибок отмечено красным. Сначала исправьте их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1.
Your changes are still in this window. Copy what you need, then reload to see the record as it is now.</source>
        <translation>Не сохранено: %1.
Ваши изменения остаются в этом окне. Скопируйте нужное, затем перезагрузите запись, чтобы увидеть её текущее состояние.</translation>
    </message>
    <message>
        <source>Reload (drops my changes)</source>
        <translation>Перезагрузить (мои изменения будут потеряны)</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Observer added to the roster.</source>
        <translation>Наблюдатель добавлен в список.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>Choose the observer&apos;s photo</source>
        <translation>Выберите фотографию наблюдателя</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Изображения (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo for a badge needs far less</source>
        <translation>размер файла %1 МБ; для фотографии на бейдж нужно гораздо меньше</translation>
    </message>
    <message>
        <source>%1 cannot be used as a photo: %2.</source>
        <translation>%1 нельзя использовать как фотографию: %2.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Этот файл</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Фотография не использована</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (other common image formats work too). The photo stored before, if any, is unchanged.</source>
        <translation>Используйте фотографию в формате JPEG или PNG (подходят и другие распространённые форматы). Сохранённая ранее фотография, если она есть, не изменена.</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Перетащенное изображение</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>note to the CEC %1 of %2</source>
        <translation>нота в ЦИК № %1 от %2</translation>
    </message>
    <message>
        <source>CEC certificate %1 of %2</source>
        <translation>удостоверение ЦИК № %1 от %2</translation>
    </message>
    <message>
        <source>none yet (recorded with the accreditation steps)</source>
        <translation>пока нет (вносятся на этапах аккредитации)</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Сначала сохраните</translation>
    </message>
    <message>
        <source>The status change works on the saved record. Save your changes first?</source>
        <translation>Статус меняется в сохранённой записи. Сначала сохранить изменения?</translation>
    </message>
    <message>
        <source>New observer</source>
        <translation>Новый наблюдатель</translation>
    </message>
    <message>
        <source>New observer[*]</source>
        <translation>Новый наблюдатель[*]</translation>
    </message>
    <message>
        <source>%1 — observer[*]</source>
        <translation>%1 — наблюдатель[*]</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This observer has changes that are not saved yet. Save them?</source>
        <translation>В записи наблюдателя есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ObserversPage</name>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Active observers (not rejected, withdrawn or replaced) of each sending body against its quota; over quota in red. Click a body to show only its observers.</source>
        <translation>Действующие наблюдатели (не отклонённые, не отозванные и не заменённые) каждой направляющей стороны в сравнении с её квотой; превышение квоты — красным. Щёлкните сторону, чтобы показать только её наблюдателей.</translation>
    </message>
    <message>
        <source>&amp;New observer</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add an observer to the roster (%1)</source>
        <translation>Добавить наблюдателя в список (%1)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the chosen observer&apos;s record (Enter or double-click)</source>
        <translation>Открыть запись выбранного наблюдателя (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Изменить с&amp;татус…</translation>
    </message>
    <message>
        <source>Move the chosen observers to another accreditation status</source>
        <translation>Перевести выбранных наблюдателей в другой статус аккредитации</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>Печать &amp;бейджей…</translation>
    </message>
    <message>
        <source>Print the badges of the accredited observers, or of the observers chosen in the roster</source>
        <translation>Напечатать бейджи аккредитованных наблюдателей или наблюдателей, выбранных в списке</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>Экспорт в&amp;ыбранных…</translation>
    </message>
    <message>
        <source>A roster workbook of the chosen observers</source>
        <translation>Книга со списком выбранных наблюдателей</translation>
    </message>
    <message>
        <source>&amp;Import nominations…</source>
        <translation>&amp;Импорт кандидатур…</translation>
    </message>
    <message>
        <source>Add and update observers from a nominations workbook</source>
        <translation>Добавить и обновить наблюдателей из книги с кандидатурами</translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation>&amp;Экспорт всех…</translation>
    </message>
    <message>
        <source>The whole roster as a workbook, with the list for the CEC</source>
        <translation>Весь список наблюдателей в виде книги Excel, включая список для ЦИК</translation>
    </message>
    <message>
        <source>Nominations &amp;template…</source>
        <translation>&amp;Шаблон…</translation>
    </message>
    <message>
        <source>The empty workbook to send to the sending states</source>
        <translation>Шаблон кандидатур: пустая книга для рассылки направляющим государствам</translation>
    </message>
    <message>
        <source>Search code, name, institution, position</source>
        <translation>Код, имя, учреждение, должность</translation>
    </message>
    <message>
        <source>Filters as you type; every word must match (Ctrl+F)</source>
        <translation>Фильтрует по мере ввода; должно совпасть каждое слово (Ctrl+F)</translation>
    </message>
    <message>
        <source>All sending bodies</source>
        <translation>Все направляющие стороны</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>Не удалось прочитать список наблюдателей: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>Не удаётся прочитать список наблюдателей</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln наблюдатель</numerusform>
            <numerusform>%Ln наблюдателя</numerusform>
            <numerusform>%Ln наблюдателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accredited</source>
        <translation>
            <numerusform>%Ln аккредитован</numerusform>
            <numerusform>%Ln аккредитованы</numerusform>
            <numerusform>%Ln аккредитовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln</source>
        <translation>
            <numerusform>Показано %1 из %Ln</numerusform>
            <numerusform>Показано %1 из %Ln</numerusform>
            <numerusform>Показано %1 из %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %Ln observer(s)</source>
        <translation>
            <numerusform>Статус изменён у %Ln наблюдателя</numerusform>
            <numerusform>Статус изменён у %Ln наблюдателей</numerusform>
            <numerusform>Статус изменён у %Ln наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned to a body</source>
        <translation>Не отнесён к направляющей стороне</translation>
    </message>
    <message>
        <source>over quota by %1</source>
        <translation>сверх квоты на %1</translation>
    </message>
    <message>
        <source>no body: %1</source>
        <translation>без стороны: %1</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Чтение списка наблюдателей…</translation>
    </message>
    <message>
        <source>Cannot open the observer</source>
        <translation>Не удаётся открыть запись наблюдателя</translation>
    </message>
    <message>
        <source>Observer saved</source>
        <translation>Наблюдатель сохранён</translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation>Функция «%1» в этой версии пока недоступна.</translation>
    </message>
    <message>
        <source>Importing nominations</source>
        <translation>Импорт кандидатур</translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation>Экспорт списка наблюдателей</translation>
    </message>
    <message>
        <source>The nominations template</source>
        <translation>Шаблон кандидатур</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Election and mission</source>
        <translation>Выборы и миссия</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Выборы:</translation>
    </message>
    <message>
        <source>Election day:</source>
        <translation>День голосования:</translation>
    </message>
    <message>
        <source>Host country:</source>
        <translation>Принимающая страна:</translation>
    </message>
    <message>
        <source>Election commission:</source>
        <translation>Избирательная комиссия:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Mission period:</source>
        <translation>Сроки миссии:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Head of mission:</source>
        <translation>Глава миссии:</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Рабочие языки:</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Programme and findings</source>
        <translation>Программа и результаты наблюдения</translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation>Направляющие стороны</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Events in the programme</source>
        <translation>Мероприятия программы</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>Отчёты о посещениях</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>пока не указано</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>пока не выбран</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln наблюдатель</numerusform>
            <numerusform>%Ln наблюдателя</numerusform>
            <numerusform>%Ln наблюдателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln sending body(-ies)</source>
        <translation>
            <numerusform>от %Ln направляющей стороны</numerusform>
            <numerusform>от %Ln направляющих сторон</numerusform>
            <numerusform>от %Ln направляющих сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in the quotas</source>
        <translation>
            <numerusform>%Ln место по квотам</numerusform>
            <numerusform>%Ln места по квотам</numerusform>
            <numerusform>%Ln мест по квотам</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accredited</source>
        <translation>аккредитовано %1 из %2</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Вся страница</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Нет предварительного просмотра</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 × %3 mm</source>
        <comment>page count, page width × height</comment>
        <translation>%1, %2 × %3 мм</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>&amp;Выбрать фото…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or other image file; you crop it next</source>
        <translation>Файл JPEG, PNG или другого формата изображений; затем его нужно будет обрезать</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>or drop an image file on this window</source>
        <translation>или перетащите файл изображения в это окно</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Обрезка фотографии</translation>
    </message>
    <message>
        <source>The badge and the accreditation papers use a %1 × %2 mm passport photo, stored at 300 dpi (%3 × %4 pixels). Drag the frame onto the face and drag a corner to make it larger or smaller; arrow keys and + / - work too.</source>
        <translation>На бейдже и в документах для аккредитации используется фотография паспортного формата %1 × %2 мм, которая хранится с разрешением 300 dpi (%3 × %4 пикселей). Перетащите рамку на лицо и тяните за угол, чтобы увеличить или уменьшить её; работают также клавиши со стрелками и + / -.</translation>
    </message>
    <message>
        <source>Image: %1 × %2 pixels</source>
        <translation>Изображение: %1 × %2 пикселей</translation>
    </message>
    <message>
        <source>On the badge:</source>
        <translation>На бейдже:</translation>
    </message>
    <message>
        <source>&amp;Largest frame</source>
        <translation>&amp;Наибольшая рамка</translation>
    </message>
    <message>
        <source>Put the frame back to the largest one that fits</source>
        <translation>Вернуть наибольшую рамку, которая помещается в изображение</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>&amp;Использовать это фото</translation>
    </message>
</context>
<context>
    <name>PlaceholderModel</name>
    <message>
        <source>Placeholder</source>
        <translation>Подстановка</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>(reading the data…)</source>
        <translation>(чтение данных…)</translation>
    </message>
    <message>
        <source>a checklist finding as the texts quote it</source>
        <translation>результат по вопросу анкеты в том виде, как его цитируют тексты</translation>
    </message>
</context>
<context>
    <name>PlacesModels</name>
    <message>
        <source>(within)</source>
        <translation>(внутри)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Гостиница</translation>
    </message>
    <message>
        <source>Election commission</source>
        <translation>Избирательная комиссия</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Regions, cities and districts, each with its time zone: the local time of every station and venue in it.</source>
        <translation>Регионы, города и районы, каждый со своим часовым поясом: по нему определяется местное время всех участков и мест проведения на его территории.</translation>
    </message>
    <message>
        <source>The polling stations teams may visit, with their opening hours (visits outside them are conflicts, except an opening and a count).</source>
        <translation>Избирательные участки, которые могут посещать группы, с часами работы (посещения вне этих часов считаются накладками, кроме открытия и подсчёта голосов).</translation>
    </message>
    <message>
        <source>Import from a workbook…</source>
        <translation>Импорт из книги…</translation>
    </message>
    <message>
        <source>The hotel, the election commission, ministries and other places of meetings.</source>
        <translation>Гостиница, избирательная комиссия, министерства и другие места встреч.</translation>
    </message>
    <message>
        <source>the travel time %1 – %2</source>
        <translation>время в пути %1 – %2</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>участок %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Места проведения</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Время в пути</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n территория</numerusform>
            <numerusform>%n территории</numerusform>
            <numerusform>%n территорий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n участок</numerusform>
            <numerusform>%n участка</numerusform>
            <numerusform>%n участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n место проведения</numerusform>
            <numerusform>%n места проведения</numerusform>
            <numerusform>%n мест проведения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between any other pair of units: the mission&apos;s default of %n minute(s).</source>
        <translation>
            <numerusform>Для любой другой пары территорий — значение миссии по умолчанию, %n минута.</numerusform>
            <numerusform>Для любой другой пары территорий — значение миссии по умолчанию, %n минуты.</numerusform>
            <numerusform>Для любой другой пары территорий — значение миссии по умолчанию, %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the units first: every station lies in one</source>
        <translation>Сначала добавьте территории: каждый участок относится к одной из них</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Check what the import will do</source>
        <translation>Проверьте, что сделает импорт</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Select a row to see every change or problem in it.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импорт». Выберите строку, чтобы увидеть все изменения и ошибки в ней.</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Лист, строка</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>Сравнение со списком наблюдателей…</translation>
    </message>
    <message>
        <source>%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors</source>
        <translation>%1 в %2: добавить — %3, обновить — %4, без изменений — %5, с ошибками — %6</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Correct them in the file, save it, and choose Check again.</source>
        <translation>Исправьте их в файле, сохраните его и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Every row matches the roster already: there is nothing to import.</source>
        <translation>Все строки уже совпадают со списком наблюдателей: импортировать нечего.</translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1.</source>
        <translation>Готово: нажмите «Импорт», чтобы добавить: %1.</translation>
    </message>
    <message>
        <source>Ready: choose Import to update %1.</source>
        <translation>Готово: нажмите «Импорт», чтобы обновить: %1.</translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1 and update %2.</source>
        <translation>Готово: нажмите «Импорт», чтобы добавить: %1 и обновить: %2.</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>лист %1, столбец %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>not recognised, left out</source>
        <translation>не распознан, пропущен</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with warnings (in amber); warnings do not stop the import.</source>
        <translation>
            <numerusform>%n строка с предупреждением (жёлтым); предупреждения не мешают импорту.</numerusform>
            <numerusform>%n строки с предупреждениями (жёлтым); предупреждения не мешают импорту.</numerusform>
            <numerusform>%n строк с предупреждениями (жёлтым); предупреждения не мешают импорту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n строка с ошибками: ничего не будет импортировано, пока она не исправлена.</numerusform>
            <numerusform>%n строки с ошибками: ничего не будет импортировано, пока они не исправлены.</numerusform>
            <numerusform>%n строк с ошибками: ничего не будет импортировано, пока они не исправлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n наблюдатель</numerusform>
            <numerusform>%n наблюдателя</numerusform>
            <numerusform>%n наблюдателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column %1 on sheet %2 has %n value(s) but no header</source>
        <translation>
            <numerusform>в столбце %1 на листе %2 есть %n значение, но нет заголовка</numerusform>
            <numerusform>в столбце %1 на листе %2 есть %n значения, но нет заголовка</numerusform>
            <numerusform>в столбце %1 на листе %2 есть %n значений, но нет заголовка</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet %1 (%2)</source>
        <translation>лист %1 (%2)</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Не импортировано: %1.</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Нет плана</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Остановлено. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <source>Writing observers: %1 of %2</source>
        <translation>Запись наблюдателей: %1 из %2</translation>
    </message>
    <message>
        <source>Import stopped: nothing was written.</source>
        <translation>Импорт остановлен: ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Flagged reports are imported for someone to complete; rows with errors stop the import until the file is corrected.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импорт». Отмеченные отчёты импортируются для последующего дополнения; строки с ошибками останавливают импорт, пока файл не исправлен.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import, and then every row is written or none. Select a row to see all of it.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импорт»; тогда записываются либо все строки, либо ни одной. Выберите строку, чтобы увидеть её полностью.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: nothing will be imported until they are fixed. Correct them in the file, save it, and choose Check again.</source>
        <translation>
            <numerusform>%n строка с ошибками: ничего не будет импортировано, пока она не исправлена. Исправьте файл, сохраните его и нажмите «Проверить снова».</numerusform>
            <numerusform>%n строки с ошибками: ничего не будет импортировано, пока они не исправлены. Исправьте файл, сохраните его и нажмите «Проверить снова».</numerusform>
            <numerusform>%n строк с ошибками: ничего не будет импортировано, пока они не исправлены. Исправьте файл, сохраните его и нажмите «Проверить снова».</numerusform>
        </translation>
    </message>
    <message>
        <source>Every station is stored like this already: there is nothing to import.</source>
        <translation>Все участки уже сохранены в таком виде: импортировать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n участок</numerusform>
            <numerusform>%n участка</numerusform>
            <numerusform>%n участков</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing stations: %1 of %2</source>
        <translation>Запись участков: %1 из %2</translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation>Требуют дополнения</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Duplicates: keep one of each group. Nothing is merged or deleted; the rows left out are simply not imported.</source>
        <translation>Дубликаты: оставьте по одной строке из каждой группы. Ничего не объединяется и не удаляется; пропущенные строки просто не импортируются.</translation>
    </message>
    <message>
        <source>No duplicates: no submission id twice, no station visited twice in the same phase at the same time.</source>
        <translation>Дубликатов нет: ни один идентификатор записи не повторяется, ни один участок не посещён дважды на одном этапе в одно и то же время.</translation>
    </message>
    <message>
        <source>Rows with errors stop the import: correct the file and read it again. %1</source>
        <translation>Строки с ошибками останавливают импорт: исправьте файл и прочитайте его снова. %1</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Прочитать снова</translation>
    </message>
    <message>
        <source>Keep one of each group of duplicates below. %1</source>
        <translation>Оставьте по одной строке из каждой группы дубликатов ниже. %1</translation>
    </message>
    <message>
        <source>Nothing to import. %1</source>
        <translation>Импортировать нечего. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing reports: %1 of %2</source>
        <translation>Запись отчётов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The new language is used the next time Observer Desk starts.</source>
        <translation>Новый язык будет использоваться после следующего запуска Observer Desk.</translation>
    </message>
    <message>
        <source>This run speaks %1 because the %2 environment variable says so.</source>
        <translation>Сейчас используется язык «%1», так как он задан переменной окружения %2.</translation>
    </message>
    <message>
        <source>The preference could not be saved: %1</source>
        <translation>Не удалось сохранить настройку: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>Чтение строк: %1</translation>
    </message>
    <message>
        <source>Reading rows: %1 of about %2</source>
        <translation>Чтение строк: %1 из примерно %2</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <source>Choose a question</source>
        <translation>Выберите вопрос</translation>
    </message>
    <message numerus="yes">
        <source>answered in %Ln report(s)</source>
        <translation>
            <numerusform>отвечено в %Ln отчёте</numerusform>
            <numerusform>отвечено в %Ln отчётах</numerusform>
            <numerusform>отвечено в %Ln отчётах</numerusform>
        </translation>
    </message>
    <message>
        <source>negative: %1</source>
        <translation>отрицательных: %1</translation>
    </message>
    <message>
        <source>Numbers, times and texts are not grouped; the data set export holds every answer.</source>
        <translation>Числа, время и тексты не группируются; все ответы есть в экспорте набора данных.</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Без участка</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>По этапам</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>A report may choose several answers: the shares add up to more than 100 %.</source>
        <translation>В отчёте можно выбрать несколько ответов: сумма долей превышает 100 %.</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>The column name in ODK and Kobo exports: letters, digits and _</source>
        <translation>Имя столбца в выгрузках ODK и Kobo: латинские буквы, цифры и _</translation>
    </message>
    <message>
        <source>A note: text shown on the form, never answered.</source>
        <translation>Примечание: текст, показываемый в форме, не требует ответа.</translation>
    </message>
    <message>
        <source>An answer is required (when the question applies)</source>
        <translation>Ответ обязателен (если вопрос применим)</translation>
    </message>
    <message>
        <source>Shown when, e.g. ${group_voting} = &apos;yes&apos; (empty: always)</source>
        <translation>напр. ${group_voting} = &apos;yes&apos; (пусто — всегда)</translation>
    </message>
    <message>
        <source>Valid when, e.g. . &lt;= ${registered_voters} (. is the answer)</source>
        <translation>напр. . &lt;= ${registered_voters} (. — ответ)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>When invalid</source>
        <translation>Сообщение об ошибке</translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Choice list:</source>
        <translation>Список вариантов:</translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation>Показывать, если:</translation>
    </message>
    <message>
        <source>Valid when:</source>
        <translation>Допустимо, если:</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Новый список…</translation>
    </message>
    <message numerus="yes">
        <source>Choices of the list “%1” (used by %Ln question(s))</source>
        <translation>
            <numerusform>Варианты списка «%1» (используется в %Ln вопросе)</numerusform>
            <numerusform>Варианты списка «%1» (используется в %Ln вопросах)</numerusform>
            <numerusform>Варианты списка «%1» (используется в %Ln вопросах)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaDelegate</name>
    <message>
        <source>No quota</source>
        <translation>Без квоты</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Changes are recorded once the record is saved.</source>
        <translation>Изменения фиксируются после сохранения записи.</translation>
    </message>
    <message>
        <source>Every saved change: when, who, which fields, old and new values. Personal data is shown masked.</source>
        <translation>Все сохранённые изменения: когда, кто, какие поля, прежние и новые значения. Персональные данные показаны в скрытом виде.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>New visit report</source>
        <translation>Новый отчёт о посещении</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчёт %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Номер или название</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Участок:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Arrival – departure:</source>
        <translation>&amp;Прибытие – убытие:</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>по плану %1</translation>
    </message>
    <message>
        <source>Incidents and notes</source>
        <translation>Инциденты и примечания</translation>
    </message>
    <message>
        <source>Add &amp;Incident…</source>
        <translation>Добавить &amp;инцидент…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Notes on the visit</source>
        <translation>Примечания к посещению</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation>Сохранить и &amp;создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This report was imported flagged for completion: %1</source>
        <translation>Отчёт импортирован с пометкой «требует дополнения»: %1</translation>
    </message>
    <message>
        <source>local time, %1 (%2)</source>
        <translation>местное время, %1 (%2)</translation>
    </message>
    <message>
        <source>%1 voters on the list</source>
        <translation>избирателей в списке: %1</translation>
    </message>
    <message>
        <source>Choose the team.</source>
        <translation>Выберите группу.</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>Выберите избирательный участок.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Отвечено на %1 из %2 вопросов</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>Требуется ответ.</translation>
    </message>
    <message>
        <source>The answer does not meet the question&apos;s condition.</source>
        <translation>Ответ не удовлетворяет условию вопроса.</translation>
    </message>
    <message>
        <source>%1 is not one of the choices.</source>
        <translation>%1 не входит в число вариантов.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Type a time of day, such as 09:30.</source>
        <translation>Введите время, напр. 09:30.</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be saved yet: %Ln answer(s) need attention (marked in red).</source>
        <translation>
            <numerusform>Отчёт пока нельзя сохранить: %Ln ответ требует внимания (отмечен красным).</numerusform>
            <numerusform>Отчёт пока нельзя сохранить: %Ln ответа требуют внимания (отмечены красным).</numerusform>
            <numerusform>Отчёт пока нельзя сохранить: %Ln ответов требуют внимания (отмечены красным).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation>Отчёт не сохранён:</translation>
    </message>
    <message>
        <source>Report %1 saved (station %2). The next one:</source>
        <translation>Отчёт %1 сохранён (участок %2). Следующий:</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>Несохранённый отчёт</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Save them?</source>
        <translation>В отчёте есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Choose a report in the list to read it here.</source>
        <translation>Выберите отчёт в списке, чтобы просмотреть его здесь.</translation>
    </message>
    <message>
        <source>&amp;Edit Report…</source>
        <translation>&amp;Изменить отчёт…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>участок не указан</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>To complete:</source>
        <translation>Дополнить:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Убытие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Local time of the station</source>
        <translation>Местное время участка</translation>
    </message>
    <message>
        <source>Answers that count as negative (a &apos;no&apos; where &apos;yes&apos; is good, a bad rating...)</source>
        <translation>Ответы, считающиеся отрицательными («нет», где «да» — хорошо; плохая оценка…)</translation>
    </message>
    <message>
        <source>Imported reports the secretariat must complete</source>
        <translation>Импортированные отчёты, которые секретариат должен дополнить</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>дополнить</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>Экспорт списка наблюдателей</translation>
    </message>
    <message>
        <source>Export the roster as a workbook</source>
        <translation>Экспорт списка наблюдателей в книгу Excel</translation>
    </message>
    <message>
        <source>One sheet with every observer grouped by sending body, a count per body against its quota, and the list in the form the CEC asks for. The observer code stays in the first column, so a corrected copy can be imported again.</source>
        <translation>Лист со всеми наблюдателями по направляющим сторонам, подсчёт по каждой стороне в сравнении с квотой и список по форме, которую требует ЦИК. Код наблюдателя остаётся в первом столбце, поэтому исправленную копию можно снова импортировать.</translation>
    </message>
    <message>
        <source>The whole roster</source>
        <translation>Весь список</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected observer(s)</source>
        <translation>
            <numerusform>Только %Ln выбранный наблюдатель</numerusform>
            <numerusform>Только %Ln выбранных наблюдателя</numerusform>
            <numerusform>Только %Ln выбранных наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Public roster (no passport numbers, dates of birth, phone or e-mail)</source>
        <translation>Открытый список (без паспортов, дат рождения и контактов)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Observers:</source>
        <translation>Наблюдатели:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Содержание:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>public roster</source>
        <translation>открытый список</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>список</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>выборка</translation>
    </message>
    <message>
        <source>The Roster and By body sheets only; safe to circulate.</source>
        <translation>Только листы «Список» и «По сторонам»; можно распространять.</translation>
    </message>
    <message>
        <source>Includes passport numbers, dates of birth and contact details, and the CEC submission sheet: send it only to the host authorities.</source>
        <translation>Содержит номера паспортов, даты рождения, контактные данные и лист для представления в ЦИК: направляйте только властям принимающей страны.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>Выберите, куда сохранить книгу.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new roster?</source>
        <translation>Файл %1 уже существует. Заменить его новым списком?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s) exported to %1</source>
        <translation>
            <numerusform>%Ln наблюдатель экспортирован в %1</numerusform>
            <numerusform>%Ln наблюдателя экспортированы в %1</numerusform>
            <numerusform>%Ln наблюдателей экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>The roster was not exported: %1</source>
        <translation>Список наблюдателей не экспортирован: %1</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Family name in capitals, then given names, in Latin script as in the passport</source>
        <translation>Фамилия прописными буквами, затем имя, латиницей, как в паспорте</translation>
    </message>
    <message>
        <source>The state or organisation body that sends the observer</source>
        <translation>Государство или орган организации, направляющий наблюдателя</translation>
    </message>
    <message>
        <source>Only the last three characters are shown in lists</source>
        <translation>В списках показываются только три последних символа</translation>
    </message>
    <message>
        <source>Whether a badge photo is on file</source>
        <translation>Есть ли фотография для бейджа</translation>
    </message>
    <message>
        <source>Not assigned to a sending body</source>
        <translation>Не отнесён к направляющей стороне</translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation>Фото есть</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Фото пока нет</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Shown when, e.g. ${phase} = &apos;opening&apos; (empty: always)</source>
        <translation>напр. ${phase} = &apos;opening&apos; (пусто — всегда)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation>Показывать, если:</translation>
    </message>
</context>
<context>
    <name>SendingBodiesModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Название (кит.)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>A short code, unique in the mission (e.g. CN, SEC)</source>
        <translation>Краткий код, уникальный в миссии (напр., CN, SEC)</translation>
    </message>
    <message>
        <source>Two-letter ISO code of the sending state</source>
        <translation>Двухбуквенный код ISO направляющего государства</translation>
    </message>
    <message>
        <source>How many observers the body may send; empty for no limit</source>
        <translation>Сколько наблюдателей может направить сторона; пусто — без ограничения</translation>
    </message>
    <message>
        <source>Observers of this body in the roster, against its quota</source>
        <translation>Наблюдатели этой стороны в списке в сравнении с её квотой</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No quota set for this body</source>
        <translation>Для этой стороны квота не установлена</translation>
    </message>
    <message>
        <source>Over quota by %1</source>
        <translation>Сверх квоты на %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) still open</source>
        <translation>
            <numerusform>Свободно ещё %Ln место</numerusform>
            <numerusform>Свободно ещё %Ln места</numerusform>
            <numerusform>Свободно ещё %Ln мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %Ln observer(s) belong to it. Move them to another sending body first.</source>
        <translation>
            <numerusform>Сторону «%1» нельзя удалить: к ней относится %Ln наблюдатель. Сначала переведите его к другой направляющей стороне.</numerusform>
            <numerusform>Сторону «%1» нельзя удалить: к ней относятся %Ln наблюдателя. Сначала переведите их к другой направляющей стороне.</numerusform>
            <numerusform>Сторону «%1» нельзя удалить: к ней относятся %Ln наблюдателей. Сначала переведите их к другой направляющей стороне.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota filled</source>
        <translation>Квота заполнена</translation>
    </message>
    <message>
        <source>This body</source>
        <translation>Эта сторона</translation>
    </message>
</context>
<context>
    <name>SendingBodiesPage</name>
    <message>
        <source>The states and organisation bodies that send observers, in the order lists and the statement name them. Double-click a cell to edit it; changes are kept only when you save.</source>
        <translation>Государства и органы организации, направляющие наблюдателей, в том порядке, в котором их называют списки и заявление. Чтобы изменить ячейку, щёлкните её дважды; изменения сохраняются только после нажатия «Сохранить».</translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation>&amp;Добавить сторону</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Отменить изменения, внесённые после последнего сохранения</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Sending bodies saved.</source>
        <translation>Направляющие стороны сохранены.</translation>
    </message>
    <message>
        <source>Not saved. Please correct the following (rows in question are marked):</source>
        <translation>Не сохранено. Исправьте следующее (соответствующие строки отмечены):</translation>
    </message>
    <message>
        <source>Cannot remove this body</source>
        <translation>Нельзя удалить эту сторону</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending body(-ies)</source>
        <translation>
            <numerusform>%Ln направляющая сторона</numerusform>
            <numerusform>%Ln направляющие стороны</numerusform>
            <numerusform>%Ln направляющих сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in the quotas</source>
        <translation>
            <numerusform>%Ln место по квотам</numerusform>
            <numerusform>%Ln места по квотам</numerusform>
            <numerusform>%Ln мест по квотам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln наблюдатель</numerusform>
            <numerusform>%Ln наблюдателя</numerusform>
            <numerusform>%Ln наблюдателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Preliminary statement</source>
        <translation>Предварительное заявление</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Итоговый доклад</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the text (Ctrl+S)</source>
        <translation>Сохранить текст (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Mark as issued…</source>
        <translation>Выпустить…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Start from the default text</source>
        <translation>Начать с типового текста</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>С датой</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>Показать PDF</translation>
    </message>
    <message>
        <source>Make the PDF of the text as it is now (saved or not) and show it</source>
        <translation>Создать PDF из текущего текста (сохранённого или нет) и показать его</translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation>Заполненный текст</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Put the chosen placeholder where the cursor is (Insert)</source>
        <translation>Вставить выбранную подстановку в позицию курсора (Insert)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Подстановки</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Результаты наблюдения</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The statement has changes that are not saved. Save them first?</source>
        <translation>В заявлении есть несохранённые изменения. Сначала сохранить их?</translation>
    </message>
    <message>
        <source>The statement could not be read: %1</source>
        <translation>Не удалось прочитать заявление: %1</translation>
    </message>
    <message>
        <source>The mission has no %1 in %2 yet. Start from the default text: it is written as a secretariat writes it, with placeholders the program fills from the mission&apos;s data, ready for you to edit.</source>
        <translation>У миссии ещё нет документа «%1» на языке: %2. Начните с типового текста: он составлен так, как его пишет секретариат, с подстановками, которые программа заполняет данными миссии, и готов к редактированию.</translation>
    </message>
    <message>
        <source>Revision %1, issued on %2</source>
        <translation>Редакция %1, выпущена %2</translation>
    </message>
    <message>
        <source>This statement was issued on %1 and is kept exactly as issued, with the figures it was filled with. Saving a change makes revision %2, a new draft.</source>
        <translation>Это заявление выпущено %1 и хранится в точности в выпущенном виде, с теми цифрами, которыми было заполнено. При сохранении изменений создаётся редакция %2 — новый черновик.</translation>
    </message>
    <message>
        <source>Revision %1 was issued on %2. A later revision exists: this one can be read and exported, not edited.</source>
        <translation>Редакция %1 выпущена %2. Существует более поздняя редакция: эту можно читать и экспортировать, но не редактировать.</translation>
    </message>
    <message>
        <source>Revision %1, draft</source>
        <translation>Редакция %1, черновик</translation>
    </message>
    <message>
        <source>Revision %1 is not the latest one: it can be read and exported, not edited.</source>
        <translation>Редакция %1 не последняя: её можно читать и экспортировать, но не редактировать.</translation>
    </message>
    <message>
        <source>The statement was not saved: %1</source>
        <translation>Заявление не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved as revision %1, a draft. The issued revision %2 is kept as it was issued.</source>
        <translation>Сохранено как редакция %1 (черновик). Выпущенная редакция %2 сохраняется в выпущенном виде.</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>Заявление сохранено</translation>
    </message>
    <message>
        <source>The statement could not be made: %1</source>
        <translation>Не удалось сформировать заявление: %1</translation>
    </message>
    <message>
        <source>Save your changes before marking the statement as issued?</source>
        <translation>Сохранить изменения, прежде чем отметить заявление как выпущенное?</translation>
    </message>
    <message>
        <source>The statement cannot be issued while it has unknown placeholders:</source>
        <translation>Заявление нельзя выпустить, пока в нём есть неизвестные подстановки:</translation>
    </message>
    <message>
        <source>Mark as issued</source>
        <translation>Отметить как выпущенное</translation>
    </message>
    <message>
        <source>Mark revision %1 of the %2 in %3 as issued?

Its text and the figures it is filled with are kept exactly as they are now and will not change. Later changes make a new revision.</source>
        <translation>Отметить редакцию %1 документа «%2» (%3) как выпущенную?

Её текст и цифры, которыми она заполнена, сохраняются в точности в нынешнем виде и больше не изменятся. Последующие изменения создадут новую редакцию.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Выпуск…</translation>
    </message>
    <message>
        <source>Revision %1 was marked as issued on %2. It is kept exactly as issued, with the figures it was filled with; saving a change makes revision %3, a new draft.</source>
        <translation>Редакция %1 отмечена как выпущенная %2. Она хранится в точности в выпущенном виде, с теми цифрами, которыми была заполнена; при сохранении изменений создаётся редакция %3 — новый черновик.</translation>
    </message>
    <message>
        <source>The mission&apos;s data could not be read for the statement: %1</source>
        <translation>Не удалось прочитать данные миссии для заявления: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation>раздел %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the mission&apos;s data…</source>
        <translation>Чтение данных миссии…</translation>
    </message>
    <message>
        <source>The PDF adds the tables: members by state and body, meetings and stations visited, key findings and turnout.</source>
        <translation>В PDF добавляются таблицы: состав миссии по государствам и органам, встречи и посещённые участки, основные результаты наблюдения и явка.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Создание PDF…</translation>
    </message>
    <message>
        <source>Preview of the text as it is now</source>
        <translation>Предварительный просмотр текущего текста</translation>
    </message>
    <message>
        <source> (not saved yet)</source>
        <translation> (ещё не сохранено)</translation>
    </message>
    <message>
        <source>unknown placeholders are printed as written</source>
        <translation>неизвестные подстановки печатаются как есть</translation>
    </message>
    <message>
        <source>The PDF is made from the saved statement. Save your changes first?</source>
        <translation>PDF создаётся из сохранённого заявления. Сначала сохранить изменения?</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>Экспорт заявления</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <source>Nothing was written: the statement has unknown placeholders.</source>
        <translation>Ничего не записано: в заявлении есть неизвестные подстановки.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Сохранено: %1 (%2).</translation>
    </message>
    <message>
        <source>Statement exported</source>
        <translation>Заявление экспортировано</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Edit polling station</source>
        <translation>Изменение избирательного участка</translation>
    </message>
    <message>
        <source>New polling station</source>
        <translation>Новый избирательный участок</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
</context>
<context>
    <name>StationImportWizard</name>
    <message>
        <source>Import polling stations</source>
        <translation>Импорт избирательных участков</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The stations could not be shown again</source>
        <translation>Не удалось заново показать участки</translation>
    </message>
</context>
<context>
    <name>StationPlanModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Лист, строка</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Изменения или ошибки</translation>
    </message>
    <message>
        <source>Same as stored</source>
        <translation>Совпадает с сохранённым</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>Новый участок</translation>
    </message>
    <message>
        <source>Stored exactly like this already; nothing changes.</source>
        <translation>Уже сохранено точно в таком виде; ничего не меняется.</translation>
    </message>
    <message>
        <source>A new polling station in %1.</source>
        <translation>Новый избирательный участок (%1).</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избирателей</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change accreditation status</source>
        <translation>Изменение статуса аккредитации</translation>
    </message>
    <message>
        <source>Change the status of %1</source>
        <translation>Изменить статус: %1</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln observer(s)</source>
        <translation>
            <numerusform>Изменить статус %Ln наблюдателя</numerusform>
            <numerusform>Изменить статус %Ln наблюдателей</numerusform>
            <numerusform>Изменить статус %Ln наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>(allowed for %1 of %2)</source>
        <translation>(допустимо для %1 из %2)</translation>
    </message>
    <message>
        <source>Type a code or name to find the observer</source>
        <translation>Введите код или имя, чтобы найти наблюдателя</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Заменён на:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Изменить &amp;статус</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an accreditation status and how many observers have it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list of observers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Note &amp;reference:</source>
        <translation>&amp;Номер ноты:</translation>
    </message>
    <message>
        <source>&amp;Date of the note:</source>
        <translation>&amp;Дата ноты:</translation>
    </message>
    <message>
        <source>The mission&apos;s note to the CEC, e.g. No. 12/2022</source>
        <translation>Нота миссии в ЦИК, напр. № 12/2022</translation>
    </message>
    <message>
        <source>CEC &amp;certificate number:</source>
        <translation>Номер &amp;удостоверения ЦИК:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Дата выдачи:</translation>
    </message>
    <message>
        <source>As printed on the CEC&apos;s certificate or decision</source>
        <translation>Как указано в удостоверении или решении ЦИК</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Required: why, as the note to the CEC will say</source>
        <translation>Обязательно: причина, как она будет указана в ноте в ЦИК</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Замечание:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an observer&apos;s code and present status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>Not allowed from their present status for: %1. The change is made for all chosen observers or for none.</source>
        <translation>Недопустимо из текущего статуса для: %1. Изменение вносится либо для всех выбранных наблюдателей, либо ни для кого.</translation>
    </message>
    <message>
        <source>No status change is possible: replaced observers stay replaced. Nominate the person again as a new observer if needed.</source>
        <translation>Изменить статус нельзя: заменённый наблюдатель остаётся заменённым. При необходимости выдвиньте этого человека заново как нового наблюдателя.</translation>
    </message>
    <message>
        <source>No single observer matches “%1”: choose the replacement from the list.</source>
        <translation>Запросу «%1» не соответствует ровно один наблюдатель: выберите замену из списка.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %Ln observer(s) cannot make this step.</source>
        <translation>
            <numerusform>Ничего не изменено: %Ln наблюдатель не может перейти на этот шаг.</numerusform>
            <numerusform>Ничего не изменено: %Ln наблюдателя не могут перейти на этот шаг.</numerusform>
            <numerusform>Ничего не изменено: %Ln наблюдателей не могут перейти на этот шаг.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an observer and why they cannot make the step</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропущено</translation>
    </message>
</context>
<context>
    <name>SubmissionsWizard</name>
    <message>
        <source>Import submissions</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>Reading submissions: %1 of %2</source>
        <translation>Чтение записей: %1 из %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The reports list could not be refreshed</source>
        <translation>Не удалось обновить список отчётов</translation>
    </message>
    <message>
        <source>Add, flagged</source>
        <translation>Добавить с отметкой</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Уже импортировано</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Most frequent answer</source>
        <translation>Самый частый ответ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <source>Stations where the question was observed: &apos;not observed&apos; answers are left out</source>
        <translation>Участки, где вопрос наблюдался: ответы «не наблюдалось» не учитываются</translation>
    </message>
    <message>
        <source>Answers counted as negative (bad + very bad for a rating)</source>
        <translation>Ответы, считающиеся отрицательными (для оценки: плохо + очень плохо)</translation>
    </message>
    <message numerus="yes">
        <source>answered in %Ln report(s)</source>
        <translation>
            <numerusform>отвечено в %Ln отчёте</numerusform>
            <numerusform>отвечено в %Ln отчётах</numerusform>
            <numerusform>отвечено в %Ln отчётах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>By phase</source>
        <translation>По этапам</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Инциденты по серьёзности</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Разбивка:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) on checklist %1 (%2); %3 flagged for completion</source>
        <translation>
            <numerusform>%Ln отчёт по анкете %1 (%2); требуют дополнения: %3</numerusform>
            <numerusform>%Ln отчёта по анкете %1 (%2); требуют дополнения: %3</numerusform>
            <numerusform>%Ln отчётов по анкете %1 (%2); требуют дополнения: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on earlier checklists, not counted here</source>
        <translation>по прежним анкетам (здесь не учитываются): %1</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>← Add to team</source>
        <translation>← Добавить в группу</translation>
    </message>
    <message>
        <source>Remove from team →</source>
        <translation>Убрать из группы →</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Сохранить сведения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>Телефон водителя</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Members (drop observers here)</source>
        <translation>Состав (перетащите сюда наблюдателей)</translation>
    </message>
    <message>
        <source>Observers in no team</source>
        <translation>Наблюдатели вне групп</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Name of the team</source>
        <translation>Название группы</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
</context>
<context>
    <name>TurnoutView</name>
    <message>
        <source>&amp;Add CEC Figure…</source>
        <translation>&amp;Добавить данные ЦИК…</translation>
    </message>
    <message>
        <source>&amp;Import CEC Workbook…</source>
        <translation>&amp;Импорт книги ЦИК…</translation>
    </message>
    <message>
        <source>A workbook with columns such as Region, Date, Time, Turnout % (or Регион, Дата, Время, Явка, %)</source>
        <translation>Книга со столбцами вроде Регион, Дата, Время, Явка, % (или Region, Date, Time, Turnout %)</translation>
    </message>
    <message>
        <source>The mission&apos;s turnout against the CEC&apos;s</source>
        <translation>Явка по данным миссии в сравнении с данными ЦИК</translation>
    </message>
    <message>
        <source>The CEC&apos;s published figures</source>
        <translation>Опубликованные данные ЦИК</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turnout reading(s) by the mission.</source>
        <translation>
            <numerusform>Миссия сделала %Ln замер явки.</numerusform>
            <numerusform>Миссия сделала %Ln замера явки.</numerusform>
            <numerusform>Миссия сделала %Ln замеров явки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading(s) have no CEC figures to compare with.</source>
        <translation>
            <numerusform>Для %Ln замера нет данных ЦИК для сравнения.</numerusform>
            <numerusform>Для %Ln замеров нет данных ЦИК для сравнения.</numerusform>
            <numerusform>Для %Ln замеров нет данных ЦИК для сравнения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Вся страна</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>Данные не сохранены: %1</translation>
    </message>
    <message>
        <source>CEC figure saved.</source>
        <translation>Данные ЦИК сохранены.</translation>
    </message>
    <message>
        <source>Import CEC figures</source>
        <translation>Импорт данных ЦИК</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Из %1 ничего не импортировано:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CEC figure(s) imported from %1.</source>
        <translation>
            <numerusform>Из %1 импортирован %Ln показатель ЦИК.</numerusform>
            <numerusform>Из %1 импортировано %Ln показателя ЦИК.</numerusform>
            <numerusform>Из %1 импортировано %Ln показателей ЦИК.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Изменение территории</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Новая территория</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Название (кит.)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>Не удалось открыть руководство пользователя.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>It is looked for as user-guide.html or user-guide.md in: %1</source>
        <translation>Оно ищется как user-guide.html или user-guide.md в папке: %1</translation>
    </message>
    <message>
        <source>%1 – User Guide</source>
        <translation>%1 – Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Изменение места проведения</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Новое место проведения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>the unit&apos;s zone</source>
        <translation>пояс территории</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>VenuesModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Observer Desk</source>
        <translation>Добро пожаловать в Observer Desk</translation>
    </message>
    <message>
        <source>This database holds no mission yet. Look around with the demo mission, set up your own, or open the database a colleague shared with you.</source>
        <translation>В этой базе данных ещё нет ни одной миссии. Познакомьтесь с программой на демонстрационной миссии, создайте свою или откройте базу данных, которой с вами поделился коллега.</translation>
    </message>
    <message>
        <source>Create the demo mission</source>
        <translation>Создать демонстрационную миссию</translation>
    </message>
    <message>
        <source>The SCO Observer Mission to the 2022 presidential election in Kazakhstan, with fictional observers, programme and findings.</source>
        <translation>Миссия наблюдателей ШОС на президентских выборах 2022 года в Казахстане с вымышленными наблюдателями, программой и результатами наблюдения.</translation>
    </message>
    <message>
        <source>Create a new mission…</source>
        <translation>Создать новую миссию…</translation>
    </message>
    <message>
        <source>Enter your mission&apos;s code, title, election and period.</source>
        <translation>Укажите код, название, выборы и сроки вашей миссии.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <source>Choose a mission file (.sqlite), for example a copy or a backup.</source>
        <translation>Выберите файл миссии (.sqlite), например копию или резервную копию.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
</TS>

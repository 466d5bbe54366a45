<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Observer Desk</source>
        <translation>About Observer Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The desktop workbench of an election observation mission&apos;s secretariat.</source>
        <translation>The desktop workbench of an election observation mission&apos;s secretariat.</translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Components bundled with Observer Desk and their licences:</source>
        <translation>Components bundled with Observer Desk and their licences:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>This program itself; see the LICENSE file.</source>
        <translation>This program itself; see the LICENSE file.</translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <source>Observer Desk uses the Qt libraries as separate shared libraries, unmodified; you may replace them with your own build of the same Qt version. The source code of Qt and PySide6 is available from the Qt Project.</source>
        <translation>Observer Desk uses the Qt libraries as separate shared libraries, unmodified; you may replace them with your own build of the same Qt version. The source code of Qt and PySide6 is available from the Qt Project.</translation>
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
        <translation>PSF licence</translation>
    </message>
    <message>
        <source>Apache 2.0</source>
        <translation>Apache 2.0</translation>
    </message>
    <message>
        <source>The time zone data itself is in the public domain.</source>
        <translation>The time zone data itself is in the public domain.</translation>
    </message>
    <message>
        <source>LGPL 2.1</source>
        <translation>LGPL 2.1</translation>
    </message>
    <message>
        <source>Country names from the ISO 3166 lists of Debian&apos;s iso-codes.</source>
        <translation>Country names from the ISO 3166 lists of Debian&apos;s iso-codes.</translation>
    </message>
    <message>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <source>Used as its own unmodified package.</source>
        <translation>Used as its own unmodified package.</translation>
    </message>
    <message>
        <source>DejaVu Sans font</source>
        <translation>DejaVu Sans font</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu font licence</source>
        <translation>Bitstream Vera / DejaVu font licence</translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei font</source>
        <translation>WenQuanYi Micro Hei font</translation>
    </message>
    <message>
        <source>Apache 2.0, or GPL v3 with font exception</source>
        <translation>Apache 2.0, or GPL v3 with font exception</translation>
    </message>
    <message>
        <source>Qt and PySide6 are licensed under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3. Both texts, with the licences of the fonts and the other components, are in %1.</source>
        <translation>Qt and PySide6 are licensed under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3. Both texts, with the licences of the fonts and the other components, are in %1.</translation>
    </message>
    <message>
        <source>The Qt libraries are the separate files in %1. To use a modified Qt, build the same Qt and PySide6 version from source and put your libraries in place of those files.</source>
        <translation>The Qt libraries are the separate files in %1. To use a modified Qt, build the same Qt and PySide6 version from source and put your libraries in place of those files.</translation>
    </message>
    <message>
        <source>Source code: %1 (Qt) and %2 (PySide6).</source>
        <translation>Source code: %1 (Qt) and %2 (PySide6).</translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>%1, not in N</source>
        <translation>%1, not in N</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>No answers</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
</context>
<context>
    <name>AuditEntriesModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation>Personal data purged</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation>Local time of the mission (%1)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation>Export the Audit Trail</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>%1 entries written to %2 (readable by you only).</source>
        <translation>%1 entries written to %2 (readable by you only).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Keep the newest</translation>
    </message>
    <message>
        <source>backups of each database</source>
        <translation>backups of each database</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Show &amp;Folder</translation>
    </message>
    <message>
        <source>This is a shared database on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>This is a shared database on a server: back it up with the server&apos;s own tools (pg_dump).</translation>
    </message>
    <message>
        <source>Copies of %1 taken when the program opens it and before imports, schema upgrades and restores. They are kept in %2.</source>
        <translation>Copies of %1 taken when the program opens it and before imports, schema upgrades and restores. They are kept in %2.</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>No backup was taken: %1</translation>
    </message>
    <message>
        <source>The database holds no mission yet: there is nothing to back up.</source>
        <translation>The database holds no mission yet: there is nothing to back up.</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Backup taken: %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1 (%2)?

Changes made since then are lost from the database; the present content is first saved as a backup, so this step can be undone by restoring that one.</source>
        <translation>Replace everything in the database with the backup of %1 (%2)?

Changes made since then are lost from the database; the present content is first saved as a backup, so this step can be undone by restoring that one.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Database opened</source>
        <translation>Database opened</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>Taken on request</translation>
    </message>
    <message>
        <source>Before a schema upgrade (from revision %1)</source>
        <translation>Before a schema upgrade (from revision %1)</translation>
    </message>
</context>
<context>
    <name>BadgeListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation>Last printed</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>version %1, %2</translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation> (changed since)</translation>
    </message>
    <message>
        <source>Not accredited: the badge prints marked DRAFT - NOT VALID.</source>
        <translation>Not accredited: the badge prints marked DRAFT - NOT VALID.</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Print badges – %1</source>
        <translation>Print badges – %1</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>All accredited observers</source>
        <translation>All accredited observers</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln observer(s) selected</source>
        <translation>
            <numerusform>The observer selected</numerusform>
            <numerusform>The %Ln observers selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Badges changed since they were last printed</source>
        <translation>Badges changed since they were last printed</translation>
    </message>
    <message>
        <source>Skip badges already printed and issued</source>
        <translation>Skip badges already printed and issued</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>Crop marks</translation>
    </message>
    <message>
        <source>Back sides (duplex: rules of conduct and contact)</source>
        <translation>Back sides (duplex: rules of conduct and contact)</translation>
    </message>
    <message>
        <source>Sheets turned over the short edge</source>
        <translation>Sheets turned over the short edge</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrate…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Start at position</source>
        <translation>Start at position</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>Printer offset</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>Print run</translation>
    </message>
    <message>
        <source>Record as printed and issue the badges</source>
        <translation>Record as printed and issue the badges</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Reason for the reprint</translation>
    </message>
    <message>
        <source>e.g. badge lost, name corrected</source>
        <translation>e.g. badge lost, name corrected</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) to print</source>
        <translation>
            <numerusform>%Ln badge to print</numerusform>
            <numerusform>%Ln badges to print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) (not accredited)</source>
        <translation>
            <numerusform>%Ln draft (not accredited)</numerusform>
            <numerusform>%Ln drafts (not accredited)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out because of problems</source>
        <translation>
            <numerusform>%Ln left out because of problems</numerusform>
            <numerusform>%Ln left out because of problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>No badges to print with these choices.</source>
        <translation>No badges to print with these choices.</translation>
    </message>
    <message>
        <source>Making the badges…</source>
        <translation>Making the badges…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln badge</numerusform>
            <numerusform>%Ln badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked DRAFT - NOT VALID</source>
        <translation>
            <numerusform>%Ln marked DRAFT - NOT VALID</numerusform>
            <numerusform>%Ln marked DRAFT - NOT VALID</numerusform>
        </translation>
    </message>
    <message>
        <source>printer offset %1</source>
        <translation>printer offset %1</translation>
    </message>
    <message>
        <source>Preview cancelled; change a choice to make it again.</source>
        <translation>Preview cancelled; change a choice to make it again.</translation>
    </message>
    <message>
        <source>The badges could not be made: %1</source>
        <translation>The badges could not be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>These badges would not print right; correct the observers&apos; records (or leave them out) before printing:</source>
        <translation>These badges would not print right; correct the observers&apos; records (or leave them out) before printing:</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Leave them out</translation>
    </message>
    <message>
        <source>%1 had badges printed before: give the reason for the reprint.</source>
        <translation>%1 had badges printed before: give the reason for the reprint.</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Save badges</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>Printing was cancelled; nothing was recorded.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Not recorded as printed.</source>
        <translation>Not recorded as printed.</translation>
    </message>
    <message>
        <source>The print run was not recorded: %1</source>
        <translation>The print run was not recorded: %1</translation>
    </message>
    <message>
        <source>Print run %1 recorded</source>
        <translation>Print run %1 recorded</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln badge(s) issued</source>
        <translation>
            <numerusform>; %Ln badge issued</numerusform>
            <numerusform>; %Ln badges issued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message>
        <source>negative %1</source>
        <translation>negative %1</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>No answers</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <source>Travel time</source>
        <translation>Travel time</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message numerus="yes">
        <source>Choose the same unit twice for the time within it. Other pairs take the mission&apos;s default of %n minute(s).</source>
        <translation>
            <numerusform>Choose the same unit twice for the time within it. Other pairs take the mission&apos;s default of %n minute.</numerusform>
            <numerusform>Choose the same unit twice for the time within it. Other pairs take the mission&apos;s default of %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuffersModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration: %1</source>
        <translation>Printer calibration: %1</translation>
    </message>
    <message>
        <source>Printers rarely put the page exactly where it belongs. Print the calibration page, read its rulers, and enter the new offset: every badge of this layout will be moved by it.</source>
        <translation>Printers rarely put the page exactly where it belongs. Print the calibration page, read its rulers, and enter the new offset: every badge of this layout will be moved by it.</translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation>Move right by</translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation>Move down by</translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation>Print calibration page…</translation>
    </message>
    <message>
        <source>Save calibration page…</source>
        <translation>Save calibration page…</translation>
    </message>
    <message>
        <source> mm</source>
        <comment>unit suffix of the offset boxes</comment>
        <translation> mm</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Save calibration page</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Print it at 100% (no scaling).</source>
        <translation>Saved %1. Print it at 100% (no scaling).</translation>
    </message>
    <message>
        <source>The calibration page was sent to the printer.</source>
        <translation>The calibration page was sent to the printer.</translation>
    </message>
    <message>
        <source>The calibration was not saved: %1</source>
        <translation>The calibration was not saved: %1</translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm</source>
        <translation>x %1 mm, y %2 mm</translation>
    </message>
</context>
<context>
    <name>CecFigureDialog</name>
    <message>
        <source>CEC turnout figure</source>
        <translation>CEC turnout figure</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>&amp;Time (local):</translation>
    </message>
    <message>
        <source>T&amp;urnout:</source>
        <translation>T&amp;urnout:</translation>
    </message>
    <message>
        <source>&amp;Voters (optional):</source>
        <translation>&amp;Voters (optional):</translation>
    </message>
    <message>
        <source>Re&amp;gistered voters (optional):</source>
        <translation>Re&amp;gistered voters (optional):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Voters and registered voters are whole numbers.</source>
        <translation>Voters and registered voters are whole numbers.</translation>
    </message>
</context>
<context>
    <name>CecFiguresModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Time (local)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Make Active</source>
        <translation>Make Active</translation>
    </message>
    <message>
        <source>Enter new reports on this version and count its reports in the analysis</source>
        <translation>Enter new reports on this version and count its reports in the analysis</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Import XLSForm…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSForm…</source>
        <translation>E&amp;xport XLSForm…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>&amp;Save Checklist</source>
        <translation>&amp;Save Checklist</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>Form title</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Form id:</source>
        <translation>Form id:</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>Form version:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Add Section</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>Add &amp;Question</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Choose a section or question on the left.</source>
        <translation>Choose a section or question on the left.</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(active)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) were filed on this version: saving an edit makes a new version.</source>
        <translation>
            <numerusform>%Ln report was filed on this version: saving an edit makes a new version.</numerusform>
            <numerusform>%Ln reports were filed on this version: saving an edit makes a new version.</numerusform>
        </translation>
    </message>
    <message>
        <source>No report uses this version yet: edits replace it.</source>
        <translation>No report uses this version yet: edits replace it.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%Ln condition(s) now refer to ${%1}</source>
        <translation>
            <numerusform>%Ln condition now refers to ${%1}</numerusform>
            <numerusform>%Ln conditions now refer to ${%1}</numerusform>
        </translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Delete section</translation>
    </message>
    <message numerus="yes">
        <source>Delete the section “%1” with its %Ln question(s)?</source>
        <translation>
            <numerusform>Delete the section “%1” with its %Ln question?</numerusform>
            <numerusform>Delete the section “%1” with its %Ln questions?</numerusform>
        </translation>
    </message>
    <message>
        <source>The checklist cannot be saved yet:</source>
        <translation>The checklist cannot be saved yet:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix</source>
        <translation>
            <numerusform>%Ln problem to fix</numerusform>
            <numerusform>%Ln problems to fix</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) were filed on version %1. The edited checklist is saved as a new version and becomes the one new reports are entered on; those reports stay on version %1. Save?</source>
        <translation>
            <numerusform>%Ln report was filed on version %1. The edited checklist is saved as a new version and becomes the one new reports are entered on; those reports stay on version %1. Save?</numerusform>
            <numerusform>%Ln reports were filed on version %1. The edited checklist is saved as a new version and becomes the one new reports are entered on; those reports stay on version %1. Save?</numerusform>
        </translation>
    </message>
    <message>
        <source>The checklist was not saved:</source>
        <translation>The checklist was not saved:</translation>
    </message>
    <message>
        <source>Saved as version %1, now the active checklist.</source>
        <translation>Saved as version %1, now the active checklist.</translation>
    </message>
    <message>
        <source>Checklist saved (version %1).</source>
        <translation>Checklist saved (version %1).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard the changes to this checklist?</source>
        <translation>Discard the changes to this checklist?</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Import XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>XLSForm workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>The form was not imported:</source>
        <translation>The form was not imported:</translation>
    </message>
    <message>
        <source>The form has items a checklist cannot hold:
%1

Leave them out and import the rest?</source>
        <translation>The form has items a checklist cannot hold:
%1

Leave them out and import the rest?</translation>
    </message>
    <message>
        <source>The form was not imported: %1</source>
        <translation>The form was not imported: %1</translation>
    </message>
    <message>
        <source>Export XLSForm</source>
        <translation>Export XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>(the saved checklist, without the changes not saved yet)</source>
        <translation>(the saved checklist, without the changes not saved yet)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Yes / no / not observed</source>
        <translation>Yes / no / not observed</translation>
    </message>
    <message>
        <source>Rating: very good … very bad</source>
        <translation>Rating: very good … very bad</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Several choices</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Not in N</source>
        <translation>Not in N</translation>
    </message>
    <message>
        <source>What is stored and exported (letters, digits, _)</source>
        <translation>What is stored and exported (letters, digits, _)</translation>
    </message>
    <message>
        <source>Counts against: a &apos;no&apos; where &apos;yes&apos; is good, a bad rating</source>
        <translation>Counts against: a &apos;no&apos; where &apos;yes&apos; is good, a bad rating</translation>
    </message>
    <message>
        <source>Left out of N, like &apos;not observed&apos; or &apos;not applicable&apos;</source>
        <translation>Left out of N, like &apos;not observed&apos; or &apos;not applicable&apos;</translation>
    </message>
</context>
<context>
    <name>CloseMissionDialog</name>
    <message>
        <source>Close Mission</source>
        <translation>Close Mission</translation>
    </message>
    <message>
        <source>Closing %1 removes for good, from all %2 of its observers: passport numbers and expiry dates, dates of birth, e-mail addresses, phone numbers, notes and photos (and the drivers&apos; phone numbers).

Names, roles, sending bodies, the accreditation history, the itinerary, the findings and the statements stay. The audit trail records the closing.

Backups taken before still hold the personal data: delete them from the backups folder (File › Backups…) if they must go too.</source>
        <translation>Closing %1 removes for good, from all %2 of its observers: passport numbers and expiry dates, dates of birth, e-mail addresses, phone numbers, notes and photos (and the drivers&apos; phone numbers).

Names, roles, sending bodies, the accreditation history, the itinerary, the findings and the statements stay. The audit trail records the closing.

Backups taken before still hold the personal data: delete them from the backups folder (File › Backups…) if they must go too.</translation>
    </message>
    <message>
        <source>Type the mission&apos;s code, %1, to confirm:</source>
        <translation>Type the mission&apos;s code, %1, to confirm:</translation>
    </message>
    <message>
        <source>Close Mission and Purge Personal Data</source>
        <translation>Close Mission and Purge Personal Data</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <source>Match the columns the program does not know</source>
        <translation>Match the columns the program does not know</translation>
    </message>
    <message>
        <source>Choose the field each column holds, or leave it ignored. Your choices are remembered for the next file with the same headers.</source>
        <translation>Choose the field each column holds, or leave it ignored. Your choices are remembered for the next file with the same headers.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Values in it, for example</source>
        <translation>Values in it, for example</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>(empty in the first rows)</translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <translation>Ignore (do not import)</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>sheet %1, column %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1 is read from column %2 (%3) already; choose another field or Ignore.</source>
        <translation>%1 is read from column %2 (%3) already; choose another field or Ignore.</translation>
    </message>
    <message>
        <source>%1 is chosen for “%2” as well; one column per field.</source>
        <translation>%1 is chosen for “%2” as well; one column per field.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>CEC series</source>
        <translation>CEC series</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Published at</translation>
    </message>
    <message>
        <source>CEC</source>
        <translation>CEC</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>CEC, same moments</source>
        <translation>CEC, same moments</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Local time of the series; readings are grouped under the published time nearest to them</source>
        <translation>Local time of the series; readings are grouped under the published time nearest to them</translation>
    </message>
    <message>
        <source>Ballots issued of the voters on the list, at the stations the mission read</source>
        <translation>Ballots issued of the voters on the list, at the stations the mission read</translation>
    </message>
    <message>
        <source>The CEC&apos;s curve read at each reading&apos;s own time</source>
        <translation>The CEC&apos;s curve read at each reading&apos;s own time</translation>
    </message>
    <message>
        <source>Mission minus CEC at the same moments, in percentage points</source>
        <translation>Mission minus CEC at the same moments, in percentage points</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Shared Database</source>
        <translation>Connect to a Shared Database</translation>
    </message>
    <message>
        <source>A PostgreSQL server that the whole secretariat works on at once. Whoever set it up can tell you its address, the database name and your user name.</source>
        <translation>A PostgreSQL server that the whole secretariat works on at once. Whoever set it up can tell you its address, the database name and your user name.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Remove this connection from the list, with its kept password</source>
        <translation>Remove this connection from the list, with its kept password</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.secretariat.lan</source>
        <translation>server name or address, e.g. db.secretariat.lan</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>e.g. observer_desk</source>
        <translation>e.g. observer_desk</translation>
    </message>
    <message>
        <source>leave empty if the server does not ask for one</source>
        <translation>leave empty if the server does not ask for one</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer: %1. It will be asked for each time you connect; it is never written to a file.</source>
        <translation>The password cannot be remembered on this computer: %1. It will be asked for each time you connect; it is never written to a file.</translation>
    </message>
    <message>
        <source>Without it, the password is asked for each time you connect. It is never written to a file.</source>
        <translation>Without it, the password is asked for each time you connect. It is never written to a file.</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>Re&amp;cent:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>The connection could not be tested: %1</source>
        <translation>The connection could not be tested: %1</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Connected to PostgreSQL %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n Observer Desk mission(s): %1</source>
        <translation>
            <numerusform>%n Observer Desk mission: %1</numerusform>
            <numerusform>%n Observer Desk missions: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An Observer Desk database without missions yet.</source>
        <translation>An Observer Desk database without missions yet.</translation>
    </message>
    <message>
        <source>The database is empty: connecting sets it up for Observer Desk.</source>
        <translation>The database is empty: connecting sets it up for Observer Desk.</translation>
    </message>
    <message numerus="yes">
        <source>It holds Observer Desk data (%n mission(s)) of an earlier version: connecting upgrades it, after which everyone needs this version.</source>
        <translation>
            <numerusform>It holds Observer Desk data (%n mission) of an earlier version: connecting upgrades it, after which everyone needs this version.</numerusform>
            <numerusform>It holds Observer Desk data (%n missions) of an earlier version: connecting upgrades it, after which everyone needs this version.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was set up by a newer version of Observer Desk (schema revision %1): install that version to work on it.</source>
        <translation>It was set up by a newer version of Observer Desk (schema revision %1): install that version to work on it.</translation>
    </message>
    <message>
        <source>The database holds tables of another program. Choose an empty database or one made by Observer Desk.</source>
        <translation>The database holds tables of another program. Choose an empty database or one made by Observer Desk.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the server name and port, and that the server accepts connections from this computer.</source>
        <translation>The server %1 cannot be reached. Check the server name and port, and that the server accepts connections from this computer.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them, or ask the server&apos;s administrator to give %1 access.</source>
        <translation>The server refused the user name or password. Check them, or ask the server&apos;s administrator to give %1 access.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it above and try again.</source>
        <translation>The server asks for a password: enter it above and try again.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check the name, or ask the server&apos;s administrator to create it (createdb %1).</source>
        <translation>The server has no database named %1. Check the name, or ask the server&apos;s administrator to create it (createdb %1).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Password of %1:</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type a country&apos;s name or code</source>
        <translation>Type a country&apos;s name or code</translation>
    </message>
    <message>
        <source>No country is known by this name; pick one from the list.</source>
        <translation>No country is known by this name; pick one from the list.</translation>
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <source>Drag the frame onto the face; drag a corner to resize it. Arrow keys move it, + and - resize it.</source>
        <translation>Drag the frame onto the face; drag a corner to resize it. Arrow keys move it, + and - resize it.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation>Backup not taken</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1) in its place? The file as it is now is kept: beside it if it is damaged, else in the backups folder.</source>
        <translation>Restore the newest good backup (%1) in its place? The file as it is now is kept: beside it if it is damaged, else in the backups folder.</translation>
    </message>
    <message>
        <source>The database is open, but the backup taken on opening could not be written: %1</source>
        <translation>The database is open, but the backup taken on opening could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Pick the date on a calendar</translation>
    </message>
    <message>
        <source>Write the date as 17.11.1970 or 1970-11-17.</source>
        <translation>Write the date as 17.11.1970 or 1970-11-17.</translation>
    </message>
    <message>
        <source>Not a real date: %1.</source>
        <translation>Not a real date: %1.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Write the time as 13:40.</source>
        <translation>Write the time as 13:40.</translation>
    </message>
    <message>
        <source>Give the time as well, e.g. 13:40.</source>
        <translation>Give the time as well, e.g. 13:40.</translation>
    </message>
    <message>
        <source>Give the date as well.</source>
        <translation>Give the date as well.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Drag a block to move it, an edge to change its length (5-minute steps)</source>
        <translation>Drag a block to move it, an edge to change its length (5-minute steps)</translation>
    </message>
</context>
<context>
    <name>DeploymentModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>DeploymentPanel</name>
    <message>
        <source>Copy the day&apos;s plan</source>
        <translation>Copy the day&apos;s plan</translation>
    </message>
    <message>
        <source>Copy the events of</source>
        <translation>Copy the events of</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Election day: each team&apos;s stations in order, arrival in the station&apos;s local time</source>
        <translation>Election day: each team&apos;s stations in order, arrival in the station&apos;s local time</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) copied</source>
        <translation>
            <numerusform>%n event copied</numerusform>
            <numerusform>%n events copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>The observers are in the roster.</source>
        <translation>The observers are in the roster.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>New observers start as Nominated. The roster shows them now; open each one to complete the record and add the photo.</source>
        <translation>New observers start as Nominated. The roster shows them now; open each one to complete the record and add the photo.</translation>
    </message>
    <message>
        <source>The polling stations are stored; events can visit them now.</source>
        <translation>The polling stations are stored; events can visit them now.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The reports are in the list; flagged ones wait to be completed.</source>
        <translation>The reports are in the list; flagged ones wait to be completed.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added, %1 of them flagged for completion.</source>
        <translation>
            <numerusform>%n report added, %1 of them flagged for completion.</numerusform>
            <numerusform>%n reports added, %1 of them flagged for completion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turnout reading(s) taken from them.</source>
        <translation>
            <numerusform>%n turnout reading taken from them.</numerusform>
            <numerusform>%n turnout readings taken from them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as duplicates.</source>
        <translation>
            <numerusform>%n row left out as duplicates.</numerusform>
            <numerusform>%n rows left out as duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) were imported before and left as they are.</source>
        <translation>
            <numerusform>%n submission was imported before and left as it is.</numerusform>
            <numerusform>%n submissions were imported before and left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the flagged reports with the “Flagged for completion” filter of the reports list, and open each to complete it.</source>
        <translation>Show the flagged reports with the “Flagged for completion” filter of the reports list, and open each to complete it.</translation>
    </message>
</context>
<context>
    <name>DuplicateChooser</name>
    <message>
        <source>Same %1: %2</source>
        <translation>Same %1: %2</translation>
    </message>
    <message>
        <source>submission id</source>
        <translation>submission id</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>Keep row %1</source>
        <translation>Keep row %1</translation>
    </message>
    <message>
        <source>Keep the report already stored (leave out every row)</source>
        <translation>Keep the report already stored (leave out every row)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program or colleague is writing to it. Wait a moment and try again.</source>
        <translation>The database is busy: another program or colleague is writing to it. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
    <message>
        <source>The database could not complete the request: %1</source>
        <translation>The database could not complete the request: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation>(no place)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation>Start (local)</translation>
    </message>
    <message>
        <source>End (local)</source>
        <translation>End (local)</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Times are local to the place: %1</source>
        <translation>Times are local to the place: %1</translation>
    </message>
</context>
<context>
    <name>FileChoicePage</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Reading stopped. Choose the file again to read it.</source>
        <translation>Reading stopped. Choose the file again to read it.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Import nominations</source>
        <translation>Import nominations</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose an .xlsx file, or paste its path and press Enter</source>
        <translation>Choose an .xlsx file, or paste its path and press Enter</translation>
    </message>
    <message>
        <source>Choose the nominations workbook</source>
        <translation>Choose the nominations workbook</translation>
    </message>
    <message>
        <source>An .xlsx list from a sending state, the nominations template, or a roster exported earlier. Title rows above the header, headers in Russian and dates written as text are all understood.</source>
        <translation>An .xlsx list from a sending state, the nominations template, or a roster exported earlier. Title rows above the header, headers in Russian and dates written as text are all understood.</translation>
    </message>
    <message>
        <source>Save an empty nominations template…</source>
        <translation>Save an empty nominations template…</translation>
    </message>
    <message>
        <source>The workbook to send to the sending states; it imports without questions</source>
        <translation>The workbook to send to the sending states; it imports without questions</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: header in row %2, %n observer row(s).</source>
        <translation>
            <numerusform>Sheet “%1”: header in row %2, %n observer row.</numerusform>
            <numerusform>Sheet “%1”: header in row %2, %n observer rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” is not read: %2.</source>
        <translation>Sheet “%1” is not read: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised; the next page asks what they hold.</source>
        <translation>
            <numerusform>%n column not recognised; the next page asks what it holds.</numerusform>
            <numerusform>%n columns not recognised; the next page asks what they hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) read as you chose before; you can change that on the next page.</source>
        <translation>
            <numerusform>%n column read as you chose before; you can change that on the next page.</numerusform>
            <numerusform>%n columns read as you chose before; you can change that on the next page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import polling stations</source>
        <translation>Import polling stations</translation>
    </message>
    <message>
        <source>Choose the polling stations workbook</source>
        <translation>Choose the polling stations workbook</translation>
    </message>
    <message>
        <source>An .xlsx list with a column for the station number, and its unit (code or name), premises, address, registered voters, opening and closing times and coordinates. Title rows above the header and headers in Russian are understood.</source>
        <translation>An .xlsx list with a column for the station number, and its unit (code or name), premises, address, registered voters, opening and closing times and coordinates. Title rows above the header and headers in Russian are understood.</translation>
    </message>
    <message numerus="yes">
        <source>%n station row(s) read.</source>
        <translation>
            <numerusform>%n station row read.</numerusform>
            <numerusform>%n station rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Not read: %1.</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Import submissions</translation>
    </message>
    <message>
        <source>Submission exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Submission exports (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file, or paste its path and press Enter</source>
        <translation>Choose a .csv or .xlsx file, or paste its path and press Enter</translation>
    </message>
    <message>
        <source>Choose the submissions export</source>
        <translation>Choose the submissions export</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox for the mission&apos;s checklist. Columns are matched to the questions by name or label; group prefixes are understood.</source>
        <translation>A CSV or XLSX export of ODK Central or KoboToolbox for the mission&apos;s checklist. Columns are matched to the questions by name or label; group prefixes are understood.</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) in the file.</source>
        <translation>
            <numerusform>%n submission in the file.</numerusform>
            <numerusform>%n submissions in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>The language of the checklist&apos;s labels and answers</source>
        <translation>The language of the checklist&apos;s labels and answers</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;New Report…</translation>
    </message>
    <message>
        <source>&amp;Import Submissions…</source>
        <translation>&amp;Import Submissions…</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox</source>
        <translation>A CSV or XLSX export of ODK Central or KoboToolbox</translation>
    </message>
    <message>
        <source>E&amp;xport Data Set…</source>
        <translation>E&amp;xport Data Set…</translation>
    </message>
    <message>
        <source>One row per report, with a codebook sheet and the incidents, for Excel, SPSS or R</source>
        <translation>One row per report, with a codebook sheet and the incidents, for Excel, SPSS or R</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>Labels in:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation>Flagged for completion</translation>
    </message>
    <message>
        <source>With negative answers</source>
        <translation>With negative answers</translation>
    </message>
    <message>
        <source>With incidents</source>
        <translation>With incidents</translation>
    </message>
    <message>
        <source>Without remarks</source>
        <translation>Without remarks</translation>
    </message>
    <message>
        <source>Station number</source>
        <translation>Station number</translation>
    </message>
    <message>
        <source>Phase observed</source>
        <translation>Phase observed</translation>
    </message>
    <message>
        <source>Region of the station</source>
        <translation>Region of the station</translation>
    </message>
    <message>
        <source>Team that filed the report</source>
        <translation>Team that filed the report</translation>
    </message>
    <message>
        <source>Reports to look at first</source>
        <translation>Reports to look at first</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>No station given</source>
        <translation>No station given</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>No team given</source>
        <translation>No team given</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit report(s) in this mission</source>
        <translation>
            <numerusform>%Ln visit report in this mission</numerusform>
            <numerusform>%Ln visit reports in this mission</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) recorded</source>
        <translation>
            <numerusform>%Ln incident recorded</numerusform>
            <numerusform>%Ln incidents recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the reports</source>
        <translation>Cannot read the reports</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln report(s)</source>
        <translation>
            <numerusform>%1 of %Ln report</numerusform>
            <numerusform>%1 of %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the report form</source>
        <translation>Cannot open the report form</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <source>Report %1 saved (station %2)</source>
        <translation>Report %1 saved (station %2)</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>Delete the report of station %1 with its answers and incidents? This cannot be undone.</source>
        <translation>Delete the report of station %1 with its answers and incidents? This cannot be undone.</translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation>The report was not deleted</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>Report deleted</translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation>Counting the answers…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) imported</source>
        <translation>
            <numerusform>%Ln report imported</numerusform>
            <numerusform>%Ln reports imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the findings data set</source>
        <translation>Export the findings data set</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the data set…</source>
        <translation>Exporting the data set…</translation>
    </message>
    <message numerus="yes">
        <source>Data set exported: %Ln report(s), %1 columns, to %2</source>
        <translation>
            <numerusform>Data set exported: %Ln report, %1 columns, to %2</numerusform>
            <numerusform>Data set exported: %Ln reports, %1 columns, to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Data set exported</source>
        <translation>Data set exported</translation>
    </message>
    <message>
        <source>The data set was not exported: %1</source>
        <translation>The data set was not exported: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation>Local time of the mission (%1)</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(new record)</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Replaced by %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Sheet, row</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Changes or problems</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>A new observer, nominated on import:</source>
        <translation>A new observer, nominated on import:</translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>Sheet %1, row %2</translation>
    </message>
    <message>
        <source>Same as the roster</source>
        <translation>Same as the roster</translation>
    </message>
    <message>
        <source>Already in the roster exactly like this; nothing changes.</source>
        <translation>Already in the roster exactly like this; nothing changes.</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>column %1 (%2)</translation>
    </message>
    <message>
        <source>New observer</source>
        <translation>New observer</translation>
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
        <translation>Import nominations</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>Comparing with the roster…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The roster could not be refreshed</source>
        <translation>The roster could not be refreshed</translation>
    </message>
    <message>
        <source>Save the nominations template</source>
        <translation>Save the nominations template</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Nominations template</source>
        <translation>Nominations template</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>The template was not saved</translation>
    </message>
    <message>
        <source>%1 nominations template.xlsx</source>
        <translation>%1 nominations template.xlsx</translation>
    </message>
    <message>
        <source>The nominations template is saved as
%1

Send it to the sending states: it lists this mission&apos;s sending bodies, and a filled-in copy imports without questions.</source>
        <translation>The nominations template is saved as
%1

Send it to the sending states: it lists this mission&apos;s sending bodies, and a filled-in copy imports without questions.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>&amp;Time (local):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Give the incident a category.</source>
        <translation>Give the incident a category.</translation>
    </message>
    <message>
        <source>The time is not a time of day (HH:MM).</source>
        <translation>The time is not a time of day (HH:MM).</translation>
    </message>
    <message>
        <source>Secrecy of the vote</source>
        <translation>Secrecy of the vote</translation>
    </message>
    <message>
        <source>Voter identification</source>
        <translation>Voter identification</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Voter list</translation>
    </message>
    <message>
        <source>Pressure on voters</source>
        <translation>Pressure on voters</translation>
    </message>
    <message>
        <source>Campaigning near the station</source>
        <translation>Campaigning near the station</translation>
    </message>
    <message>
        <source>Unauthorised persons</source>
        <translation>Unauthorised persons</translation>
    </message>
    <message>
        <source>Restrictions on observers</source>
        <translation>Restrictions on observers</translation>
    </message>
    <message>
        <source>Ballot box or seals</source>
        <translation>Ballot box or seals</translation>
    </message>
    <message>
        <source>Counting procedure</source>
        <translation>Counting procedure</translation>
    </message>
    <message>
        <source>Access for voters with disabilities</source>
        <translation>Access for voters with disabilities</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>IncidentsListModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Polling-station visit</source>
        <translation>Polling-station visit</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Shift selected</source>
        <translation>Shift selected</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>PDF itineraries, the Excel deployment plan or an iCalendar file, for everyone or for the team or observer chosen</source>
        <translation>PDF itineraries, the Excel deployment plan or an iCalendar file, for everyone or for the team or observer chosen</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinerary</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Day view</translation>
    </message>
    <message>
        <source>Deployment plan</source>
        <translation>Deployment plan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>All days</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Conflicts: none</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; (%2)?</source>
        <translation>Delete &apos;%1&apos; (%2)?</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Cannot delete the event</translation>
    </message>
    <message numerus="yes">
        <source>Programme saved; %n conflict(s)</source>
        <translation>
            <numerusform>Programme saved; %n conflict</numerusform>
            <numerusform>Programme saved; %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot shift the events</source>
        <translation>Cannot shift the events</translation>
    </message>
    <message>
        <source>Export the itinerary</source>
        <translation>Export the itinerary</translation>
    </message>
    <message>
        <source>Itineraries (PDF) (*.pdf);;Deployment plan and schedule (Excel) (*.xlsx);;Calendar (*.ics)</source>
        <translation>Itineraries (PDF) (*.pdf);;Deployment plan and schedule (Excel) (*.xlsx);;Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Cannot export the itinerary</source>
        <translation>Cannot export the itinerary</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Closing and count</source>
        <translation>Closing and count</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
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
        <translation>%1%2 pp</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Presidential election</source>
        <translation>Presidential election</translation>
    </message>
    <message>
        <source>Early presidential election</source>
        <translation>Early presidential election</translation>
    </message>
    <message>
        <source>Parliamentary election</source>
        <translation>Parliamentary election</translation>
    </message>
    <message>
        <source>Local elections</source>
        <translation>Local elections</translation>
    </message>
    <message>
        <source>Referendum</source>
        <translation>Referendum</translation>
    </message>
    <message>
        <source>Other vote</source>
        <translation>Other vote</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Member state</translation>
    </message>
    <message>
        <source>Legislative</source>
        <translation>Legislative</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Election authority</source>
        <translation>Election authority</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>RATS</source>
        <translation>RATS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <source>Submitted to the CEC</source>
        <translation>Submitted to the CEC</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Accredited</translation>
    </message>
    <message>
        <source>Badge issued</source>
        <translation>Badge issued</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>Head of mission</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation>Other (X)</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Cannot look for changes by others: %1</source>
        <translation>Cannot look for changes by others: %1</translation>
    </message>
    <message>
        <source>%1 deleted this observer at %2.</source>
        <translation>%1 deleted this observer at %2.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2; your unsaved edits are kept. Saving them will tell you if they clash with that change.</source>
        <translation>Changed by %1 at %2; your unsaved edits are kept. Saving them will tell you if they clash with that change.</translation>
    </message>
    <message>
        <source>Updated with changes by %1 (%2), last at %3</source>
        <translation>Updated with changes by %1 (%2), last at %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinerary</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>&amp;New Mission…</translation>
    </message>
    <message>
        <source>Set up a new mission in this database</source>
        <translation>Set up a new mission in this database</translation>
    </message>
    <message>
        <source>Create &amp;Demo Mission</source>
        <translation>Create &amp;Demo Mission</translation>
    </message>
    <message>
        <source>Add the SCO demo mission (2022, Kazakhstan) to this database</source>
        <translation>Add the SCO demo mission (2022, Kazakhstan) to this database</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>New &amp;Database…</translation>
    </message>
    <message>
        <source>Start an empty database file for another mission</source>
        <translation>Start an empty database file for another mission</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open another Observer Desk database file</source>
        <translation>Open another Observer Desk database file</translation>
    </message>
    <message>
        <source>&amp;Connect to a Shared Database…</source>
        <translation>&amp;Connect to a Shared Database…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL server together with the secretariat</source>
        <translation>Work on a PostgreSQL server together with the secretariat</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>The backups of this database: take one, restore one</source>
        <translation>The backups of this database: take one, restore one</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>Audit &amp;Trail…</translation>
    </message>
    <message>
        <source>Who changed what and when in this mission</source>
        <translation>Who changed what and when in this mission</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the mission again from the database</source>
        <translation>Read the mission again from the database</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Settings of this computer, such as the interface language</source>
        <translation>Settings of this computer, such as the interface language</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>The guide for secretariat staff, from an empty database to printed badges and the statement</source>
        <translation>The guide for secretariat staff, from an empty database to printed badges and the statement</translation>
    </message>
    <message>
        <source>&amp;About Observer Desk</source>
        <translation>&amp;About Observer Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>The mission you are working on</source>
        <translation>The mission you are working on</translation>
    </message>
    <message>
        <source>Cannot open the mission</source>
        <translation>Cannot open the mission</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Cannot read the missions</source>
        <translation>Cannot read the missions</translation>
    </message>
    <message>
        <source>Cannot read the mission</source>
        <translation>Cannot read the mission</translation>
    </message>
    <message>
        <source>Mission details saved</source>
        <translation>Mission details saved</translation>
    </message>
    <message>
        <source>Observer Desk — %1</source>
        <translation>Observer Desk — %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The mission has changes that are not saved yet. Save them?</source>
        <translation>The mission has changes that are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>Mission %1 created</source>
        <translation>Mission %1 created</translation>
    </message>
    <message>
        <source>Creating the demo mission…</source>
        <translation>Creating the demo mission…</translation>
    </message>
    <message>
        <source>The demo mission %1 is ready</source>
        <translation>The demo mission %1 is ready</translation>
    </message>
    <message>
        <source>The demo mission is not available in this version of Observer Desk.</source>
        <translation>The demo mission is not available in this version of Observer Desk.</translation>
    </message>
    <message>
        <source>The demo mission could not be created: %1</source>
        <translation>The demo mission could not be created: %1</translation>
    </message>
    <message>
        <source>Demo mission</source>
        <translation>Demo mission</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Observer Desk databases (%1);;All files (*)</source>
        <translation>Observer Desk databases (%1);;All files (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Observer Desk databases (%1)</source>
        <translation>Observer Desk databases (%1)</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Wait until the current task has finished.</source>
        <translation>Wait until the current task has finished.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>The previous content is kept in %1.</source>
        <translation>The previous content is kept in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mission closed: personal data of %Ln observer(s) purged</source>
        <translation>
            <numerusform>Mission closed: personal data of %Ln observer purged</numerusform>
            <numerusform>Mission closed: personal data of %Ln observers purged</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences saved; the language changes the next time Observer Desk starts.</source>
        <translation>Preferences saved; the language changes the next time Observer Desk starts.</translation>
    </message>
</context>
<context>
    <name>MissionDetailsPage</name>
    <message>
        <source>Mission details</source>
        <translation>Mission details</translation>
    </message>
    <message>
        <source>Make &amp;head of mission</source>
        <translation>Make &amp;head of mission</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>Head of mission</translation>
    </message>
    <message>
        <source>The head of mission signs the statement and leads the list of members. A previous head becomes a deputy head.</source>
        <translation>The head of mission signs the statement and leads the list of members. A previous head becomes a deputy head.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Forget the changes made since the last save</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>No observers in this mission yet: add observers first, then choose the head among them.</source>
        <translation>No observers in this mission yet: add observers first, then choose the head among them.</translation>
    </message>
    <message>
        <source>No head of mission chosen yet.</source>
        <translation>No head of mission chosen yet.</translation>
    </message>
    <message>
        <source>Current head of mission: %1</source>
        <translation>Current head of mission: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this mission after you opened it. Your edits are still in the form below. Reload shows the current version and replaces your edits, so note what you changed first.</source>
        <translation>Not saved: someone else changed this mission after you opened it. Your edits are still in the form below. Reload shows the current version and replaces your edits, so note what you changed first.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked below.</source>
        <translation>Not saved: please correct the fields marked below.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Mission details saved.</source>
        <translation>Mission details saved.</translation>
    </message>
    <message>
        <source>The head of mission was not changed: %1</source>
        <translation>The head of mission was not changed: %1</translation>
    </message>
    <message>
        <source>Head of mission changed.</source>
        <translation>Head of mission changed.</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <source>e.g. SCO-KZ-2022</source>
        <translation>e.g. SCO-KZ-2022</translation>
    </message>
    <message>
        <source>A short reference for the mission: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>A short reference for the mission: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</translation>
    </message>
    <message>
        <source>e.g. SCO Observer Mission to the presidential election in Kazakhstan</source>
        <translation>e.g. SCO Observer Mission to the presidential election in Kazakhstan</translation>
    </message>
    <message>
        <source>e.g. Shanghai Cooperation Organisation</source>
        <translation>e.g. Shanghai Cooperation Organisation</translation>
    </message>
    <message>
        <source>e.g. SCO</source>
        <translation>e.g. SCO</translation>
    </message>
    <message>
        <source>KZ</source>
        <translation>KZ</translation>
    </message>
    <message>
        <source>The two-letter ISO 3166 code of the host country</source>
        <translation>The two-letter ISO 3166 code of the host country</translation>
    </message>
    <message>
        <source>e.g. Central Election Commission of the Republic of Kazakhstan</source>
        <translation>e.g. Central Election Commission of the Republic of Kazakhstan</translation>
    </message>
    <message>
        <source>The IANA time zone of the capital, e.g. Asia/Almaty</source>
        <translation>The IANA time zone of the capital, e.g. Asia/Almaty</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time kept free between two events of the itinerary, for getting from one to the next</source>
        <translation>Time kept free between two events of the itinerary, for getting from one to the next</translation>
    </message>
    <message>
        <source>Secretariat address, telephone, e-mail</source>
        <translation>Secretariat address, telephone, e-mail</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>Short na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Host country:</source>
        <translation>&amp;Host country:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>Election &amp;day:</source>
        <translation>Election &amp;day:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Mission &amp;period:</source>
        <translation>Mission &amp;period:</translation>
    </message>
    <message>
        <source>Election co&amp;mmission:</source>
        <translation>Election co&amp;mmission:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation>Working &amp;languages:</translation>
    </message>
    <message>
        <source>Travel &amp;buffer:</source>
        <translation>Travel &amp;buffer:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>Required: please fill this in.</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Close Mission…</source>
        <translation>Close Mission…</translation>
    </message>
    <message>
        <source>After the mission: purge its observers&apos; personal data, keep names, itinerary and findings</source>
        <translation>After the mission: purge its observers&apos; personal data, keep names, itinerary and findings</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation>Sending bodies</translation>
    </message>
    <message>
        <source>This mission was closed on %1: the personal data of its observers (passport data, dates of birth, contacts, notes, photos) was purged. Names, itinerary, findings and statements are kept.</source>
        <translation>This mission was closed on %1: the personal data of its observers (passport data, dates of birth, contacts, notes, photos) was purged. Names, itinerary, findings and statements are kept.</translation>
    </message>
    <message>
        <source>Purge Again…</source>
        <translation>Purge Again…</translation>
    </message>
    <message>
        <source>The mission was not closed: %1</source>
        <translation>The mission was not closed: %1</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <source>New Mission</source>
        <translation>New Mission</translation>
    </message>
    <message>
        <source>Create mission</source>
        <translation>Create mission</translation>
    </message>
    <message>
        <source>Sending bodies, the head of mission and the other details can be added once the mission exists.</source>
        <translation>Sending bodies, the head of mission and the other details can be added once the mission exists.</translation>
    </message>
    <message>
        <source>The mission was not created: please correct the fields marked below.</source>
        <translation>The mission was not created: please correct the fields marked below.</translation>
    </message>
    <message>
        <source>The mission was not created: %1</source>
        <translation>The mission was not created: %1</translation>
    </message>
</context>
<context>
    <name>ObserverEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>Unique in the mission, e.g. RU-04</source>
        <translation>Unique in the mission, e.g. RU-04</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>In Latin script, as in the passport</source>
        <translation>In Latin script, as in the passport</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>Name in own &amp;script:</source>
        <translation>Name in own &amp;script:</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович, 王伟</source>
        <translation>e.g. Иванов Иван Иванович, 王伟</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Citizenship:</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <source>Sending &amp;body:</source>
        <translation>Sending &amp;body:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>e.g. Central Election Commission</source>
        <translation>e.g. Central Election Commission</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>As the nomination gives it</source>
        <translation>As the nomination gives it</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Role in the mission:</source>
        <translation>&amp;Role in the mission:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Codes, e.g. en, ru, zh</source>
        <translation>Codes, e.g. en, ru, zh</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>&amp;Passport number:</translation>
    </message>
    <message>
        <source>Passport &amp;expires:</source>
        <translation>Passport &amp;expires:</translation>
    </message>
    <message>
        <source>CEC papers:</source>
        <translation>CEC papers:</translation>
    </message>
    <message>
        <source>&amp;Arrival flight:</source>
        <translation>&amp;Arrival flight:</translation>
    </message>
    <message>
        <source>e.g. KC 852</source>
        <translation>e.g. KC 852</translation>
    </message>
    <message>
        <source>Arri&amp;val:</source>
        <translation>Arri&amp;val:</translation>
    </message>
    <message>
        <source>&amp;Departure flight:</source>
        <translation>&amp;Departure flight:</translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation>De&amp;parture:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>History of Changes</source>
        <translation>History of Changes</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>A new observer starts as nominated once saved; the steps of the accreditation appear here.</source>
        <translation>A new observer starts as nominated once saved; the steps of the accreditation appear here.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation>Local time in %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>The record could not be checked: %1</source>
        <translation>The record could not be checked: %1</translation>
    </message>
    <message>
        <source>Open the other record</source>
        <translation>Open the other record</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving</source>
        <translation>
            <numerusform>%Ln problem to fix before saving</numerusform>
            <numerusform>%Ln problems to fix before saving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) marked in red. Please correct them first.</source>
        <translation>
            <numerusform>Not saved: 1 problem is marked in red. Please correct it first.</numerusform>
            <numerusform>Not saved: %Ln problems are marked in red. Please correct them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1.
Your changes are still in this window. Copy what you need, then reload to see the record as it is now.</source>
        <translation>Not saved: %1.
Your changes are still in this window. Copy what you need, then reload to see the record as it is now.</translation>
    </message>
    <message>
        <source>Reload (drops my changes)</source>
        <translation>Reload (drops my changes)</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Observer added to the roster.</source>
        <translation>Observer added to the roster.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Choose the observer&apos;s photo</source>
        <translation>Choose the observer&apos;s photo</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;All files (*)</translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo for a badge needs far less</source>
        <translation>the file is %1 MB; a photo for a badge needs far less</translation>
    </message>
    <message>
        <source>%1 cannot be used as a photo: %2.</source>
        <translation>%1 cannot be used as a photo: %2.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>This file</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Photo not used</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (other common image formats work too). The photo stored before, if any, is unchanged.</source>
        <translation>Use a JPEG or PNG photo (other common image formats work too). The photo stored before, if any, is unchanged.</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Dropped image</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>note to the CEC %1 of %2</source>
        <translation>note to the CEC %1 of %2</translation>
    </message>
    <message>
        <source>CEC certificate %1 of %2</source>
        <translation>CEC certificate %1 of %2</translation>
    </message>
    <message>
        <source>none yet (recorded with the accreditation steps)</source>
        <translation>none yet (recorded with the accreditation steps)</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>The status change works on the saved record. Save your changes first?</source>
        <translation>The status change works on the saved record. Save your changes first?</translation>
    </message>
    <message>
        <source>New observer</source>
        <translation>New observer</translation>
    </message>
    <message>
        <source>New observer[*]</source>
        <translation>New observer[*]</translation>
    </message>
    <message>
        <source>%1 — observer[*]</source>
        <translation>%1 — observer[*]</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This observer has changes that are not saved yet. Save them?</source>
        <translation>This observer has changes that are not saved yet. Save them?</translation>
    </message>
</context>
<context>
    <name>ObserversPage</name>
    <message>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>Active observers (not rejected, withdrawn or replaced) of each sending body against its quota; over quota in red. Click a body to show only its observers.</source>
        <translation>Active observers (not rejected, withdrawn or replaced) of each sending body against its quota; over quota in red. Click a body to show only its observers.</translation>
    </message>
    <message>
        <source>&amp;New observer</source>
        <translation>&amp;New observer</translation>
    </message>
    <message>
        <source>Add an observer to the roster (%1)</source>
        <translation>Add an observer to the roster (%1)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the chosen observer&apos;s record (Enter or double-click)</source>
        <translation>Open the chosen observer&apos;s record (Enter or double-click)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Move the chosen observers to another accreditation status</source>
        <translation>Move the chosen observers to another accreditation status</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>Print &amp;badges…</translation>
    </message>
    <message>
        <source>Print the badges of the accredited observers, or of the observers chosen in the roster</source>
        <translation>Print the badges of the accredited observers, or of the observers chosen in the roster</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>E&amp;xport selection…</translation>
    </message>
    <message>
        <source>A roster workbook of the chosen observers</source>
        <translation>A roster workbook of the chosen observers</translation>
    </message>
    <message>
        <source>&amp;Import nominations…</source>
        <translation>&amp;Import nominations…</translation>
    </message>
    <message>
        <source>Add and update observers from a nominations workbook</source>
        <translation>Add and update observers from a nominations workbook</translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation>&amp;Export roster…</translation>
    </message>
    <message>
        <source>The whole roster as a workbook, with the list for the CEC</source>
        <translation>The whole roster as a workbook, with the list for the CEC</translation>
    </message>
    <message>
        <source>Nominations &amp;template…</source>
        <translation>Nominations &amp;template…</translation>
    </message>
    <message>
        <source>The empty workbook to send to the sending states</source>
        <translation>The empty workbook to send to the sending states</translation>
    </message>
    <message>
        <source>Search code, name, institution, position</source>
        <translation>Search code, name, institution, position</translation>
    </message>
    <message>
        <source>Filters as you type; every word must match (Ctrl+F)</source>
        <translation>Filters as you type; every word must match (Ctrl+F)</translation>
    </message>
    <message>
        <source>All sending bodies</source>
        <translation>All sending bodies</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Clear the search and the filters</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>The roster could not be read: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>Cannot read the roster</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln observer</numerusform>
            <numerusform>%Ln observers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accredited</source>
        <translation>
            <numerusform>%Ln accredited</numerusform>
            <numerusform>%Ln accredited</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned to a body</source>
        <translation>Not assigned to a body</translation>
    </message>
    <message>
        <source>over quota by %1</source>
        <translation>over quota by %1</translation>
    </message>
    <message>
        <source>no body: %1</source>
        <translation>no body: %1</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln</source>
        <translation>
            <numerusform>Showing %1 of %Ln</numerusform>
            <numerusform>Showing %1 of %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the observer</source>
        <translation>Cannot open the observer</translation>
    </message>
    <message>
        <source>Observer saved</source>
        <translation>Observer saved</translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %Ln observer(s)</source>
        <translation>
            <numerusform>Status changed for %Ln observer</numerusform>
            <numerusform>Status changed for %Ln observers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation>%1 is not available in this version yet.</translation>
    </message>
    <message>
        <source>Importing nominations</source>
        <translation>Importing nominations</translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation>Exporting the roster</translation>
    </message>
    <message>
        <source>The nominations template</source>
        <translation>The nominations template</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Election and mission</source>
        <translation>Election and mission</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Election:</translation>
    </message>
    <message>
        <source>Election day:</source>
        <translation>Election day:</translation>
    </message>
    <message>
        <source>Host country:</source>
        <translation>Host country:</translation>
    </message>
    <message>
        <source>Election commission:</source>
        <translation>Election commission:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Mission period:</source>
        <translation>Mission period:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Head of mission:</source>
        <translation>Head of mission:</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Working languages:</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>Programme and findings</source>
        <translation>Programme and findings</translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation>Sending bodies</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Polling stations</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Events in the programme</source>
        <translation>Events in the programme</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>Visit reports</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln observer</numerusform>
            <numerusform>%Ln observers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accredited</source>
        <translation>%1 of %2 accredited</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln sending body(-ies)</source>
        <translation>
            <numerusform>from %Ln sending body</numerusform>
            <numerusform>from %Ln sending bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in the quotas</source>
        <translation>
            <numerusform>%Ln place in the quotas</numerusform>
            <numerusform>%Ln places in the quotas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>No preview</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 × %3 mm</source>
        <comment>page count, page width × height</comment>
        <translation>%1, %2 × %3 mm</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>C&amp;hoose photo…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or other image file; you crop it next</source>
        <translation>A JPEG, PNG or other image file; you crop it next</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>or drop an image file on this window</source>
        <translation>or drop an image file on this window</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Crop the photo</translation>
    </message>
    <message>
        <source>The badge and the accreditation papers use a %1 × %2 mm passport photo, stored at 300 dpi (%3 × %4 pixels). Drag the frame onto the face and drag a corner to make it larger or smaller; arrow keys and + / - work too.</source>
        <translation>The badge and the accreditation papers use a %1 × %2 mm passport photo, stored at 300 dpi (%3 × %4 pixels). Drag the frame onto the face and drag a corner to make it larger or smaller; arrow keys and + / - work too.</translation>
    </message>
    <message>
        <source>Image: %1 × %2 pixels</source>
        <translation>Image: %1 × %2 pixels</translation>
    </message>
    <message>
        <source>On the badge:</source>
        <translation>On the badge:</translation>
    </message>
    <message>
        <source>&amp;Largest frame</source>
        <translation>&amp;Largest frame</translation>
    </message>
    <message>
        <source>Put the frame back to the largest one that fits</source>
        <translation>Put the frame back to the largest one that fits</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>&amp;Use this photo</translation>
    </message>
</context>
<context>
    <name>PlaceholderModel</name>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>(reading the data…)</source>
        <translation>(reading the data…)</translation>
    </message>
    <message>
        <source>a checklist finding as the texts quote it</source>
        <translation>a checklist finding as the texts quote it</translation>
    </message>
</context>
<context>
    <name>PlacesModels</name>
    <message>
        <source>(within)</source>
        <translation>(within)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Election commission</source>
        <translation>Election commission</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Airport</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Regions, cities and districts, each with its time zone: the local time of every station and venue in it.</source>
        <translation>Regions, cities and districts, each with its time zone: the local time of every station and venue in it.</translation>
    </message>
    <message>
        <source>The polling stations teams may visit, with their opening hours (visits outside them are conflicts, except an opening and a count).</source>
        <translation>The polling stations teams may visit, with their opening hours (visits outside them are conflicts, except an opening and a count).</translation>
    </message>
    <message>
        <source>Import from a workbook…</source>
        <translation>Import from a workbook…</translation>
    </message>
    <message>
        <source>The hotel, the election commission, ministries and other places of meetings.</source>
        <translation>The hotel, the election commission, ministries and other places of meetings.</translation>
    </message>
    <message>
        <source>the travel time %1 – %2</source>
        <translation>the travel time %1 – %2</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>station %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Polling stations</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Travel times</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n venue</numerusform>
            <numerusform>%n venues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between any other pair of units: the mission&apos;s default of %n minute(s).</source>
        <translation>
            <numerusform>Between any other pair of units: the mission&apos;s default of %n minute.</numerusform>
            <numerusform>Between any other pair of units: the mission&apos;s default of %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the units first: every station lies in one</source>
        <translation>Add the units first: every station lies in one</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Check what the import will do</source>
        <translation>Check what the import will do</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Select a row to see every change or problem in it.</source>
        <translation>Nothing is written until you choose Import. Select a row to see every change or problem in it.</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Sheet, row</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>Comparing with the roster…</translation>
    </message>
    <message>
        <source>%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors</source>
        <translation>%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>To add</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with warnings (in amber); warnings do not stop the import.</source>
        <translation>
            <numerusform>%n row with warnings (in amber); warnings do not stop the import.</numerusform>
            <numerusform>%n rows with warnings (in amber); warnings do not stop the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n row with errors: nothing will be imported until it is fixed.</numerusform>
            <numerusform>%n rows with errors: nothing will be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the file, save it, and choose Check again.</source>
        <translation>Correct them in the file, save it, and choose Check again.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Every row matches the roster already: there is nothing to import.</source>
        <translation>Every row matches the roster already: there is nothing to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observer</numerusform>
            <numerusform>%n observers</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1.</source>
        <translation>Ready: choose Import to add %1.</translation>
    </message>
    <message>
        <source>Ready: choose Import to update %1.</source>
        <translation>Ready: choose Import to update %1.</translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1 and update %2.</source>
        <translation>Ready: choose Import to add %1 and update %2.</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>sheet %1, column %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>not recognised, left out</source>
        <translation>not recognised, left out</translation>
    </message>
    <message numerus="yes">
        <source>column %1 on sheet %2 has %n value(s) but no header</source>
        <translation>
            <numerusform>column %1 on sheet %2 has %n value but no header</numerusform>
            <numerusform>column %1 on sheet %2 has %n values but no header</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet %1 (%2)</source>
        <translation>sheet %1 (%2)</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Stopped. Nothing was imported.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Writing observers: %1 of %2</source>
        <translation>Writing observers: %1 of %2</translation>
    </message>
    <message>
        <source>Import stopped: nothing was written.</source>
        <translation>Import stopped: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import, and then every row is written or none. Select a row to see all of it.</source>
        <translation>Nothing is written until you choose Import, and then every row is written or none. Select a row to see all of it.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: nothing will be imported until they are fixed. Correct them in the file, save it, and choose Check again.</source>
        <translation>
            <numerusform>%n row with errors: nothing will be imported until it is fixed. Correct them in the file, save it, and choose Check again.</numerusform>
            <numerusform>%n rows with errors: nothing will be imported until they are fixed. Correct them in the file, save it, and choose Check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every station is stored like this already: there is nothing to import.</source>
        <translation>Every station is stored like this already: there is nothing to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing stations: %1 of %2</source>
        <translation>Writing stations: %1 of %2</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Flagged reports are imported for someone to complete; rows with errors stop the import until the file is corrected.</source>
        <translation>Nothing is written until you choose Import. Flagged reports are imported for someone to complete; rows with errors stop the import until the file is corrected.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation>Flagged for completion</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Duplicates: keep one of each group. Nothing is merged or deleted; the rows left out are simply not imported.</source>
        <translation>Duplicates: keep one of each group. Nothing is merged or deleted; the rows left out are simply not imported.</translation>
    </message>
    <message>
        <source>No duplicates: no submission id twice, no station visited twice in the same phase at the same time.</source>
        <translation>No duplicates: no submission id twice, no station visited twice in the same phase at the same time.</translation>
    </message>
    <message>
        <source>Rows with errors stop the import: correct the file and read it again. %1</source>
        <translation>Rows with errors stop the import: correct the file and read it again. %1</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Keep one of each group of duplicates below. %1</source>
        <translation>Keep one of each group of duplicates below. %1</translation>
    </message>
    <message>
        <source>Nothing to import. %1</source>
        <translation>Nothing to import. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing reports: %1 of %2</source>
        <translation>Writing reports: %1 of %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language is used the next time Observer Desk starts.</source>
        <translation>The new language is used the next time Observer Desk starts.</translation>
    </message>
    <message>
        <source>This run speaks %1 because the %2 environment variable says so.</source>
        <translation>This run speaks %1 because the %2 environment variable says so.</translation>
    </message>
    <message>
        <source>The preference could not be saved: %1</source>
        <translation>The preference could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>Reading rows: %1</translation>
    </message>
    <message>
        <source>Reading rows: %1 of about %2</source>
        <translation>Reading rows: %1 of about %2</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <source>Choose a question</source>
        <translation>Choose a question</translation>
    </message>
    <message numerus="yes">
        <source>answered in %Ln report(s)</source>
        <translation>
            <numerusform>answered in %Ln report</numerusform>
            <numerusform>answered in %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>negative: %1</source>
        <translation>negative: %1</translation>
    </message>
    <message>
        <source>Numbers, times and texts are not grouped; the data set export holds every answer.</source>
        <translation>Numbers, times and texts are not grouped; the data set export holds every answer.</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>No station</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>By phase</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>A report may choose several answers: the shares add up to more than 100 %.</source>
        <translation>A report may choose several answers: the shares add up to more than 100 %.</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>The column name in ODK and Kobo exports: letters, digits and _</source>
        <translation>The column name in ODK and Kobo exports: letters, digits and _</translation>
    </message>
    <message>
        <source>A note: text shown on the form, never answered.</source>
        <translation>A note: text shown on the form, never answered.</translation>
    </message>
    <message>
        <source>An answer is required (when the question applies)</source>
        <translation>An answer is required (when the question applies)</translation>
    </message>
    <message>
        <source>Shown when, e.g. ${group_voting} = &apos;yes&apos; (empty: always)</source>
        <translation>Shown when, e.g. ${group_voting} = &apos;yes&apos; (empty: always)</translation>
    </message>
    <message>
        <source>Valid when, e.g. . &lt;= ${registered_voters} (. is the answer)</source>
        <translation>Valid when, e.g. . &lt;= ${registered_voters} (. is the answer)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>When invalid</source>
        <translation>When invalid</translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation>Add Choice</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Choice list:</source>
        <translation>Choice list:</translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation>Shown when:</translation>
    </message>
    <message>
        <source>Valid when:</source>
        <translation>Valid when:</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>New list…</translation>
    </message>
    <message numerus="yes">
        <source>Choices of the list “%1” (used by %Ln question(s))</source>
        <translation>
            <numerusform>Choices of the list “%1” (used by %Ln question)</numerusform>
            <numerusform>Choices of the list “%1” (used by %Ln questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaDelegate</name>
    <message>
        <source>No quota</source>
        <translation>No quota</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Changes are recorded once the record is saved.</source>
        <translation>Changes are recorded once the record is saved.</translation>
    </message>
    <message>
        <source>Every saved change: when, who, which fields, old and new values. Personal data is shown masked.</source>
        <translation>Every saved change: when, who, which fields, old and new values. Personal data is shown masked.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>New visit report</source>
        <translation>New visit report</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Number or name</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Arrival – departure:</source>
        <translation>&amp;Arrival – departure:</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>Incidents and notes</source>
        <translation>Incidents and notes</translation>
    </message>
    <message>
        <source>Add &amp;Incident…</source>
        <translation>Add &amp;Incident…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Notes on the visit</source>
        <translation>Notes on the visit</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation>Save and &amp;New</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This report was imported flagged for completion: %1</source>
        <translation>This report was imported flagged for completion: %1</translation>
    </message>
    <message>
        <source>local time, %1 (%2)</source>
        <translation>local time, %1 (%2)</translation>
    </message>
    <message>
        <source>%1 voters on the list</source>
        <translation>%1 voters on the list</translation>
    </message>
    <message>
        <source>Choose the team.</source>
        <translation>Choose the team.</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>Choose the polling station.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>An answer is required.</translation>
    </message>
    <message>
        <source>The answer does not meet the question&apos;s condition.</source>
        <translation>The answer does not meet the question&apos;s condition.</translation>
    </message>
    <message>
        <source>%1 is not one of the choices.</source>
        <translation>%1 is not one of the choices.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>Type a time of day, such as 09:30.</source>
        <translation>Type a time of day, such as 09:30.</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be saved yet: %Ln answer(s) need attention (marked in red).</source>
        <translation>
            <numerusform>The report cannot be saved yet: %Ln answer needs attention (marked in red).</numerusform>
            <numerusform>The report cannot be saved yet: %Ln answers need attention (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation>The report was not saved:</translation>
    </message>
    <message>
        <source>Report %1 saved (station %2). The next one:</source>
        <translation>Report %1 saved (station %2). The next one:</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>Unsaved report</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Save them?</source>
        <translation>This report has changes that are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Choose a report in the list to read it here.</source>
        <translation>Choose a report in the list to read it here.</translation>
    </message>
    <message>
        <source>&amp;Edit Report…</source>
        <translation>&amp;Edit Report…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>no station</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>To complete:</source>
        <translation>To complete:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Local time of the station</source>
        <translation>Local time of the station</translation>
    </message>
    <message>
        <source>Answers that count as negative (a &apos;no&apos; where &apos;yes&apos; is good, a bad rating...)</source>
        <translation>Answers that count as negative (a &apos;no&apos; where &apos;yes&apos; is good, a bad rating...)</translation>
    </message>
    <message>
        <source>Imported reports the secretariat must complete</source>
        <translation>Imported reports the secretariat must complete</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>to complete</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <source>Export the roster as a workbook</source>
        <translation>Export the roster as a workbook</translation>
    </message>
    <message>
        <source>One sheet with every observer grouped by sending body, a count per body against its quota, and the list in the form the CEC asks for. The observer code stays in the first column, so a corrected copy can be imported again.</source>
        <translation>One sheet with every observer grouped by sending body, a count per body against its quota, and the list in the form the CEC asks for. The observer code stays in the first column, so a corrected copy can be imported again.</translation>
    </message>
    <message>
        <source>The whole roster</source>
        <translation>The whole roster</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected observer(s)</source>
        <translation>
            <numerusform>Only the selected observer</numerusform>
            <numerusform>Only the %Ln selected observers</numerusform>
        </translation>
    </message>
    <message>
        <source>Public roster (no passport numbers, dates of birth, phone or e-mail)</source>
        <translation>Public roster (no passport numbers, dates of birth, phone or e-mail)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Observers:</source>
        <translation>Observers:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>public roster</source>
        <translation>public roster</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>roster</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>The Roster and By body sheets only; safe to circulate.</source>
        <translation>The Roster and By body sheets only; safe to circulate.</translation>
    </message>
    <message>
        <source>Includes passport numbers, dates of birth and contact details, and the CEC submission sheet: send it only to the host authorities.</source>
        <translation>Includes passport numbers, dates of birth and contact details, and the CEC submission sheet: send it only to the host authorities.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>Choose where to save the workbook.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new roster?</source>
        <translation>%1 exists already. Replace it with the new roster?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s) exported to %1</source>
        <translation>
            <numerusform>%Ln observer exported to %1</numerusform>
            <numerusform>%Ln observers exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>The roster was not exported: %1</source>
        <translation>The roster was not exported: %1</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Family name in capitals, then given names, in Latin script as in the passport</source>
        <translation>Family name in capitals, then given names, in Latin script as in the passport</translation>
    </message>
    <message>
        <source>The state or organisation body that sends the observer</source>
        <translation>The state or organisation body that sends the observer</translation>
    </message>
    <message>
        <source>Only the last three characters are shown in lists</source>
        <translation>Only the last three characters are shown in lists</translation>
    </message>
    <message>
        <source>Whether a badge photo is on file</source>
        <translation>Whether a badge photo is on file</translation>
    </message>
    <message>
        <source>Not assigned to a sending body</source>
        <translation>Not assigned to a sending body</translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation>Photo on file</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>No photo yet</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Shown when, e.g. ${phase} = &apos;opening&apos; (empty: always)</source>
        <translation>Shown when, e.g. ${phase} = &apos;opening&apos; (empty: always)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation>Shown when:</translation>
    </message>
</context>
<context>
    <name>SendingBodiesModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Name (Russian)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>A short code, unique in the mission (e.g. CN, SEC)</source>
        <translation>A short code, unique in the mission (e.g. CN, SEC)</translation>
    </message>
    <message>
        <source>Two-letter ISO code of the sending state</source>
        <translation>Two-letter ISO code of the sending state</translation>
    </message>
    <message>
        <source>How many observers the body may send; empty for no limit</source>
        <translation>How many observers the body may send; empty for no limit</translation>
    </message>
    <message>
        <source>Observers of this body in the roster, against its quota</source>
        <translation>Observers of this body in the roster, against its quota</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No quota set for this body</source>
        <translation>No quota set for this body</translation>
    </message>
    <message>
        <source>Over quota by %1</source>
        <translation>Over quota by %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) still open</source>
        <translation>
            <numerusform>%Ln place still open</numerusform>
            <numerusform>%Ln places still open</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota filled</source>
        <translation>Quota filled</translation>
    </message>
    <message>
        <source>This body</source>
        <translation>This body</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %Ln observer(s) belong to it. Move them to another sending body first.</source>
        <translation>
            <numerusform>%1 cannot be removed: %Ln observer belongs to it. Move them to another sending body first.</numerusform>
            <numerusform>%1 cannot be removed: %Ln observers belong to it. Move them to another sending body first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingBodiesPage</name>
    <message>
        <source>The states and organisation bodies that send observers, in the order lists and the statement name them. Double-click a cell to edit it; changes are kept only when you save.</source>
        <translation>The states and organisation bodies that send observers, in the order lists and the statement name them. Double-click a cell to edit it; changes are kept only when you save.</translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation>&amp;Add body</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Forget the changes made since the last save</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Sending bodies saved.</source>
        <translation>Sending bodies saved.</translation>
    </message>
    <message>
        <source>Not saved. Please correct the following (rows in question are marked):</source>
        <translation>Not saved. Please correct the following (rows in question are marked):</translation>
    </message>
    <message>
        <source>Cannot remove this body</source>
        <translation>Cannot remove this body</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending body(-ies)</source>
        <translation>
            <numerusform>%Ln sending body</numerusform>
            <numerusform>%Ln sending bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in the quotas</source>
        <translation>
            <numerusform>%Ln place in the quotas</numerusform>
            <numerusform>%Ln places in the quotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln observer</numerusform>
            <numerusform>%Ln observers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Preliminary statement</source>
        <translation>Preliminary statement</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the text (Ctrl+S)</source>
        <translation>Save the text (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Mark as issued…</source>
        <translation>Mark as issued…</translation>
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
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Start from the default text</source>
        <translation>Start from the default text</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>Show the PDF</translation>
    </message>
    <message>
        <source>Make the PDF of the text as it is now (saved or not) and show it</source>
        <translation>Make the PDF of the text as it is now (saved or not) and show it</translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation>Filled text</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Put the chosen placeholder where the cursor is (Insert)</source>
        <translation>Put the chosen placeholder where the cursor is (Insert)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The statement has changes that are not saved. Save them first?</source>
        <translation>The statement has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <source>The statement could not be read: %1</source>
        <translation>The statement could not be read: %1</translation>
    </message>
    <message>
        <source>The mission has no %1 in %2 yet. Start from the default text: it is written as a secretariat writes it, with placeholders the program fills from the mission&apos;s data, ready for you to edit.</source>
        <translation>The mission has no %1 in %2 yet. Start from the default text: it is written as a secretariat writes it, with placeholders the program fills from the mission&apos;s data, ready for you to edit.</translation>
    </message>
    <message>
        <source>Revision %1, issued on %2</source>
        <translation>Revision %1, issued on %2</translation>
    </message>
    <message>
        <source>This statement was issued on %1 and is kept exactly as issued, with the figures it was filled with. Saving a change makes revision %2, a new draft.</source>
        <translation>This statement was issued on %1 and is kept exactly as issued, with the figures it was filled with. Saving a change makes revision %2, a new draft.</translation>
    </message>
    <message>
        <source>Revision %1 was issued on %2. A later revision exists: this one can be read and exported, not edited.</source>
        <translation>Revision %1 was issued on %2. A later revision exists: this one can be read and exported, not edited.</translation>
    </message>
    <message>
        <source>Revision %1, draft</source>
        <translation>Revision %1, draft</translation>
    </message>
    <message>
        <source>Revision %1 is not the latest one: it can be read and exported, not edited.</source>
        <translation>Revision %1 is not the latest one: it can be read and exported, not edited.</translation>
    </message>
    <message>
        <source>The statement was not saved: %1</source>
        <translation>The statement was not saved: %1</translation>
    </message>
    <message>
        <source>Saved as revision %1, a draft. The issued revision %2 is kept as it was issued.</source>
        <translation>Saved as revision %1, a draft. The issued revision %2 is kept as it was issued.</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>Statement saved</translation>
    </message>
    <message>
        <source>The statement could not be made: %1</source>
        <translation>The statement could not be made: %1</translation>
    </message>
    <message>
        <source>Save your changes before marking the statement as issued?</source>
        <translation>Save your changes before marking the statement as issued?</translation>
    </message>
    <message>
        <source>The statement cannot be issued while it has unknown placeholders:</source>
        <translation>The statement cannot be issued while it has unknown placeholders:</translation>
    </message>
    <message>
        <source>Mark as issued</source>
        <translation>Mark as issued</translation>
    </message>
    <message>
        <source>Mark revision %1 of the %2 in %3 as issued?

Its text and the figures it is filled with are kept exactly as they are now and will not change. Later changes make a new revision.</source>
        <translation>Mark revision %1 of the %2 in %3 as issued?

Its text and the figures it is filled with are kept exactly as they are now and will not change. Later changes make a new revision.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>Revision %1 was marked as issued on %2. It is kept exactly as issued, with the figures it was filled with; saving a change makes revision %3, a new draft.</source>
        <translation>Revision %1 was marked as issued on %2. It is kept exactly as issued, with the figures it was filled with; saving a change makes revision %3, a new draft.</translation>
    </message>
    <message>
        <source>The mission&apos;s data could not be read for the statement: %1</source>
        <translation>The mission&apos;s data could not be read for the statement: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation>section %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the mission&apos;s data…</source>
        <translation>Reading the mission&apos;s data…</translation>
    </message>
    <message>
        <source>The PDF adds the tables: members by state and body, meetings and stations visited, key findings and turnout.</source>
        <translation>The PDF adds the tables: members by state and body, meetings and stations visited, key findings and turnout.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Preview of the text as it is now</source>
        <translation>Preview of the text as it is now</translation>
    </message>
    <message>
        <source> (not saved yet)</source>
        <translation> (not saved yet)</translation>
    </message>
    <message>
        <source>unknown placeholders are printed as written</source>
        <translation>unknown placeholders are printed as written</translation>
    </message>
    <message>
        <source>The PDF is made from the saved statement. Save your changes first?</source>
        <translation>The PDF is made from the saved statement. Save your changes first?</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>Export the statement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Nothing was written: the statement has unknown placeholders.</source>
        <translation>Nothing was written: the statement has unknown placeholders.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <source>Statement exported</source>
        <translation>Statement exported</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Edit polling station</source>
        <translation>Edit polling station</translation>
    </message>
    <message>
        <source>New polling station</source>
        <translation>New polling station</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Registered voters</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>StationImportWizard</name>
    <message>
        <source>Import polling stations</source>
        <translation>Import polling stations</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The stations could not be shown again</source>
        <translation>The stations could not be shown again</translation>
    </message>
</context>
<context>
    <name>StationPlanModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Sheet, row</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Changes or problems</translation>
    </message>
    <message>
        <source>Same as stored</source>
        <translation>Same as stored</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>New station</translation>
    </message>
    <message>
        <source>Stored exactly like this already; nothing changes.</source>
        <translation>Stored exactly like this already; nothing changes.</translation>
    </message>
    <message>
        <source>A new polling station in %1.</source>
        <translation>A new polling station in %1.</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change accreditation status</source>
        <translation>Change accreditation status</translation>
    </message>
    <message>
        <source>Change the status of %1</source>
        <translation>Change the status of %1</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln observer(s)</source>
        <translation>
            <numerusform>Change the status of %Ln observer</numerusform>
            <numerusform>Change the status of %Ln observers</numerusform>
        </translation>
    </message>
    <message>
        <source>(allowed for %1 of %2)</source>
        <translation>(allowed for %1 of %2)</translation>
    </message>
    <message>
        <source>Type a code or name to find the observer</source>
        <translation>Type a code or name to find the observer</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Replaced by:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an accreditation status and how many observers have it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list of observers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Note &amp;reference:</source>
        <translation>Note &amp;reference:</translation>
    </message>
    <message>
        <source>&amp;Date of the note:</source>
        <translation>&amp;Date of the note:</translation>
    </message>
    <message>
        <source>The mission&apos;s note to the CEC, e.g. No. 12/2022</source>
        <translation>The mission&apos;s note to the CEC, e.g. No. 12/2022</translation>
    </message>
    <message>
        <source>CEC &amp;certificate number:</source>
        <translation>CEC &amp;certificate number:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <source>As printed on the CEC&apos;s certificate or decision</source>
        <translation>As printed on the CEC&apos;s certificate or decision</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Required: why, as the note to the CEC will say</source>
        <translation>Required: why, as the note to the CEC will say</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an observer&apos;s code and present status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Not allowed from their present status for: %1. The change is made for all chosen observers or for none.</source>
        <translation>Not allowed from their present status for: %1. The change is made for all chosen observers or for none.</translation>
    </message>
    <message>
        <source>No status change is possible: replaced observers stay replaced. Nominate the person again as a new observer if needed.</source>
        <translation>No status change is possible: replaced observers stay replaced. Nominate the person again as a new observer if needed.</translation>
    </message>
    <message>
        <source>No single observer matches “%1”: choose the replacement from the list.</source>
        <translation>No single observer matches “%1”: choose the replacement from the list.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %Ln observer(s) cannot make this step.</source>
        <translation>
            <numerusform>Nothing was changed: %Ln observer cannot make this step.</numerusform>
            <numerusform>Nothing was changed: %Ln observers cannot make this step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
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
        <translation>Row</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
</context>
<context>
    <name>SubmissionsWizard</name>
    <message>
        <source>Import submissions</source>
        <translation>Import submissions</translation>
    </message>
    <message>
        <source>Reading submissions: %1 of %2</source>
        <translation>Reading submissions: %1 of %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The reports list could not be refreshed</source>
        <translation>The reports list could not be refreshed</translation>
    </message>
    <message>
        <source>Add, flagged</source>
        <translation>Add, flagged</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Most frequent answer</source>
        <translation>Most frequent answer</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Stations where the question was observed: &apos;not observed&apos; answers are left out</source>
        <translation>Stations where the question was observed: &apos;not observed&apos; answers are left out</translation>
    </message>
    <message>
        <source>Answers counted as negative (bad + very bad for a rating)</source>
        <translation>Answers counted as negative (bad + very bad for a rating)</translation>
    </message>
    <message numerus="yes">
        <source>answered in %Ln report(s)</source>
        <translation>
            <numerusform>answered in %Ln report</numerusform>
            <numerusform>answered in %Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>By phase</source>
        <translation>By phase</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Incidents by severity</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Breakdown:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) on checklist %1 (%2); %3 flagged for completion</source>
        <translation>
            <numerusform>%Ln report on checklist %1 (%2); %3 flagged for completion</numerusform>
            <numerusform>%Ln reports on checklist %1 (%2); %3 flagged for completion</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on earlier checklists, not counted here</source>
        <translation>%1 on earlier checklists, not counted here</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>← Add to team</source>
        <translation>← Add to team</translation>
    </message>
    <message>
        <source>Remove from team →</source>
        <translation>Remove from team →</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Save details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>Driver&apos;s phone</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Members (drop observers here)</source>
        <translation>Members (drop observers here)</translation>
    </message>
    <message>
        <source>Observers in no team</source>
        <translation>Observers in no team</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Name of the team</source>
        <translation>Name of the team</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>TurnoutView</name>
    <message>
        <source>&amp;Add CEC Figure…</source>
        <translation>&amp;Add CEC Figure…</translation>
    </message>
    <message>
        <source>&amp;Import CEC Workbook…</source>
        <translation>&amp;Import CEC Workbook…</translation>
    </message>
    <message>
        <source>A workbook with columns such as Region, Date, Time, Turnout % (or Регион, Дата, Время, Явка, %)</source>
        <translation>A workbook with columns such as Region, Date, Time, Turnout % (or Регион, Дата, Время, Явка, %)</translation>
    </message>
    <message>
        <source>The mission&apos;s turnout against the CEC&apos;s</source>
        <translation>The mission&apos;s turnout against the CEC&apos;s</translation>
    </message>
    <message>
        <source>The CEC&apos;s published figures</source>
        <translation>The CEC&apos;s published figures</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turnout reading(s) by the mission.</source>
        <translation>
            <numerusform>%Ln turnout reading by the mission.</numerusform>
            <numerusform>%Ln turnout readings by the mission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading(s) have no CEC figures to compare with.</source>
        <translation>
            <numerusform>%Ln reading has no CEC figures to compare with.</numerusform>
            <numerusform>%Ln readings have no CEC figures to compare with.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>The figure was not saved: %1</translation>
    </message>
    <message>
        <source>CEC figure saved.</source>
        <translation>CEC figure saved.</translation>
    </message>
    <message>
        <source>Import CEC figures</source>
        <translation>Import CEC figures</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Nothing was imported from %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CEC figure(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln CEC figure imported from %1.</numerusform>
            <numerusform>%Ln CEC figures imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Name (Russian)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>The user guide could not be opened.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>It is looked for as user-guide.html or user-guide.md in: %1</source>
        <translation>It is looked for as user-guide.html or user-guide.md in: %1</translation>
    </message>
    <message>
        <source>%1 – User Guide</source>
        <translation>%1 – User Guide</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Edit venue</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>New venue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>the unit&apos;s zone</source>
        <translation>the unit&apos;s zone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VenuesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Observer Desk</source>
        <translation>Welcome to Observer Desk</translation>
    </message>
    <message>
        <source>This database holds no mission yet. Look around with the demo mission, set up your own, or open the database a colleague shared with you.</source>
        <translation>This database holds no mission yet. Look around with the demo mission, set up your own, or open the database a colleague shared with you.</translation>
    </message>
    <message>
        <source>Create the demo mission</source>
        <translation>Create the demo mission</translation>
    </message>
    <message>
        <source>The SCO Observer Mission to the 2022 presidential election in Kazakhstan, with fictional observers, programme and findings.</source>
        <translation>The SCO Observer Mission to the 2022 presidential election in Kazakhstan, with fictional observers, programme and findings.</translation>
    </message>
    <message>
        <source>Create a new mission…</source>
        <translation>Create a new mission…</translation>
    </message>
    <message>
        <source>Enter your mission&apos;s code, title, election and period.</source>
        <translation>Enter your mission&apos;s code, title, election and period.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Choose a mission file (.sqlite), for example a copy or a backup.</source>
        <translation>Choose a mission file (.sqlite), for example a copy or a backup.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Observer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop workbench of an election observation mission&apos;s secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components bundled with Observer Desk and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program itself; see the LICENSE file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer Desk uses the Qt libraries as separate shared libraries, unmodified; you may replace them with your own build of the same Qt version. The source code of Qt and PySide6 is available from the Qt Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT-CMU (HPND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSF licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone data itself is in the public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country names from the ISO 3166 lists of Debian&apos;s iso-codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu Sans font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu font licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache 2.0, or GPL v3 with font exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>%1, not in N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntriesModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries written to %2 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups of each database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shared database on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of %1 taken when the program opens it and before imports, schema upgrades and restores. They are kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no mission yet: there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1 (%2)?

Changes made since then are lost from the database; the present content is first saved as a backup, so this step can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a schema upgrade (from revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeListModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accredited: the badge prints marked DRAFT - NOT VALID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Print badges – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accredited observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} observers selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges changed since they were last printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip badges already printed and issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back sides (duplex: rules of conduct and contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets turned over the short edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as printed and issue the badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. badge lost, name corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} badge to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} badges to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} draft (not accredited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} drafts (not accredited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} left out because of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badges to print with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marked DRAFT - NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled; change a choice to make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These badges would not print right; correct the observers&apos; records (or leave them out) before printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had badges printed before: give the reason for the reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print run was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print run %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} badge issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} badges issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message>
        <source>negative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers rarely put the page exactly where it belongs. Print the calibration page, read its rulers, and enter the new offset: every badge of this layout will be moved by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calibration page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Print it at 100% (no scaling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration page was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CecFigureDialog</name>
    <message>
        <source>CEC turnout figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urnout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voters (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistered voters (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters and registered voters are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CecFiguresModel</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Make Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter new reports on this version and count its reports in the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport XLSForm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section or question on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) were filed on this version: saving an edit makes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report uses this version yet: edits replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 condition(s) now refer to ${%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section “%1” with its %2 question(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) were filed on version %2. The edited checklist is saved as a new version and becomes the one new reports are entered on; those reports stay on version %2. Save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1, now the active checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist saved (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this checklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has items a checklist cannot hold:
%1

Leave them out and import the rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the saved checklist, without the changes not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no / not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: very good … very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is stored and exported (letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts against: a &apos;no&apos; where &apos;yes&apos; is good, a bad rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of N, like &apos;not observed&apos; or &apos;not applicable&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseMissionDialog</name>
    <message>
        <source>Close Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1 removes for good, from all %2 of its observers: passport numbers and expiry dates, dates of birth, e-mail addresses, phone numbers, notes and photos (and the drivers&apos; phone numbers).

Names, roles, sending bodies, the accreditation history, the itinerary, the findings and the statements stay. The audit trail records the closing.

Backups taken before still hold the personal data: delete them from the backups folder (File › Backups…) if they must go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mission&apos;s code, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Mission and Purge Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <source>Match the columns the program does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column holds, or leave it ignored. Your choices are remembered for the next file with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in it, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read from column %2 (%3) already; choose another field or Ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for “%2” as well; one column per field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>CEC series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC, same moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the series; readings are grouped under the published time nearest to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued of the voters on the list, at the stations the mission read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEC&apos;s curve read at each reading&apos;s own time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission minus CEC at the same moments, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type a country&apos;s name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country is known by this name; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <source>Drag the frame onto the face; drag a corner to resize it. Arrow keys move it, + and - resize it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1) in its place? The file as it is now is kept: beside it if it is damaged, else in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open, but the backup taken on opening could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as 17.11.1970 or 1970-11-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a real date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as 13:40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time as well, e.g. 13:40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a block to move it, an edge to change its length (5-minute steps)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentPanel</name>
    <message>
        <source>Copy the day&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the events of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day: each team&apos;s stations in order, arrival in the station&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observers are in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observers start as Nominated. The roster shows them now; open each one to complete the record and add the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports are in the list; flagged ones wait to be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) added, %2 of them flagged for completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turnout reading(s) taken from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) left out as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submission(s) were imported before and left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the flagged reports with the “Flagged for completion” filter of the reports list, and open each to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateChooser</name>
    <message>
        <source>Same %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the report already stored (leave out every row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program or colleague is writing to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local to the place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the nominations workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .xlsx list from a sending state, the nominations template, or a roster exported earlier. Title rows above the header, headers in Russian and dates written as text are all understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an .xlsx file, or paste its path and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook to send to the sending states; it imports without questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”: header in row %2, 1 observer row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”: header in row %2, {n} observer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” is not read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column is not recognised; the next page asks what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} columns are not recognised; the next page asks what they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column is read as you chose before; you can change that on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} columns are read as you chose before; you can change that on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped. Choose the file again to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the submissions export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox for the mission&apos;s checklist. Columns are matched to the questions by name or label; group prefixes are understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file, or paste its path and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission exports (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submission(s) in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the checklist&apos;s labels and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Data Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per report, with a codebook sheet and the incidents, for Excel, SPSS or R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With negative answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team that filed the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to look at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visit report in this mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visit reports in this mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 incident recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} incidents recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 saved (station %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the report of station %1 with its answers and incidents? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the findings data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set exported: %1 report(s), %2 columns, to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new observer, nominated on import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the roster exactly like this; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the nominations template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nominations template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nominations template is saved as
%1

Send it to the sending states: it lists this mission&apos;s sending bodies, and a filled-in copy imports without questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is not a time of day (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrecy of the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure on voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigning near the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorised persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions on observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot box or seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access for voters with disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsListModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF itineraries, the Excel deployment plan or an iCalendar file, for everyone or for the team or observer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme saved; %1 conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot shift the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itineraries (PDF) (*.pdf);;Deployment plan and schedule (Excel) (*.xlsx);;Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the itinerary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryPlaceholder</name>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning meetings, teams and polling-station visits is not in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events in the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing and count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODK Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KoboToolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidential election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early presidential election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliamentary election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legislative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to the CEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new mission in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Demo Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the SCO demo mission (2022, Kazakhstan) to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database file for another mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Observer Desk database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of this database: take one, restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when in this mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mission again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Observer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission details saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission has changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mission %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mission is not available in this version of Observer Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mission could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer Desk databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer Desk databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission closed: personal data of %1 observer(s) purged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionDetailsPage</name>
    <message>
        <source>Mission details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;head of mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of mission signs the statement and leads the list of members. A previous head becomes a deputy head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observers in this mission yet: add observers first, then choose the head among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No head of mission chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current head of mission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this mission after you opened it. Your edits are still in the form below. Reload shows the current version and replaces your edits, so note what you changed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of mission was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of mission changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <source>e.g. SCO-KZ-2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short reference for the mission: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SCO Observer Mission to the presidential election in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shanghai Cooperation Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-letter ISO 3166 code of the host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Central Election Commission of the Republic of Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone of the capital, e.g. Asia/Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time kept free between two events of the itinerary, for getting from one to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat address, telephone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election co&amp;mmission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel &amp;buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Close Mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the mission: purge its observers&apos; personal data, keep names, itinerary and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mission was closed on %1: the personal data of its observers (passport data, dates of birth, contacts, notes, photos) was purged. Names, itinerary, findings and statements are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <source>New Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending bodies, the head of mission and the other details can be added once the mission exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission was not created: please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObserverEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in the mission, e.g. RU-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Latin script, as in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own &amp;script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович, 王伟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Central Election Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the nomination gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes, e.g. en, ru, zh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport &amp;expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KC 852</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arri&amp;val:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new observer starts as nominated once saved; the steps of the accreditation appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: 1 problem is marked in red. Please correct it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {n} problems are marked in red. Please correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.
Your changes are still in this window. Copy what you need, then reload to see the record as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (drops my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer added to the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the observer&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo for a badge needs far less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a photo: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (other common image formats work too). The photo stored before, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note to the CEC %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC certificate %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (recorded with the accreditation steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change works on the saved record. Save your changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observer[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — observer[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This observer has changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObserversPage</name>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active observers (not rejected, withdrawn or replaced) of each sending body against its quota; over quota in red. Click a body to show only its observers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an observer to the roster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen observer&apos;s record (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen observers to another accreditation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the badges of the accredited observers, or of the observers chosen in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roster workbook of the chosen observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import nominations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update observers from a nominations workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole roster as a workbook, with the list for the CEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty workbook to send to the sending states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name, institution, position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters as you type; every word must match (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sending bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over quota by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed for 1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed for {n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nominations template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Election and mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election commission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 sending body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {n} sending bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place in the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} places in the quotas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 x %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG, PNG or other image file; you crop it next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop an image file on this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge and the accreditation papers use a %1 × %2 mm passport photo, stored at 300 dpi (%3 × %4 pixels). Drag the frame onto the face and drag a corner to make it larger or smaller; arrow keys and + / - work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the frame back to the largest one that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderModel</name>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reading the data…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist finding as the texts quote it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Check what the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Select a row to see every change or problem in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row has a warning (in amber); warnings do not stop the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows have warnings (in amber); warnings do not stop the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row has errors: nothing will be imported until these rows are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows have errors: nothing will be imported until these rows are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct them in the file, save it, and choose Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row matches the roster already: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: choose Import to update %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1 and update %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 on sheet %2 has 1 value but no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 on sheet %2 has {n} values but no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing observers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Flagged reports are imported for someone to complete; rows with errors stop the import until the file is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: keep one of each group. Nothing is merged or deleted; the rows left out are simply not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates: no submission id twice, no station visited twice in the same phase at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors stop the import: correct the file and read it again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of each group of duplicates below. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing reports: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows: %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <source>Choose a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1 report(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers, times and texts are not grouped; the data set export holds every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report may choose several answers: the shares add up to more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>The column name in ODK and Kobo exports: letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note: text shown on the form, never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is required (when the question applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when, e.g. ${group_voting} = &apos;yes&apos; (empty: always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid when, e.g. . &lt;= ${registered_voters} (. is the answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices of the list “%1” (used by %2 question(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaDelegate</name>
    <message>
        <source>No quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Changes are recorded once the record is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved change: when, who, which fields, old and new values. Personal data is shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>New visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival – departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was imported flagged for completion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voters on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not meet the question&apos;s condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time of day, such as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be saved yet: %1 answer(s) need attention (marked in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 saved (station %2). The next one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Choose a report in the list to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that count as negative (a &apos;no&apos; where &apos;yes&apos; is good, a bad rating...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported reports the secretariat must complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet with every observer grouped by sending body, a count per body against its quota, and the list in the form the CEC asks for. The observer code stays in the first column, so a corrected copy can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the {n} selected observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public roster (no passport numbers, dates of birth, phone or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Roster and By body sheets only; safe to circulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes passport numbers, dates of birth and contact details, and the CEC submission sheet: send it only to the host authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new roster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observer exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} observers exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in capitals, then given names, in Latin script as in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state or organisation body that sends the observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last three characters are shown in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a badge photo is on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a sending body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when, e.g. ${phase} = &apos;opening&apos; (empty: always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendingBodiesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code, unique in the mission (e.g. CN, SEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO code of the sending state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many observers the body may send; empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers of this body in the roster, against its quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota set for this body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over quota by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 place(s) still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 observer(s) belong to it. Move them to another sending body first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendingBodiesPage</name>
    <message>
        <source>The states and organisation bodies that send observers, in the order lists and the statement name them. Double-click a cell to edit it; changes are kept only when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending bodies saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct the following (rows in question are marked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove this body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sending body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sending bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place in the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} places in the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} observers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as issued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PDF of the text as it is now (saved or not) and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen placeholder where the cursor is (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission has no %1 in %2 yet. Start from the default text: it is written as a secretariat writes it, with placeholders the program fills from the mission&apos;s data, ready for you to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, issued on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement was issued on %1 and is kept exactly as issued, with the figures it was filled with. Saving a change makes revision %2, a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was issued on %2. A later revision exists: this one can be read and exported, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is not the latest one: it can be read and exported, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1, a draft. The issued revision %2 is kept as it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes before marking the statement as issued?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement cannot be issued while it has unknown placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark revision %1 of the %2 in %3 as issued?

Its text and the figures it is filled with are kept exactly as they are now and will not change. Later changes make a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was marked as issued on %2. It is kept exactly as issued, with the figures it was filled with; saving a change makes revision %3, a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission&apos;s data could not be read for the statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mission&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF adds the tables: members by state and body, meetings and stations visited, key findings and turnout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the text as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholders are printed as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is made from the saved statement. Save your changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the statement has unknown placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change accreditation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of 1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of {n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(allowed for %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or name to find the observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission&apos;s note to the CEC, e.g. No. 12/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC &amp;certificate number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the CEC&apos;s certificate or decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why, as the note to the CEC will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed from their present status for: %1. The change is made for all chosen observers or for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status change is possible: replaced observers stay replaced. Nominate the person again as a new observer if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single observer matches “%1”: choose the replacement from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: 1 observer cannot make this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: {n} observers cannot make this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsWizard</name>
    <message>
        <source>Import submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading submissions: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports list could not be refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations where the question was observed: &apos;not observed&apos; answers are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers counted as negative (bad + very bad for a rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1 report(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>By phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) on checklist %2 (%3); %4 flagged for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on earlier checklists, not counted here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>← Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from team →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (drop observers here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers in no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnoutView</name>
    <message>
        <source>&amp;Add CEC Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CEC Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook with columns such as Region, Date, Time, Turnout % (or Регион, Дата, Время, Явка, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission&apos;s turnout against the CEC&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEC&apos;s published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turnout reading(s) by the mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reading(s) have no CEC figures to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC figure saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CEC figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CEC figure(s) imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Observer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no mission yet. Look around with the demo mission, set up your own, or open the database a colleague shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCO Observer Mission to the 2022 presidential election in Kazakhstan, with fictional observers, programme and findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your mission&apos;s code, title, election and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mission file (.sqlite), for example a copy or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

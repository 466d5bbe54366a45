<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Observer Desk</source>
        <translation>关于 Observer Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>The desktop workbench of an election observation mission&apos;s secretariat.</source>
        <translation>选举观察团秘书处的桌面工作台。</translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Components bundled with Observer Desk and their licences:</source>
        <translation>Observer Desk 附带的组件及其许可证：</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>This program itself; see the LICENSE file.</source>
        <translation>本程序本身；参见 LICENSE 文件。</translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <source>Observer Desk uses the Qt libraries as separate shared libraries, unmodified; you may replace them with your own build of the same Qt version. The source code of Qt and PySide6 is available from the Qt Project.</source>
        <translation>Observer Desk 以独立共享库的形式使用未经修改的 Qt 库；您可以用自行编译的同版本 Qt 替换它们。Qt 和 PySide6 的源代码可从 Qt 项目获取。</translation>
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
        <translation>PSF 许可证</translation>
    </message>
    <message>
        <source>Apache 2.0</source>
        <translation>Apache 2.0</translation>
    </message>
    <message>
        <source>The time zone data itself is in the public domain.</source>
        <translation>时区数据本身属于公有领域。</translation>
    </message>
    <message>
        <source>LGPL 2.1</source>
        <translation>LGPL 2.1</translation>
    </message>
    <message>
        <source>Country names from the ISO 3166 lists of Debian&apos;s iso-codes.</source>
        <translation>国家名称取自 Debian iso-codes 的 ISO 3166 列表。</translation>
    </message>
    <message>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <source>Used as its own unmodified package.</source>
        <translation>以其自身未经修改的软件包形式使用。</translation>
    </message>
    <message>
        <source>DejaVu Sans font</source>
        <translation>DejaVu Sans 字体</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu font licence</source>
        <translation>Bitstream Vera / DejaVu 字体许可证</translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei font</source>
        <translation>文泉驿微米黑字体</translation>
    </message>
    <message>
        <source>Apache 2.0, or GPL v3 with font exception</source>
        <translation>Apache 2.0，或附字体例外条款的 GPL v3</translation>
    </message>
    <message>
        <source>Qt and PySide6 are licensed under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3. Both texts, with the licences of the fonts and the other components, are in %1.</source>
        <translation>Qt 和 PySide6 依据 GNU 宽通用公共许可证第 3 版（LGPL v3）授权，该许可证在 GNU 通用公共许可证第 3 版的基础上附加了额外许可。两份许可证文本，以及字体和其他组件的许可证，均位于 %1。</translation>
    </message>
    <message>
        <source>The Qt libraries are the separate files in %1. To use a modified Qt, build the same Qt and PySide6 version from source and put your libraries in place of those files.</source>
        <translation>Qt 库是 %1 中的独立文件。如需使用修改过的 Qt，请从源代码编译相同版本的 Qt 和 PySide6，并用您的库替换这些文件。</translation>
    </message>
    <message>
        <source>Source code: %1 (Qt) and %2 (PySide6).</source>
        <translation>源代码：%1（Qt）和 %2（PySide6）。</translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>%1, not in N</source>
        <translation>%1，不计入 N</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>无回答</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
<context>
    <name>AuditEntriesModel</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation>个人数据已清除</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation>观察团当地时间（%1）</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>%1 entries written to %2 (readable by you only).</source>
        <translation>已将 %1 条记录写入 %2（仅您本人可读）。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>每个数据库保留最新的(&amp;K)</translation>
    </message>
    <message>
        <source>backups of each database</source>
        <translation>份备份</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>This is a shared database on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>这是服务器上的共享数据库：请使用服务器自身的工具（pg_dump）进行备份。</translation>
    </message>
    <message>
        <source>Copies of %1 taken when the program opens it and before imports, schema upgrades and restores. They are kept in %2.</source>
        <translation>%1 的副本，在程序打开它时以及导入、架构升级和恢复之前创建。副本保存在 %2。</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>未创建备份：%1</translation>
    </message>
    <message>
        <source>The database holds no mission yet: there is nothing to back up.</source>
        <translation>数据库中还没有观察团：没有可备份的内容。</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>已创建备份：%1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1 (%2)?

Changes made since then are lost from the database; the present content is first saved as a backup, so this step can be undone by restoring that one.</source>
        <translation>用 %1（%2）的备份替换数据库中的全部内容？

此后所做的更改将从数据库中丢失；当前内容会先保存为一份备份，因此恢复该备份即可撤销此操作。</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Database opened</source>
        <translation>打开数据库时</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>应要求创建</translation>
    </message>
    <message>
        <source>Before a schema upgrade (from revision %1)</source>
        <translation>架构升级之前（自修订版 %1）</translation>
    </message>
</context>
<context>
    <name>BadgeListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation>上次打印</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>版本 %1，%2</translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation>（此后已更改）</translation>
    </message>
    <message>
        <source>Not accredited: the badge prints marked DRAFT - NOT VALID.</source>
        <translation>未认证：证件打印时将标注“DRAFT - NOT VALID”（草稿 - 无效）。</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Print badges – %1</source>
        <translation>打印证件 – %1</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>All accredited observers</source>
        <translation>所有已认证观察员</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln observer(s) selected</source>
        <translation>
            <numerusform>所选的 %Ln 名观察员</numerusform>
        </translation>
    </message>
    <message>
        <source>Badges changed since they were last printed</source>
        <translation>上次打印后有更改的证件</translation>
    </message>
    <message>
        <source>Skip badges already printed and issued</source>
        <translation>跳过已打印并发放的证件</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>裁切标记</translation>
    </message>
    <message>
        <source>Back sides (duplex: rules of conduct and contact)</source>
        <translation>背面（双面打印：行为守则和联系方式）</translation>
    </message>
    <message>
        <source>Sheets turned over the short edge</source>
        <translation>纸张沿短边翻转</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>校准…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start at position</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>打印机偏移</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>打印批次</translation>
    </message>
    <message>
        <source>Record as printed and issue the badges</source>
        <translation>记录为已打印并发放证件</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>重印原因</translation>
    </message>
    <message>
        <source>e.g. badge lost, name corrected</source>
        <translation>例如：证件遗失、姓名更正</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) to print</source>
        <translation>
            <numerusform>待打印证件 %Ln 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) (not accredited)</source>
        <translation>
            <numerusform>%Ln 张草稿（未认证）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out because of problems</source>
        <translation>
            <numerusform>%Ln 张因问题被排除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln 张证件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked DRAFT - NOT VALID</source>
        <translation>
            <numerusform>%Ln 张标注为“DRAFT - NOT VALID”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %Ln 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln badge(s) issued</source>
        <translation>
            <numerusform>；已发放 %Ln 张证件</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>No badges to print with these choices.</source>
        <translation>按当前选择没有可打印的证件。</translation>
    </message>
    <message>
        <source>Making the badges…</source>
        <translation>正在生成证件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>printer offset %1</source>
        <translation>打印机偏移 %1</translation>
    </message>
    <message>
        <source>Preview cancelled; change a choice to make it again.</source>
        <translation>预览已取消；更改任一选项即可重新生成。</translation>
    </message>
    <message>
        <source>The badges could not be made: %1</source>
        <translation>无法生成证件：%1</translation>
    </message>
    <message>
        <source>These badges would not print right; correct the observers&apos; records (or leave them out) before printing:</source>
        <translation>以下证件无法正确打印；请在打印前更正观察员的记录（或将其排除）：</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>排除它们</translation>
    </message>
    <message>
        <source>%1 had badges printed before: give the reason for the reprint.</source>
        <translation>%1 以前已打印过证件：请填写重印原因。</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>保存证件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF 未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>打印已取消；未作任何记录。</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Not recorded as printed.</source>
        <translation>未记录为已打印。</translation>
    </message>
    <message>
        <source>The print run was not recorded: %1</source>
        <translation>打印批次未记录：%1</translation>
    </message>
    <message>
        <source>Print run %1 recorded</source>
        <translation>已记录打印批次 %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message>
        <source>negative %1</source>
        <translation>负面 %1</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>无回答</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <source>Travel time</source>
        <translation>路程时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>预留时间</translation>
    </message>
    <message numerus="yes">
        <source>Choose the same unit twice for the time within it. Other pairs take the mission&apos;s default of %n minute(s).</source>
        <translation>
            <numerusform>两处选择同一行政区，即表示该行政区内部的路程时间。其他组合采用观察团的默认值 %n 分钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuffersModel</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration: %1</source>
        <translation>打印机校准：%1</translation>
    </message>
    <message>
        <source>Printers rarely put the page exactly where it belongs. Print the calibration page, read its rulers, and enter the new offset: every badge of this layout will be moved by it.</source>
        <translation>打印机很少能把页面内容打印在完全准确的位置。请打印校准页，读取其上的标尺，然后输入新的偏移量：此版式的每张证件都将按该偏移量移动。</translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation>向右移动</translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation>向下移动</translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation>打印校准页…</translation>
    </message>
    <message>
        <source>Save calibration page…</source>
        <translation>保存校准页…</translation>
    </message>
    <message>
        <source> mm</source>
        <comment>unit suffix of the offset boxes</comment>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>保存校准页</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Print it at 100% (no scaling).</source>
        <translation>已保存 %1。请按 100% 打印（不缩放）。</translation>
    </message>
    <message>
        <source>The calibration page was sent to the printer.</source>
        <translation>校准页已发送到打印机。</translation>
    </message>
    <message>
        <source>The calibration was not saved: %1</source>
        <translation>校准未保存：%1</translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm</source>
        <translation>x %1 毫米，y %2 毫米</translation>
    </message>
</context>
<context>
    <name>CecFigureDialog</name>
    <message>
        <source>CEC turnout figure</source>
        <translation>中央选举委员会投票率数据</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>时间（当地）(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;urnout:</source>
        <translation>投票率(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Voters (optional):</source>
        <translation>投票人数（可选）(&amp;V)：</translation>
    </message>
    <message>
        <source>Re&amp;gistered voters (optional):</source>
        <translation>登记选民数（可选）(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Voters and registered voters are whole numbers.</source>
        <translation>投票人数和登记选民数须为整数。</translation>
    </message>
</context>
<context>
    <name>CecFiguresModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>投票率</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>投票人数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记选民</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Make Active</source>
        <translation>设为启用</translation>
    </message>
    <message>
        <source>Enter new reports on this version and count its reports in the analysis</source>
        <translation>新报告在此版本上填写，并将其报告计入分析</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>导入 XLSForm(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSForm…</source>
        <translation>导出 XLSForm(&amp;X)…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>&amp;Save Checklist</source>
        <translation>保存观察表(&amp;S)</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>表单标题</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Form id:</source>
        <translation>表单 ID：</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>表单版本：</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>添加问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Choose a section or question on the left.</source>
        <translation>请在左侧选择一个部分或问题。</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>（启用中）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) were filed on this version: saving an edit makes a new version.</source>
        <translation>
            <numerusform>已有 %Ln 份报告基于此版本填写：保存修改将生成新版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln condition(s) now refer to ${%1}</source>
        <translation>
            <numerusform>%Ln 个条件现引用 ${%1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the section “%1” with its %Ln question(s)?</source>
        <translation>
            <numerusform>删除部分“%1”及其 %Ln 个问题？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix</source>
        <translation>
            <numerusform>有 %Ln 个问题需要修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) were filed on version %1. The edited checklist is saved as a new version and becomes the one new reports are entered on; those reports stay on version %1. Save?</source>
        <translation>
            <numerusform>已有 %Ln 份报告基于版本 %1 填写。修改后的观察表将保存为新版本，今后的新报告将在新版本上填写；原有报告仍保留在版本 %1。是否保存？</numerusform>
        </translation>
    </message>
    <message>
        <source>No report uses this version yet: edits replace it.</source>
        <translation>尚无报告使用此版本：修改将直接替换它。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <source>The checklist cannot be saved yet:</source>
        <translation>观察表暂时无法保存：</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>The checklist was not saved:</source>
        <translation>观察表未保存：</translation>
    </message>
    <message>
        <source>Saved as version %1, now the active checklist.</source>
        <translation>已保存为版本 %1，现为启用的观察表。</translation>
    </message>
    <message>
        <source>Checklist saved (version %1).</source>
        <translation>观察表已保存（版本 %1）。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this checklist?</source>
        <translation>放弃对此观察表的更改？</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>导入 XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>XLSForm 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The form was not imported:</source>
        <translation>表单未导入：</translation>
    </message>
    <message>
        <source>The form has items a checklist cannot hold:
%1

Leave them out and import the rest?</source>
        <translation>表单中有观察表无法容纳的项目：
%1

排除这些项目并导入其余部分？</translation>
    </message>
    <message>
        <source>The form was not imported: %1</source>
        <translation>表单未导入：%1</translation>
    </message>
    <message>
        <source>Export XLSForm</source>
        <translation>导出 XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>(the saved checklist, without the changes not saved yet)</source>
        <translation>（已保存的观察表，不含尚未保存的更改）</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Yes / no / not observed</source>
        <translation>是 / 否 / 未观察</translation>
    </message>
    <message>
        <source>Rating: very good … very bad</source>
        <translation>评分：很好 … 很差</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Not in N</source>
        <translation>不计入 N</translation>
    </message>
    <message>
        <source>What is stored and exported (letters, digits, _)</source>
        <translation>存储和导出的值（字母、数字、_）</translation>
    </message>
    <message>
        <source>Counts against: a &apos;no&apos; where &apos;yes&apos; is good, a bad rating</source>
        <translation>计为负面：在“是”为好的情况下回答“否”，或差评</translation>
    </message>
    <message>
        <source>Left out of N, like &apos;not observed&apos; or &apos;not applicable&apos;</source>
        <translation>不计入 N，例如“未观察”或“不适用”</translation>
    </message>
</context>
<context>
    <name>CloseMissionDialog</name>
    <message>
        <source>Close Mission</source>
        <translation>结束观察团</translation>
    </message>
    <message>
        <source>Closing %1 removes for good, from all %2 of its observers: passport numbers and expiry dates, dates of birth, e-mail addresses, phone numbers, notes and photos (and the drivers&apos; phone numbers).

Names, roles, sending bodies, the accreditation history, the itinerary, the findings and the statements stay. The audit trail records the closing.

Backups taken before still hold the personal data: delete them from the backups folder (File › Backups…) if they must go too.</source>
        <translation>结束 %1 将从其全部 %2 名观察员的记录中永久删除：护照号码及有效期、出生日期、电子邮件地址、电话号码、备注和照片（以及司机的电话号码）。

姓名、职务、派遣方、认证历史、日程、观察结果和声明将保留。审计记录会记下此次结束操作。

此前创建的备份仍包含个人数据：如也须删除，请从备份文件夹中删除（文件 › 备份…）。</translation>
    </message>
    <message>
        <source>Type the mission&apos;s code, %1, to confirm:</source>
        <translation>请输入观察团代码 %1 以确认：</translation>
    </message>
    <message>
        <source>Close Mission and Purge Personal Data</source>
        <translation>结束观察团并清除个人数据</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <source>Match the columns the program does not know</source>
        <translation>匹配程序无法识别的列</translation>
    </message>
    <message>
        <source>Choose the field each column holds, or leave it ignored. Your choices are remembered for the next file with the same headers.</source>
        <translation>为每一列选择其对应的字段，或保持忽略。您的选择会被记住，用于下一个具有相同表头的文件。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Values in it, for example</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>（前几行为空）</translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <translation>忽略（不导入）</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>工作表 %1，第 %2 列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 is read from column %2 (%3) already; choose another field or Ignore.</source>
        <translation>%1 已从第 %2 列（%3）读取；请选择其他字段或“忽略”。</translation>
    </message>
    <message>
        <source>%1 is chosen for “%2” as well; one column per field.</source>
        <translation>%1 也被选给了“%2”；每个字段只能对应一列。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>CEC series</source>
        <translation>中央选举委员会数据序列</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>CEC</source>
        <translation>中央选举委员会</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>观察团</translation>
    </message>
    <message>
        <source>CEC, same moments</source>
        <translation>中央选举委员会（同一时刻）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Local time of the series; readings are grouped under the published time nearest to them</source>
        <translation>数据序列的当地时间；各读数归入与其最接近的发布时间</translation>
    </message>
    <message>
        <source>Ballots issued of the voters on the list, at the stations the mission read</source>
        <translation>观察团读取数据的投票站中，已发放选票数占名单选民数的比例</translation>
    </message>
    <message>
        <source>The CEC&apos;s curve read at each reading&apos;s own time</source>
        <translation>中央选举委员会曲线在每个读数对应时刻的值</translation>
    </message>
    <message>
        <source>Mission minus CEC at the same moments, in percentage points</source>
        <translation>同一时刻观察团数据减去中央选举委员会数据，单位为百分点</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Shared Database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <source>A PostgreSQL server that the whole secretariat works on at once. Whoever set it up can tell you its address, the database name and your user name.</source>
        <translation>供整个秘书处同时使用的 PostgreSQL 服务器。其设置人员可告诉您服务器地址、数据库名称和您的用户名。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this connection from the list, with its kept password</source>
        <translation>从列表中删除此连接及其保存的密码</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.secretariat.lan</source>
        <translation>服务器名称或地址，例如 db.secretariat.lan</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. observer_desk</source>
        <translation>例如：observer_desk</translation>
    </message>
    <message>
        <source>leave empty if the server does not ask for one</source>
        <translation>如服务器不要求，请留空</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer: %1. It will be asked for each time you connect; it is never written to a file.</source>
        <translation>无法在此计算机上记住密码：%1。每次连接时都会询问密码；密码绝不会写入文件。</translation>
    </message>
    <message>
        <source>Without it, the password is asked for each time you connect. It is never written to a file.</source>
        <translation>不勾选时，每次连接都会询问密码。密码绝不会写入文件。</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>最近使用(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The connection could not be tested: %1</source>
        <translation>无法测试连接：%1</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>已连接到 PostgreSQL %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n Observer Desk mission(s): %1</source>
        <translation>
            <numerusform>%n 个 Observer Desk 观察团：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>An Observer Desk database without missions yet.</source>
        <translation>尚无观察团的 Observer Desk 数据库。</translation>
    </message>
    <message>
        <source>The database is empty: connecting sets it up for Observer Desk.</source>
        <translation>数据库为空：连接时将为 Observer Desk 完成设置。</translation>
    </message>
    <message numerus="yes">
        <source>It holds Observer Desk data (%n mission(s)) of an earlier version: connecting upgrades it, after which everyone needs this version.</source>
        <translation>
            <numerusform>其中存有旧版本的 Observer Desk 数据（%n 个观察团）：连接时将对其升级，之后所有人都需要使用此版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>It was set up by a newer version of Observer Desk (schema revision %1): install that version to work on it.</source>
        <translation>它由更新版本的 Observer Desk 设置（架构修订版 %1）：请安装该版本后再使用。</translation>
    </message>
    <message>
        <source>The database holds tables of another program. Choose an empty database or one made by Observer Desk.</source>
        <translation>该数据库中有其他程序的表。请选择空数据库或由 Observer Desk 创建的数据库。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the server name and port, and that the server accepts connections from this computer.</source>
        <translation>无法访问服务器 %1。请检查服务器名称和端口，并确认服务器接受来自此计算机的连接。</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them, or ask the server&apos;s administrator to give %1 access.</source>
        <translation>服务器拒绝了用户名或密码。请检查后重试，或请服务器管理员为 %1 授予访问权限。</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it above and try again.</source>
        <translation>服务器要求输入密码：请在上方输入后重试。</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check the name, or ask the server&apos;s administrator to create it (createdb %1).</source>
        <translation>服务器上没有名为 %1 的数据库。请检查名称，或请服务器管理员创建该数据库（createdb %1）。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type a country&apos;s name or code</source>
        <translation>输入国家名称或代码</translation>
    </message>
    <message>
        <source>No country is known by this name; pick one from the list.</source>
        <translation>没有以此命名的国家；请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <source>Drag the frame onto the face; drag a corner to resize it. Arrow keys move it, + and - resize it.</source>
        <translation>将框拖到面部；拖动角可调整大小。方向键可移动框，+ 和 - 可调整大小。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation>未创建备份</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1) in its place? The file as it is now is kept: beside it if it is damaged, else in the backups folder.</source>
        <translation>用最新的完好备份（%1）替换它？当前文件会被保留：如已损坏则保存在其旁边，否则保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>The database is open, but the backup taken on opening could not be written: %1</source>
        <translation>数据库已打开，但无法写入打开时创建的备份：%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>日.月.年</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <source>Write the date as 17.11.1970 or 1970-11-17.</source>
        <translation>日期请写作 17.11.1970 或 1970-11-17。</translation>
    </message>
    <message>
        <source>Not a real date: %1.</source>
        <translation>不是有效日期：%1。</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>Write the time as 13:40.</source>
        <translation>时间请写作 13:40。</translation>
    </message>
    <message>
        <source>Give the time as well, e.g. 13:40.</source>
        <translation>还需填写时间，例如 13:40。</translation>
    </message>
    <message>
        <source>Give the date as well.</source>
        <translation>还需填写日期。</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Drag a block to move it, an edge to change its length (5-minute steps)</source>
        <translation>拖动块可移动它，拖动边缘可改变时长（以 5 分钟为步长）</translation>
    </message>
</context>
<context>
    <name>DeploymentModel</name>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>DeploymentPanel</name>
    <message>
        <source>Copy the day&apos;s plan</source>
        <translation>复制当天计划</translation>
    </message>
    <message>
        <source>Copy the events of</source>
        <translation>复制活动：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Election day: each team&apos;s stations in order, arrival in the station&apos;s local time</source>
        <translation>选举日：按顺序列出各小组的投票站，到达时间为投票站当地时间</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) copied</source>
        <translation>
            <numerusform>已复制 %n 项活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>The observers are in the roster.</source>
        <translation>观察员已加入名册。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>新增 %1，更新 %2，未变 %3。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>New observers start as Nominated. The roster shows them now; open each one to complete the record and add the photo.</source>
        <translation>新观察员的初始状态为“已提名”。他们现已显示在名册中；请逐一打开以完善记录并添加照片。</translation>
    </message>
    <message>
        <source>The reports are in the list; flagged ones wait to be completed.</source>
        <translation>报告已加入列表；已标记的报告有待补全。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added, %1 of them flagged for completion.</source>
        <translation>
            <numerusform>已添加 %n 份报告，其中 %1 份标记为待补全。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turnout reading(s) taken from them.</source>
        <translation>
            <numerusform>从中获取了 %n 条投票率读数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as duplicates.</source>
        <translation>
            <numerusform>%n 行因重复而被排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) were imported before and left as they are.</source>
        <translation>
            <numerusform>%n 条提交记录此前已导入，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the flagged reports with the “Flagged for completion” filter of the reports list, and open each to complete it.</source>
        <translation>在报告列表中使用“标记为待补全”筛选条件显示已标记的报告，并逐一打开补全。</translation>
    </message>
    <message>
        <source>The polling stations are stored; events can visit them now.</source>
        <translation>投票站已保存；现在可以在活动中安排访问这些投票站。</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n 个投票站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateChooser</name>
    <message>
        <source>Same %1: %2</source>
        <translation>相同的%1：%2</translation>
    </message>
    <message>
        <source>submission id</source>
        <translation>提交记录 ID</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Keep row %1</source>
        <translation>保留第 %1 行</translation>
    </message>
    <message>
        <source>Keep the report already stored (leave out every row)</source>
        <translation>保留已存储的报告（排除所有行）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program or colleague is writing to it. Wait a moment and try again.</source>
        <translation>数据库正忙：另一个程序或同事正在写入。请稍候再试。</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <source>The database could not complete the request: %1</source>
        <translation>数据库无法完成请求：%1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation>（无地点）</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation>开始（当地时间）</translation>
    </message>
    <message>
        <source>End (local)</source>
        <translation>结束（当地时间）</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Times are local to the place: %1</source>
        <translation>时间为该地点的当地时间：%1</translation>
    </message>
</context>
<context>
    <name>FileChoicePage</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Reading stopped. Choose the file again to read it.</source>
        <translation>读取已停止。请重新选择文件以读取。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the nominations workbook</source>
        <translation>选择提名工作簿</translation>
    </message>
    <message>
        <source>An .xlsx list from a sending state, the nominations template, or a roster exported earlier. Title rows above the header, headers in Russian and dates written as text are all understood.</source>
        <translation>派遣国提供的 .xlsx 名单、提名模板或之前导出的名册。表头上方的标题行、俄文表头以及以文本形式书写的日期均可识别。</translation>
    </message>
    <message>
        <source>Save an empty nominations template…</source>
        <translation>保存空白提名模板…</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: header in row %2, %n observer row(s).</source>
        <translation>
            <numerusform>工作表“%1”：表头位于第 %2 行，%n 行观察员数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised; the next page asks what they hold.</source>
        <translation>
            <numerusform>有 %n 列无法识别；下一页将询问其内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) read as you chose before; you can change that on the next page.</source>
        <translation>
            <numerusform>有 %n 列按您之前的选择读取；可在下一页更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an .xlsx file, or paste its path and press Enter</source>
        <translation>选择一个 .xlsx 文件，或粘贴其路径后按 Enter</translation>
    </message>
    <message>
        <source>The workbook to send to the sending states; it imports without questions</source>
        <translation>发送给派遣国的工作簿；导入时无需额外确认</translation>
    </message>
    <message>
        <source>Import nominations</source>
        <translation>导入提名</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sheet “%1” is not read: %2.</source>
        <translation>未读取工作表“%1”：%2。</translation>
    </message>
    <message>
        <source>Choose the submissions export</source>
        <translation>选择提交记录导出文件</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox for the mission&apos;s checklist. Columns are matched to the questions by name or label; group prefixes are understood.</source>
        <translation>ODK Central 或 KoboToolbox 针对观察团观察表导出的 CSV 或 XLSX 文件。各列按名称或标签与问题匹配；可识别分组前缀。</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file, or paste its path and press Enter</source>
        <translation>选择一个 .csv 或 .xlsx 文件，或粘贴其路径后按 Enter</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>导入提交记录</translation>
    </message>
    <message>
        <source>Submission exports (*.csv *.xlsx);;All files (*)</source>
        <translation>提交记录导出文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>观察表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) in the file.</source>
        <translation>
            <numerusform>文件中有 %n 条提交记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import polling stations</source>
        <translation>导入投票站</translation>
    </message>
    <message>
        <source>Choose the polling stations workbook</source>
        <translation>选择投票站工作簿</translation>
    </message>
    <message>
        <source>An .xlsx list with a column for the station number, and its unit (code or name), premises, address, registered voters, opening and closing times and coordinates. Title rows above the header and headers in Russian are understood.</source>
        <translation>一份 .xlsx 名单，包含投票站编号列，以及所属行政区（代码或名称）、场所、地址、登记选民数、开闭站时间和坐标。表头上方的标题行和俄文表头均可识别。</translation>
    </message>
    <message numerus="yes">
        <source>%n station row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行投票站数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>未读取：%1。</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>观察结果</translation>
    </message>
    <message>
        <source>The language of the checklist&apos;s labels and answers</source>
        <translation>观察表标签和答案所用的语言</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Submissions…</source>
        <translation>导入提交记录(&amp;I)…</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of ODK Central or KoboToolbox</source>
        <translation>ODK Central 或 KoboToolbox 导出的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>E&amp;xport Data Set…</source>
        <translation>导出数据集(&amp;X)…</translation>
    </message>
    <message>
        <source>One row per report, with a codebook sheet and the incidents, for Excel, SPSS or R</source>
        <translation>每份报告一行，附编码本工作表和事件记录，适用于 Excel、SPSS 或 R</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>标签语言：</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>投票率</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>观察表</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>所有报告</translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation>标记为待补全</translation>
    </message>
    <message>
        <source>With negative answers</source>
        <translation>含负面答案</translation>
    </message>
    <message>
        <source>With incidents</source>
        <translation>含事件</translation>
    </message>
    <message>
        <source>Without remarks</source>
        <translation>无备注</translation>
    </message>
    <message>
        <source>Station number</source>
        <translation>投票站编号</translation>
    </message>
    <message>
        <source>Phase observed</source>
        <translation>观察阶段</translation>
    </message>
    <message>
        <source>Region of the station</source>
        <translation>投票站所在地区</translation>
    </message>
    <message>
        <source>Team that filed the report</source>
        <translation>提交报告的小组</translation>
    </message>
    <message>
        <source>Reports to look at first</source>
        <translation>需优先查看的报告</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>No station given</source>
        <translation>未指定投票站</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有小组</translation>
    </message>
    <message>
        <source>No team given</source>
        <translation>未指定小组</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit report(s) in this mission</source>
        <translation>
            <numerusform>本观察团共有 %Ln 份访问报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) recorded</source>
        <translation>
            <numerusform>已记录 %Ln 起事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln report(s)</source>
        <translation>
            <numerusform>%1 / %Ln 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) imported</source>
        <translation>
            <numerusform>已导入 %Ln 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data set exported: %Ln report(s), %1 columns, to %2</source>
        <translation>
            <numerusform>数据集已导出：%Ln 份报告，%1 列，保存到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the reports</source>
        <translation>无法读取报告</translation>
    </message>
    <message>
        <source>Cannot open the report form</source>
        <translation>无法打开报告表单</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Report %1 saved (station %2)</source>
        <translation>报告 %1 已保存（投票站 %2）</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>Delete the report of station %1 with its answers and incidents? This cannot be undone.</source>
        <translation>删除投票站 %1 的报告及其答案和事件？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation>报告未删除</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>报告已删除</translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation>正在统计答案…</translation>
    </message>
    <message>
        <source>Export the findings data set</source>
        <translation>导出观察结果数据集</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the data set…</source>
        <translation>正在导出数据集…</translation>
    </message>
    <message>
        <source>Data set exported</source>
        <translation>数据集已导出</translation>
    </message>
    <message>
        <source>The data set was not exported: %1</source>
        <translation>数据集未导出：%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Local time of the mission (%1)</source>
        <translation>观察团当地时间（%1）</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>（新记录）</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>由 %1 替换</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>工作表，行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>更改或问题</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>A new observer, nominated on import:</source>
        <translation>新观察员，导入时即为已提名：</translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>工作表 %1，第 %2 行</translation>
    </message>
    <message>
        <source>Same as the roster</source>
        <translation>与名册相同</translation>
    </message>
    <message>
        <source>Already in the roster exactly like this; nothing changes.</source>
        <translation>名册中已有完全相同的记录；无任何更改。</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>第 %1 列（%2）</translation>
    </message>
    <message>
        <source>New observer</source>
        <translation>新观察员</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a place in the file, then a part of it</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import nominations</source>
        <translation>导入提名</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>正在与名册比对…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The roster could not be refreshed</source>
        <translation>无法刷新名册</translation>
    </message>
    <message>
        <source>Save the nominations template</source>
        <translation>保存提名模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nominations template</source>
        <translation>提名模板</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>%1 nominations template.xlsx</source>
        <translation>%1 提名模板.xlsx</translation>
    </message>
    <message>
        <source>The nominations template is saved as
%1

Send it to the sending states: it lists this mission&apos;s sending bodies, and a filled-in copy imports without questions.</source>
        <translation>提名模板已保存为
%1

请将其发送给各派遣国：模板中列有本观察团的派遣方，填写后的副本导入时无需额外确认。</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>时间（当地）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Give the incident a category.</source>
        <translation>请为事件指定类别。</translation>
    </message>
    <message>
        <source>The time is not a time of day (HH:MM).</source>
        <translation>时间不是有效的时刻（HH:MM）。</translation>
    </message>
    <message>
        <source>Secrecy of the vote</source>
        <translation>投票保密</translation>
    </message>
    <message>
        <source>Voter identification</source>
        <translation>选民身份核验</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>选民名单</translation>
    </message>
    <message>
        <source>Pressure on voters</source>
        <translation>向选民施压</translation>
    </message>
    <message>
        <source>Campaigning near the station</source>
        <translation>投票站附近竞选宣传</translation>
    </message>
    <message>
        <source>Unauthorised persons</source>
        <translation>未经授权人员</translation>
    </message>
    <message>
        <source>Restrictions on observers</source>
        <translation>限制观察员</translation>
    </message>
    <message>
        <source>Ballot box or seals</source>
        <translation>投票箱或封条</translation>
    </message>
    <message>
        <source>Counting procedure</source>
        <translation>计票程序</translation>
    </message>
    <message>
        <source>Access for voters with disabilities</source>
        <translation>残障选民的无障碍通行</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>IncidentsListModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>情况介绍会</translation>
    </message>
    <message>
        <source>Polling-station visit</source>
        <translation>投票站访问</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>会见对象</translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Shift selected</source>
        <translation>平移所选活动</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>PDF itineraries, the Excel deployment plan or an iCalendar file, for everyone or for the team or observer chosen</source>
        <translation>PDF 日程、Excel 部署计划或 iCalendar 文件，面向全体人员或所选小组、观察员</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日⁠程</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>日程安排</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>日视图</translation>
    </message>
    <message>
        <source>Deployment plan</source>
        <translation>部署计划</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全体人员</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>冲突：无</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; (%2)?</source>
        <translation>删除“%1”（%2）？</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>无法删除活动</translation>
    </message>
    <message numerus="yes">
        <source>Programme saved; %n conflict(s)</source>
        <translation>
            <numerusform>日程安排已保存；%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot shift the events</source>
        <translation>无法平移活动</translation>
    </message>
    <message>
        <source>Export the itinerary</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>Itineraries (PDF) (*.pdf);;Deployment plan and schedule (Excel) (*.xlsx);;Calendar (*.ics)</source>
        <translation>日程 (PDF) (*.pdf);;部署计划和时间表 (Excel) (*.xlsx);;日历 (*.ics)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Cannot export the itinerary</source>
        <translation>无法导出日程</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Opening</source>
        <translation>开站</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Closing and count</source>
        <translation>闭站和计票</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>极其严重</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>手工录入</translation>
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
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Presidential election</source>
        <translation>总统选举</translation>
    </message>
    <message>
        <source>Early presidential election</source>
        <translation>提前总统选举</translation>
    </message>
    <message>
        <source>Parliamentary election</source>
        <translation>议会选举</translation>
    </message>
    <message>
        <source>Local elections</source>
        <translation>地方选举</translation>
    </message>
    <message>
        <source>Referendum</source>
        <translation>全民公决</translation>
    </message>
    <message>
        <source>Other vote</source>
        <translation>其他投票</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Legislative</source>
        <translation>立法机构</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>行政机构</translation>
    </message>
    <message>
        <source>Election authority</source>
        <translation>选举机构</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>RATS</source>
        <translation>地区反恐怖机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <source>Submitted to the CEC</source>
        <translation>已提交中央选举委员会</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Badge issued</source>
        <translation>证件已发放</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>观察团团长</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>副团长</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation>其他 (X)</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Cannot look for changes by others: %1</source>
        <translation>无法检查他人所做的更改：%1</translation>
    </message>
    <message>
        <source>%1 deleted this observer at %2.</source>
        <translation>%1 已于 %2 删除此观察员。</translation>
    </message>
    <message>
        <source>Changed by %1 at %2; your unsaved edits are kept. Saving them will tell you if they clash with that change.</source>
        <translation>%1 已于 %2 作出更改；您未保存的修改仍予保留。保存时会提示是否与该更改冲突。</translation>
    </message>
    <message>
        <source>Updated with changes by %1 (%2), last at %3</source>
        <translation>已按 %1 的更改更新（%2），最近一次于 %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mission</source>
        <translation>观察团</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>观察结果</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>新建观察团(&amp;N)…</translation>
    </message>
    <message>
        <source>Set up a new mission in this database</source>
        <translation>在此数据库中创建新观察团</translation>
    </message>
    <message>
        <source>Create &amp;Demo Mission</source>
        <translation>创建演示观察团(&amp;D)</translation>
    </message>
    <message>
        <source>Add the SCO demo mission (2022, Kazakhstan) to this database</source>
        <translation>将上海合作组织演示观察团（2022 年，哈萨克斯坦）添加到此数据库</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Start an empty database file for another mission</source>
        <translation>为另一个观察团新建一个空数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Open another Observer Desk database file</source>
        <translation>打开另一个 Observer Desk 数据库文件</translation>
    </message>
    <message>
        <source>&amp;Connect to a Shared Database…</source>
        <translation>连接共享数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL server together with the secretariat</source>
        <translation>与秘书处一起在 PostgreSQL 服务器上工作</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>The backups of this database: take one, restore one</source>
        <translation>此数据库的备份：创建备份或恢复备份</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Who changed what and when in this mission</source>
        <translation>谁在何时更改了此观察团的哪些内容</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the mission again from the database</source>
        <translation>从数据库重新读取观察团</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Settings of this computer, such as the interface language</source>
        <translation>此计算机上的设置，例如界面语言</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>The guide for secretariat staff, from an empty database to printed badges and the statement</source>
        <translation>面向秘书处工作人员的指南：从空数据库到打印证件和发布声明</translation>
    </message>
    <message>
        <source>&amp;About Observer Desk</source>
        <translation>关于 Observer Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>观察团(&amp;M)：</translation>
    </message>
    <message>
        <source>The mission you are working on</source>
        <translation>当前正在处理的观察团</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Cannot read the missions</source>
        <translation>无法读取观察团列表</translation>
    </message>
    <message>
        <source>Cannot open the mission</source>
        <translation>无法打开观察团</translation>
    </message>
    <message>
        <source>Cannot read the mission</source>
        <translation>无法读取观察团</translation>
    </message>
    <message>
        <source>Mission details saved</source>
        <translation>观察团详情已保存</translation>
    </message>
    <message>
        <source>Observer Desk — %1</source>
        <translation>Observer Desk — %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The mission has changes that are not saved yet. Save them?</source>
        <translation>观察团有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Mission %1 created</source>
        <translation>观察团 %1 已创建</translation>
    </message>
    <message>
        <source>Creating the demo mission…</source>
        <translation>正在创建演示观察团…</translation>
    </message>
    <message>
        <source>The demo mission %1 is ready</source>
        <translation>演示观察团 %1 已就绪</translation>
    </message>
    <message>
        <source>The demo mission is not available in this version of Observer Desk.</source>
        <translation>此版本的 Observer Desk 不提供演示观察团。</translation>
    </message>
    <message>
        <source>The demo mission could not be created: %1</source>
        <translation>无法创建演示观察团：%1</translation>
    </message>
    <message>
        <source>Demo mission</source>
        <translation>演示观察团</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Observer Desk databases (%1);;All files (*)</source>
        <translation>Observer Desk 数据库 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Observer Desk databases (%1)</source>
        <translation>Observer Desk 数据库 (%1)</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The previous content is kept in %1.</source>
        <translation>原有内容保存在 %1 中。</translation>
    </message>
    <message numerus="yes">
        <source>Mission closed: personal data of %Ln observer(s) purged</source>
        <translation>
            <numerusform>观察团已结束：已清除 %Ln 名观察员的个人数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences saved; the language changes the next time Observer Desk starts.</source>
        <translation>首选项已保存；语言将在下次启动 Observer Desk 时更改。</translation>
    </message>
</context>
<context>
    <name>MissionDetailsPage</name>
    <message>
        <source>Mission details</source>
        <translation>观察团详情</translation>
    </message>
    <message>
        <source>Make &amp;head of mission</source>
        <translation>设为观察团团长(&amp;H)</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>观察团团长</translation>
    </message>
    <message>
        <source>The head of mission signs the statement and leads the list of members. A previous head becomes a deputy head.</source>
        <translation>观察团团长签署声明，并列于成员名单之首。原团长将改为副团长。</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>放弃上次保存以来所做的更改</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>No observers in this mission yet: add observers first, then choose the head among them.</source>
        <translation>此观察团还没有观察员：请先添加观察员，再从中选定团长。</translation>
    </message>
    <message>
        <source>No head of mission chosen yet.</source>
        <translation>尚未选定观察团团长。</translation>
    </message>
    <message>
        <source>Current head of mission: %1</source>
        <translation>现任观察团团长：%1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this mission after you opened it. Your edits are still in the form below. Reload shows the current version and replaces your edits, so note what you changed first.</source>
        <translation>未保存：在您打开此观察团后，其他人对其进行了更改。您的修改仍保留在下方表单中。“重新加载”将显示当前版本并替换您的修改，因此请先记下您更改的内容。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked below.</source>
        <translation>未保存：请更正下方标记的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Mission details saved.</source>
        <translation>观察团详情已保存。</translation>
    </message>
    <message>
        <source>The head of mission was not changed: %1</source>
        <translation>观察团团长未更改：%1</translation>
    </message>
    <message>
        <source>Head of mission changed.</source>
        <translation>观察团团长已更改。</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <source>e.g. SCO-KZ-2022</source>
        <translation>例如：SCO-KZ-2022</translation>
    </message>
    <message>
        <source>A short reference for the mission: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>观察团的简短代码：字母、数字、“-”、“_”或“.”</translation>
    </message>
    <message>
        <source>e.g. SCO Observer Mission to the presidential election in Kazakhstan</source>
        <translation>例如：上海合作组织哈萨克斯坦总统选举观察团</translation>
    </message>
    <message>
        <source>e.g. Shanghai Cooperation Organisation</source>
        <translation>例如：上海合作组织</translation>
    </message>
    <message>
        <source>e.g. SCO</source>
        <translation>例如：上合组织</translation>
    </message>
    <message>
        <source>KZ</source>
        <translation>KZ</translation>
    </message>
    <message>
        <source>The two-letter ISO 3166 code of the host country</source>
        <translation>东道国的两字母 ISO 3166 代码</translation>
    </message>
    <message>
        <source>e.g. Central Election Commission of the Republic of Kazakhstan</source>
        <translation>例如：哈萨克斯坦共和国中央选举委员会</translation>
    </message>
    <message>
        <source>The IANA time zone of the capital, e.g. Asia/Almaty</source>
        <translation>首都的 IANA 时区，例如 Asia/Almaty</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Time kept free between two events of the itinerary, for getting from one to the next</source>
        <translation>日程中两项活动之间预留的时间，用于从一处前往另一处</translation>
    </message>
    <message>
        <source>Secretariat address, telephone, e-mail</source>
        <translation>秘书处地址、电话、电子邮件</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>简称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Host country:</source>
        <translation>东道国(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>选举(&amp;E)：</translation>
    </message>
    <message>
        <source>Election &amp;day:</source>
        <translation>选举日(&amp;D)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Mission &amp;period:</source>
        <translation>观察团工作期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Election co&amp;mmission:</source>
        <translation>选举委员会(&amp;M)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation>工作语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Travel &amp;buffer:</source>
        <translation>路程预留时间(&amp;B)：</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>联系方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>必填：请填写此项。</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Close Mission…</source>
        <translation>结束观察团…</translation>
    </message>
    <message>
        <source>After the mission: purge its observers&apos; personal data, keep names, itinerary and findings</source>
        <translation>观察团工作结束后：清除其观察员的个人数据，保留姓名、日程和观察结果</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation>派遣方</translation>
    </message>
    <message>
        <source>This mission was closed on %1: the personal data of its observers (passport data, dates of birth, contacts, notes, photos) was purged. Names, itinerary, findings and statements are kept.</source>
        <translation>此观察团已于 %1 结束：其观察员的个人数据（护照信息、出生日期、联系方式、备注、照片）已清除。姓名、日程、观察结果和声明予以保留。</translation>
    </message>
    <message>
        <source>Purge Again…</source>
        <translation>再次清除…</translation>
    </message>
    <message>
        <source>The mission was not closed: %1</source>
        <translation>观察团未结束：%1</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <source>New Mission</source>
        <translation>新建观察团</translation>
    </message>
    <message>
        <source>Create mission</source>
        <translation>创建观察团</translation>
    </message>
    <message>
        <source>Sending bodies, the head of mission and the other details can be added once the mission exists.</source>
        <translation>观察团创建后，即可添加派遣方、观察团团长及其他详情。</translation>
    </message>
    <message>
        <source>The mission was not created: please correct the fields marked below.</source>
        <translation>观察团未创建：请更正下方标记的字段。</translation>
    </message>
    <message>
        <source>The mission was not created: %1</source>
        <translation>观察团未创建：%1</translation>
    </message>
</context>
<context>
    <name>ObserverEditor</name>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件材料</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>代码(&amp;D)：</translation>
    </message>
    <message>
        <source>Unique in the mission, e.g. RU-04</source>
        <translation>在观察团内唯一，例如 RU-04</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>In Latin script, as in the passport</source>
        <translation>拉丁字母，与护照一致</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>Name in own &amp;script:</source>
        <translation>本国文字姓名(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович, 王伟</source>
        <translation>例如：Иванов Иван Иванович、王伟</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>国籍(&amp;C)：</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— 未指定 —</translation>
    </message>
    <message>
        <source>Sending &amp;body:</source>
        <translation>派遣方(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>所在机构(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. Central Election Commission</source>
        <translation>例如：中央选举委员会</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>As the nomination gives it</source>
        <translation>与提名文件一致</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>机构类别(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Role in the mission:</source>
        <translation>在观察团中的角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Codes, e.g. en, ru, zh</source>
        <translation>语言代码，例如 en、ru、zh</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>护照号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Passport &amp;expires:</source>
        <translation>护照有效期至(&amp;E)：</translation>
    </message>
    <message>
        <source>CEC papers:</source>
        <translation>中央选举委员会文件：</translation>
    </message>
    <message>
        <source>&amp;Arrival flight:</source>
        <translation>抵达航班(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. KC 852</source>
        <translation>例如：KC 852</translation>
    </message>
    <message>
        <source>Arri&amp;val:</source>
        <translation>抵达时间(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Departure flight:</source>
        <translation>离开航班(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation>离开时间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>酒店(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>History of Changes</source>
        <translation>更改历史</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>A new observer starts as nominated once saved; the steps of the accreditation appear here.</source>
        <translation>新观察员保存后状态为“已提名”；认证的各个步骤将显示在此处。</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation>%1 当地时间</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>The record could not be checked: %1</source>
        <translation>无法检查记录：%1</translation>
    </message>
    <message>
        <source>Open the other record</source>
        <translation>打开另一条记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving</source>
        <translation>
            <numerusform>保存前需修正 %Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) marked in red. Please correct them first.</source>
        <translation>
            <numerusform>未保存：有 %Ln 个问题以红色标出。请先更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1.
Your changes are still in this window. Copy what you need, then reload to see the record as it is now.</source>
        <translation>未保存：%1。
您的更改仍保留在此窗口中。请复制所需内容，然后重新加载以查看记录的当前状态。</translation>
    </message>
    <message>
        <source>Reload (drops my changes)</source>
        <translation>重新加载（放弃我的更改）</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Observer added to the roster.</source>
        <translation>观察员已添加到名册。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>更改已保存。</translation>
    </message>
    <message>
        <source>Choose the observer&apos;s photo</source>
        <translation>选择观察员照片</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the file is %1 MB; a photo for a badge needs far less</source>
        <translation>文件大小为 %1 MB；证件照片所需远小于此</translation>
    </message>
    <message>
        <source>%1 cannot be used as a photo: %2.</source>
        <translation>%1 不能用作照片：%2。</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>此文件</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>未使用照片</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (other common image formats work too). The photo stored before, if any, is unchanged.</source>
        <translation>请使用 JPEG 或 PNG 照片（其他常见图像格式亦可）。之前存储的照片（如有）保持不变。</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>拖入的图像</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>note to the CEC %1 of %2</source>
        <translation>致中央选举委员会照会 %1（%2）</translation>
    </message>
    <message>
        <source>CEC certificate %1 of %2</source>
        <translation>中央选举委员会证书 %1（%2）</translation>
    </message>
    <message>
        <source>none yet (recorded with the accreditation steps)</source>
        <translation>暂无（随认证步骤记录）</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <source>The status change works on the saved record. Save your changes first?</source>
        <translation>状态更改作用于已保存的记录。是否先保存您的更改？</translation>
    </message>
    <message>
        <source>New observer</source>
        <translation>新观察员</translation>
    </message>
    <message>
        <source>New observer[*]</source>
        <translation>新观察员[*]</translation>
    </message>
    <message>
        <source>%1 — observer[*]</source>
        <translation>%1 — 观察员[*]</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This observer has changes that are not saved yet. Save them?</source>
        <translation>此观察员有尚未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>ObserversPage</name>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Active observers (not rejected, withdrawn or replaced) of each sending body against its quota; over quota in red. Click a body to show only its observers.</source>
        <translation>各派遣方的在册观察员（未被拒绝、撤回或替换）与其名额对比；超出名额以红色显示。单击某派遣方可仅显示其观察员。</translation>
    </message>
    <message>
        <source>&amp;New observer</source>
        <translation>新建观察员(&amp;N)</translation>
    </message>
    <message>
        <source>Add an observer to the roster (%1)</source>
        <translation>向名册添加观察员（%1）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen observer&apos;s record (Enter or double-click)</source>
        <translation>打开所选观察员的记录（Enter 或双击）</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>更改状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Move the chosen observers to another accreditation status</source>
        <translation>将所选观察员转入另一认证状态</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>打印证件(&amp;B)…</translation>
    </message>
    <message>
        <source>Print the badges of the accredited observers, or of the observers chosen in the roster</source>
        <translation>打印已认证观察员或名册中所选观察员的证件</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>导出所选(&amp;X)…</translation>
    </message>
    <message>
        <source>A roster workbook of the chosen observers</source>
        <translation>所选观察员的名册工作簿</translation>
    </message>
    <message>
        <source>&amp;Import nominations…</source>
        <translation>导入提名(&amp;I)…</translation>
    </message>
    <message>
        <source>Add and update observers from a nominations workbook</source>
        <translation>从提名工作簿添加和更新观察员</translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation>导出名册(&amp;R)…</translation>
    </message>
    <message>
        <source>The whole roster as a workbook, with the list for the CEC</source>
        <translation>以工作簿形式导出完整名册，并附提交中央选举委员会的名单</translation>
    </message>
    <message>
        <source>Nominations &amp;template…</source>
        <translation>提名模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The empty workbook to send to the sending states</source>
        <translation>发送给派遣国的空白工作簿</translation>
    </message>
    <message>
        <source>Search code, name, institution, position</source>
        <translation>搜索代码、姓名、机构、职务</translation>
    </message>
    <message>
        <source>Filters as you type; every word must match (Ctrl+F)</source>
        <translation>输入时即时筛选；每个词都须匹配（Ctrl+F）</translation>
    </message>
    <message>
        <source>All sending bodies</source>
        <translation>所有派遣方</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>无法读取名册：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>无法读取名册</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln 名观察员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accredited</source>
        <translation>
            <numerusform>%Ln 名已认证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln</source>
        <translation>
            <numerusform>显示 %1 / %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %Ln observer(s)</source>
        <translation>
            <numerusform>已更改 %Ln 名观察员的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned to a body</source>
        <translation>未分配派遣方</translation>
    </message>
    <message>
        <source>over quota by %1</source>
        <translation>超出名额 %1</translation>
    </message>
    <message>
        <source>no body: %1</source>
        <translation>无派遣方：%1</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <source>Cannot open the observer</source>
        <translation>无法打开观察员</translation>
    </message>
    <message>
        <source>Observer saved</source>
        <translation>观察员已保存</translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation>此版本尚不提供 %1。</translation>
    </message>
    <message>
        <source>Importing nominations</source>
        <translation>导入提名</translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <source>The nominations template</source>
        <translation>提名模板</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Election and mission</source>
        <translation>选举与观察团</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>选举：</translation>
    </message>
    <message>
        <source>Election day:</source>
        <translation>选举日：</translation>
    </message>
    <message>
        <source>Host country:</source>
        <translation>东道国：</translation>
    </message>
    <message>
        <source>Election commission:</source>
        <translation>选举委员会：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Mission period:</source>
        <translation>观察团工作期间：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Head of mission:</source>
        <translation>观察团团长：</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>工作语言：</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Programme and findings</source>
        <translation>日程安排与观察结果</translation>
    </message>
    <message>
        <source>Sending bodies</source>
        <translation>派遣方</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Events in the programme</source>
        <translation>日程安排中的活动</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>访问报告</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选定</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln 名观察员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln sending body(-ies)</source>
        <translation>
            <numerusform>来自 %Ln 个派遣方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in the quotas</source>
        <translation>
            <numerusform>名额共 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accredited</source>
        <translation>已认证 %1 / %2</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 × %3 mm</source>
        <comment>page count, page width × height</comment>
        <translation>%1，%2 × %3 毫米</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>A JPEG, PNG or other image file; you crop it next</source>
        <translation>JPEG、PNG 或其他图像文件；接下来可进行裁剪</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>or drop an image file on this window</source>
        <translation>或将图像拖放到此处</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <source>The badge and the accreditation papers use a %1 × %2 mm passport photo, stored at 300 dpi (%3 × %4 pixels). Drag the frame onto the face and drag a corner to make it larger or smaller; arrow keys and + / - work too.</source>
        <translation>证件和认证材料使用 %1 × %2 mm 的护照照片，以 300 dpi（%3 × %4 像素）存储。请将框拖到面部，拖动角可放大或缩小；也可使用方向键和 + / -。</translation>
    </message>
    <message>
        <source>Image: %1 × %2 pixels</source>
        <translation>图像：%1 × %2 像素</translation>
    </message>
    <message>
        <source>On the badge:</source>
        <translation>证件上的效果：</translation>
    </message>
    <message>
        <source>&amp;Largest frame</source>
        <translation>最大框(&amp;L)</translation>
    </message>
    <message>
        <source>Put the frame back to the largest one that fits</source>
        <translation>将框恢复为可容纳的最大尺寸</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>使用此照片(&amp;U)</translation>
    </message>
</context>
<context>
    <name>PlaceholderModel</name>
    <message>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>(reading the data…)</source>
        <translation>（正在读取数据…）</translation>
    </message>
    <message>
        <source>a checklist finding as the texts quote it</source>
        <translation>文本中引用的观察表结果</translation>
    </message>
</context>
<context>
    <name>PlacesModels</name>
    <message>
        <source>(within)</source>
        <translation>（区内）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>州</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Election commission</source>
        <translation>选举委员会</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>部委</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Regions, cities and districts, each with its time zone: the local time of every station and venue in it.</source>
        <translation>州、市和区，各有其时区：即其中每个投票站和场所的当地时间。</translation>
    </message>
    <message>
        <source>The polling stations teams may visit, with their opening hours (visits outside them are conflicts, except an opening and a count).</source>
        <translation>各小组可访问的投票站及其开放时间（在开放时间以外访问视为冲突，开站和计票除外）。</translation>
    </message>
    <message>
        <source>Import from a workbook…</source>
        <translation>从工作簿导入…</translation>
    </message>
    <message>
        <source>The hotel, the election commission, ministries and other places of meetings.</source>
        <translation>酒店、选举委员会、各部委及其他会见场所。</translation>
    </message>
    <message>
        <source>the travel time %1 – %2</source>
        <translation>%1 – %2 的路程时间</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>投票站 %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>路程时间</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个行政区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n 个投票站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n 个场所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between any other pair of units: the mission&apos;s default of %n minute(s).</source>
        <translation>
            <numerusform>其他任意两个行政区之间：采用观察团的默认值 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the units first: every station lies in one</source>
        <translation>请先添加行政区：每个投票站都隶属于某一行政区</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Check what the import will do</source>
        <translation>检查导入将执行的操作</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Select a row to see every change or problem in it.</source>
        <translation>在您选择“导入”之前不会写入任何内容。选择一行可查看其中的每项更改或问题。</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>工作表，行</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>正在与名册比对…</translation>
    </message>
    <message>
        <source>%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors</source>
        <translation>%2 中的 %1：新增 %3，更新 %4，未变 %5，有错误 %6</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>待新增</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Correct them in the file, save it, and choose Check again.</source>
        <translation>请在文件中更正，保存后选择“重新检查”。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Every row matches the roster already: there is nothing to import.</source>
        <translation>所有行均已与名册一致：没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1.</source>
        <translation>就绪：选择“导入”以新增 %1。</translation>
    </message>
    <message>
        <source>Ready: choose Import to update %1.</source>
        <translation>就绪：选择“导入”以更新 %1。</translation>
    </message>
    <message>
        <source>Ready: choose Import to add %1 and update %2.</source>
        <translation>就绪：选择“导入”以新增 %1 并更新 %2。</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>工作表 %1，第 %2 列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>not recognised, left out</source>
        <translation>无法识别，已排除</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with warnings (in amber); warnings do not stop the import.</source>
        <translation>
            <numerusform>有 %n 行存在警告（琥珀色标出）；警告不会阻止导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>有 %n 行存在错误：在修正之前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n 名观察员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column %1 on sheet %2 has %n value(s) but no header</source>
        <translation>
            <numerusform>工作表 %2 的第 %1 列有 %n 个值但没有表头</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet %1 (%2)</source>
        <translation>工作表 %1（%2）</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未导入：%1。</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>无导入计划</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>已停止。未导入任何内容。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>Writing observers: %1 of %2</source>
        <translation>正在写入观察员：%1 / %2</translation>
    </message>
    <message>
        <source>Import stopped: nothing was written.</source>
        <translation>导入已停止：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Flagged reports are imported for someone to complete; rows with errors stop the import until the file is corrected.</source>
        <translation>在您选择“导入”之前不会写入任何内容。已标记的报告将被导入，待人补全；存在错误的行会阻止导入，直至文件更正。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import, and then every row is written or none. Select a row to see all of it.</source>
        <translation>在您选择“导入”之前不会写入任何内容；导入时要么全部写入，要么全部不写入。选择一行可查看其全部内容。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: nothing will be imported until they are fixed. Correct them in the file, save it, and choose Check again.</source>
        <translation>
            <numerusform>有 %n 行存在错误：在修正之前不会导入任何内容。请在文件中更正，保存后选择“重新检查”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every station is stored like this already: there is nothing to import.</source>
        <translation>所有投票站均已按此保存：没有需要导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n 个投票站</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing stations: %1 of %2</source>
        <translation>正在写入投票站：%1 / %2</translation>
    </message>
    <message>
        <source>Flagged for completion</source>
        <translation>标记为待补全</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Duplicates: keep one of each group. Nothing is merged or deleted; the rows left out are simply not imported.</source>
        <translation>重复项：每组保留一行。不会合并或删除任何内容；被排除的行只是不予导入。</translation>
    </message>
    <message>
        <source>No duplicates: no submission id twice, no station visited twice in the same phase at the same time.</source>
        <translation>无重复项：没有重复的提交记录 ID，也没有同一投票站在同一阶段同一时间被访问两次。</translation>
    </message>
    <message>
        <source>Rows with errors stop the import: correct the file and read it again. %1</source>
        <translation>存在错误的行会阻止导入：请更正文件后重新读取。%1</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Keep one of each group of duplicates below. %1</source>
        <translation>请在下方每组重复项中保留一行。%1</translation>
    </message>
    <message>
        <source>Nothing to import. %1</source>
        <translation>没有可导入的内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n 个答案</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing reports: %1 of %2</source>
        <translation>正在写入报告：%1 / %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used the next time Observer Desk starts.</source>
        <translation>新语言将在下次启动 Observer Desk 时生效。</translation>
    </message>
    <message>
        <source>This run speaks %1 because the %2 environment variable says so.</source>
        <translation>由于环境变量 %2 的设置，本次运行使用%1。</translation>
    </message>
    <message>
        <source>The preference could not be saved: %1</source>
        <translation>首选项无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>正在读取行：%1</translation>
    </message>
    <message>
        <source>Reading rows: %1 of about %2</source>
        <translation>正在读取行：%1 / 约 %2</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <source>Choose a question</source>
        <translation>请选择一个问题</translation>
    </message>
    <message numerus="yes">
        <source>answered in %Ln report(s)</source>
        <translation>
            <numerusform>%Ln 份报告作答</numerusform>
        </translation>
    </message>
    <message>
        <source>negative: %1</source>
        <translation>负面：%1</translation>
    </message>
    <message>
        <source>Numbers, times and texts are not grouped; the data set export holds every answer.</source>
        <translation>数字、时间和文本答案不作分组；导出的数据集包含所有答案。</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>无投票站</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>A report may choose several answers: the shares add up to more than 100 %.</source>
        <translation>一份报告可选择多个答案：各项比例之和会超过 100%。</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>The column name in ODK and Kobo exports: letters, digits and _</source>
        <translation>ODK 和 Kobo 导出文件中的列名：字母、数字和 _</translation>
    </message>
    <message>
        <source>A note: text shown on the form, never answered.</source>
        <translation>说明：显示在表单上的文字，无需作答。</translation>
    </message>
    <message>
        <source>An answer is required (when the question applies)</source>
        <translation>必须作答（在问题适用时）</translation>
    </message>
    <message>
        <source>Shown when, e.g. ${group_voting} = &apos;yes&apos; (empty: always)</source>
        <translation>显示条件，例如 ${group_voting} = &apos;yes&apos;（留空：始终显示）</translation>
    </message>
    <message>
        <source>Valid when, e.g. . &lt;= ${registered_voters} (. is the answer)</source>
        <translation>有效条件，例如 . &lt;= ${registered_voters}（. 表示答案）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>When invalid</source>
        <translation>无效时提示</translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>Choice list:</source>
        <translation>选项列表：</translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation>显示条件：</translation>
    </message>
    <message>
        <source>Valid when:</source>
        <translation>有效条件：</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>新建列表…</translation>
    </message>
    <message numerus="yes">
        <source>Choices of the list “%1” (used by %Ln question(s))</source>
        <translation>
            <numerusform>列表“%1”的选项（被 %Ln 个问题使用）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaDelegate</name>
    <message>
        <source>No quota</source>
        <translation>无名额限制</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Changes are recorded once the record is saved.</source>
        <translation>记录保存后才会记下更改。</translation>
    </message>
    <message>
        <source>Every saved change: when, who, which fields, old and new values. Personal data is shown masked.</source>
        <translation>每次保存的更改：时间、用户、字段、原值和新值。个人数据以遮盖形式显示。</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>New visit report</source>
        <translation>新建访问报告</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>小组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>投票站(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>阶段(&amp;H)：</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;Arrival – departure:</source>
        <translation>到达 – 离开(&amp;A)：</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Incidents and notes</source>
        <translation>事件和备注</translation>
    </message>
    <message>
        <source>Add &amp;Incident…</source>
        <translation>添加事件(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Notes on the visit</source>
        <translation>访问备注</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation>保存并新建(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This report was imported flagged for completion: %1</source>
        <translation>此报告导入时被标记为待补全：%1</translation>
    </message>
    <message>
        <source>local time, %1 (%2)</source>
        <translation>当地时间，%1（%2）</translation>
    </message>
    <message>
        <source>%1 voters on the list</source>
        <translation>名单上有 %1 名选民</translation>
    </message>
    <message>
        <source>Choose the team.</source>
        <translation>请选择小组。</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>请选择投票站。</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>已回答 %1 / %2 个问题</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>必须作答。</translation>
    </message>
    <message>
        <source>The answer does not meet the question&apos;s condition.</source>
        <translation>答案不符合问题的条件。</translation>
    </message>
    <message>
        <source>%1 is not one of the choices.</source>
        <translation>%1 不是可选项之一。</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Type a time of day, such as 09:30.</source>
        <translation>请输入时刻，例如 09:30。</translation>
    </message>
    <message numerus="yes">
        <source>The report cannot be saved yet: %Ln answer(s) need attention (marked in red).</source>
        <translation>
            <numerusform>报告暂时无法保存：有 %Ln 个答案需要处理（以红色标出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved:</source>
        <translation>报告未保存：</translation>
    </message>
    <message>
        <source>Report %1 saved (station %2). The next one:</source>
        <translation>报告 %1 已保存（投票站 %2）。下一份：</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>未保存的报告</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Save them?</source>
        <translation>此报告有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Choose a report in the list to read it here.</source>
        <translation>在列表中选择一份报告，即可在此阅读。</translation>
    </message>
    <message>
        <source>&amp;Edit Report…</source>
        <translation>编辑报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>无投票站</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>观察表</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>To complete:</source>
        <translation>待补全：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Station</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Local time of the station</source>
        <translation>投票站当地时间</translation>
    </message>
    <message>
        <source>Answers that count as negative (a &apos;no&apos; where &apos;yes&apos; is good, a bad rating...)</source>
        <translation>计为负面的答案（在“是”为好的情况下回答“否”、差评等）</translation>
    </message>
    <message>
        <source>Imported reports the secretariat must complete</source>
        <translation>秘书处须补全的导入报告</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>待补全</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <source>Export the roster as a workbook</source>
        <translation>将名册导出为工作簿</translation>
    </message>
    <message>
        <source>One sheet with every observer grouped by sending body, a count per body against its quota, and the list in the form the CEC asks for. The observer code stays in the first column, so a corrected copy can be imported again.</source>
        <translation>一张按派遣方分组列出全部观察员的工作表、各派遣方人数与名额的对照，以及中央选举委员会要求格式的名单。观察员代码保留在第一列，因此更正后的副本可以再次导入。</translation>
    </message>
    <message>
        <source>The whole roster</source>
        <translation>完整名册</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected observer(s)</source>
        <translation>
            <numerusform>仅所选的 %Ln 名观察员</numerusform>
        </translation>
    </message>
    <message>
        <source>Public roster (no passport numbers, dates of birth, phone or e-mail)</source>
        <translation>公开名册（不含护照号码、出生日期、电话或电子邮件）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Observers:</source>
        <translation>观察员：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>public roster</source>
        <translation>公开名册</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>所选</translation>
    </message>
    <message>
        <source>The Roster and By body sheets only; safe to circulate.</source>
        <translation>仅含“名册”和“按派遣方”工作表；可安全传阅。</translation>
    </message>
    <message>
        <source>Includes passport numbers, dates of birth and contact details, and the CEC submission sheet: send it only to the host authorities.</source>
        <translation>包含护照号码、出生日期和联系方式，以及提交中央选举委员会的工作表：仅可发送给东道国主管部门。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new roster?</source>
        <translation>%1 已存在。是否用新名册替换？</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s) exported to %1</source>
        <translation>
            <numerusform>已将 %Ln 名观察员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The roster was not exported: %1</source>
        <translation>名册未导出：%1</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>派遣方</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Family name in capitals, then given names, in Latin script as in the passport</source>
        <translation>姓（大写）在前，名在后，拉丁字母，与护照一致</translation>
    </message>
    <message>
        <source>The state or organisation body that sends the observer</source>
        <translation>派遣该观察员的国家或组织机构</translation>
    </message>
    <message>
        <source>Only the last three characters are shown in lists</source>
        <translation>列表中仅显示最后三个字符</translation>
    </message>
    <message>
        <source>Whether a badge photo is on file</source>
        <translation>是否已存有证件照片</translation>
    </message>
    <message>
        <source>Not assigned to a sending body</source>
        <translation>未分配派遣方</translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation>已有照片</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>尚无照片</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Shown when, e.g. ${phase} = &apos;opening&apos; (empty: always)</source>
        <translation>显示条件，例如 ${phase} = &apos;opening&apos;（留空：始终显示）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Shown when:</source>
        <translation>显示条件：</translation>
    </message>
</context>
<context>
    <name>SendingBodiesModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>名称（俄文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>A short code, unique in the mission (e.g. CN, SEC)</source>
        <translation>简短代码，在观察团内唯一（例如 CN、SEC）</translation>
    </message>
    <message>
        <source>Two-letter ISO code of the sending state</source>
        <translation>派遣国的两字母 ISO 代码</translation>
    </message>
    <message>
        <source>How many observers the body may send; empty for no limit</source>
        <translation>该派遣方可派遣的观察员人数；留空表示不限</translation>
    </message>
    <message>
        <source>Observers of this body in the roster, against its quota</source>
        <translation>该派遣方在名册中的观察员人数与其名额对照</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No quota set for this body</source>
        <translation>该派遣方未设名额</translation>
    </message>
    <message>
        <source>Over quota by %1</source>
        <translation>超出名额 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) still open</source>
        <translation>
            <numerusform>尚余 %Ln 个名额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %Ln observer(s) belong to it. Move them to another sending body first.</source>
        <translation>
            <numerusform>无法移除 %1：有 %Ln 名观察员属于该派遣方。请先将他们移至其他派遣方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota filled</source>
        <translation>名额已满</translation>
    </message>
    <message>
        <source>This body</source>
        <translation>该派遣方</translation>
    </message>
</context>
<context>
    <name>SendingBodiesPage</name>
    <message>
        <source>The states and organisation bodies that send observers, in the order lists and the statement name them. Double-click a cell to edit it; changes are kept only when you save.</source>
        <translation>派遣观察员的国家和组织机构，排列顺序即名单和声明中的列举顺序。双击单元格可进行编辑；更改仅在保存后生效。</translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation>添加派遣方(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>放弃上次保存以来所做的更改</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Sending bodies saved.</source>
        <translation>派遣方已保存。</translation>
    </message>
    <message>
        <source>Not saved. Please correct the following (rows in question are marked):</source>
        <translation>未保存。请更正以下问题（相关行已标出）：</translation>
    </message>
    <message>
        <source>Cannot remove this body</source>
        <translation>无法移除该派遣方</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending body(-ies)</source>
        <translation>
            <numerusform>%Ln 个派遣方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) in the quotas</source>
        <translation>
            <numerusform>名额共 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer(s)</source>
        <translation>
            <numerusform>%Ln 名观察员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Preliminary statement</source>
        <translation>初步声明</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>最终报告</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the text (Ctrl+S)</source>
        <translation>保存文本（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Mark as issued…</source>
        <translation>标记为已发布…</translation>
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
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Start from the default text</source>
        <translation>从默认文本开始</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>注明日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>签署人职务</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>显示 PDF</translation>
    </message>
    <message>
        <source>Make the PDF of the text as it is now (saved or not) and show it</source>
        <translation>按文本当前状态（无论是否已保存）生成 PDF 并显示</translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation>填充后的文本</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Put the chosen placeholder where the cursor is (Insert)</source>
        <translation>在光标处插入所选占位符（Insert）</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>观察结果</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The statement has changes that are not saved. Save them first?</source>
        <translation>声明有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>The statement could not be read: %1</source>
        <translation>无法读取声明：%1</translation>
    </message>
    <message>
        <source>The mission has no %1 in %2 yet. Start from the default text: it is written as a secretariat writes it, with placeholders the program fills from the mission&apos;s data, ready for you to edit.</source>
        <translation>观察团还没有%2版%1。请从默认文本开始：它按秘书处的惯常写法撰写，其中的占位符由程序根据观察团数据填充，可供您直接编辑。</translation>
    </message>
    <message>
        <source>Revision %1, issued on %2</source>
        <translation>修订版 %1，发布于 %2</translation>
    </message>
    <message>
        <source>This statement was issued on %1 and is kept exactly as issued, with the figures it was filled with. Saving a change makes revision %2, a new draft.</source>
        <translation>此声明已于 %1 发布，并按发布时的原样保存，包括当时填入的数据。保存更改将生成修订版 %2，作为新草稿。</translation>
    </message>
    <message>
        <source>Revision %1 was issued on %2. A later revision exists: this one can be read and exported, not edited.</source>
        <translation>修订版 %1 已于 %2 发布。已有更新的修订版：此版本仅可阅读和导出，不可编辑。</translation>
    </message>
    <message>
        <source>Revision %1, draft</source>
        <translation>修订版 %1，草稿</translation>
    </message>
    <message>
        <source>Revision %1 is not the latest one: it can be read and exported, not edited.</source>
        <translation>修订版 %1 不是最新版本：仅可阅读和导出，不可编辑。</translation>
    </message>
    <message>
        <source>The statement was not saved: %1</source>
        <translation>声明未保存：%1</translation>
    </message>
    <message>
        <source>Saved as revision %1, a draft. The issued revision %2 is kept as it was issued.</source>
        <translation>已保存为修订版 %1（草稿）。已发布的修订版 %2 保持发布时的原样。</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>声明已保存</translation>
    </message>
    <message>
        <source>The statement could not be made: %1</source>
        <translation>无法生成声明：%1</translation>
    </message>
    <message>
        <source>Save your changes before marking the statement as issued?</source>
        <translation>在将声明标记为已发布之前保存您的更改？</translation>
    </message>
    <message>
        <source>The statement cannot be issued while it has unknown placeholders:</source>
        <translation>声明中存在未知占位符，无法发布：</translation>
    </message>
    <message>
        <source>Mark as issued</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <source>Mark revision %1 of the %2 in %3 as issued?

Its text and the figures it is filled with are kept exactly as they are now and will not change. Later changes make a new revision.</source>
        <translation>将%3版%2的修订版 %1 标记为已发布？

其文本及填入的数据将按现状原样保存，不再更改。之后的更改将生成新的修订版。</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Revision %1 was marked as issued on %2. It is kept exactly as issued, with the figures it was filled with; saving a change makes revision %3, a new draft.</source>
        <translation>修订版 %1 已于 %2 标记为已发布。它按发布时的原样保存，包括当时填入的数据；保存更改将生成修订版 %3，作为新草稿。</translation>
    </message>
    <message>
        <source>The mission&apos;s data could not be read for the statement: %1</source>
        <translation>无法为声明读取观察团数据：%1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation>第 %1 部分（%2）</translation>
    </message>
    <message>
        <source>Reading the mission&apos;s data…</source>
        <translation>正在读取观察团数据…</translation>
    </message>
    <message>
        <source>The PDF adds the tables: members by state and body, meetings and stations visited, key findings and turnout.</source>
        <translation>PDF 中会加入以下表格：按国家和机构列出的成员、会见和访问的投票站、主要观察结果和投票率。</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Preview of the text as it is now</source>
        <translation>文本当前状态的预览</translation>
    </message>
    <message>
        <source> (not saved yet)</source>
        <translation>（尚未保存）</translation>
    </message>
    <message>
        <source>unknown placeholders are printed as written</source>
        <translation>未知占位符将按原样打印</translation>
    </message>
    <message>
        <source>The PDF is made from the saved statement. Save your changes first?</source>
        <translation>PDF 根据已保存的声明生成。是否先保存您的更改？</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>导出声明</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Nothing was written: the statement has unknown placeholders.</source>
        <translation>未写入任何内容：声明中存在未知占位符。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <source>Statement exported</source>
        <translation>声明已导出</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>操作未成功：%1</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Edit polling station</source>
        <translation>编辑投票站</translation>
    </message>
    <message>
        <source>New polling station</source>
        <translation>新建投票站</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>登记选民数</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
</context>
<context>
    <name>StationImportWizard</name>
    <message>
        <source>Import polling stations</source>
        <translation>导入投票站</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The stations could not be shown again</source>
        <translation>无法重新显示投票站</translation>
    </message>
</context>
<context>
    <name>StationPlanModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>工作表，行</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>更改或问题</translation>
    </message>
    <message>
        <source>Same as stored</source>
        <translation>与已存储的相同</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>新投票站</translation>
    </message>
    <message>
        <source>Stored exactly like this already; nothing changes.</source>
        <translation>已按完全相同的内容存储；无任何更改。</translation>
    </message>
    <message>
        <source>A new polling station in %1.</source>
        <translation>%1 的新投票站。</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>登记选民</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问次数</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change accreditation status</source>
        <translation>更改认证状态</translation>
    </message>
    <message>
        <source>Change the status of %1</source>
        <translation>更改 %1 的状态</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln observer(s)</source>
        <translation>
            <numerusform>更改 %Ln 名观察员的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>(allowed for %1 of %2)</source>
        <translation>（%2 名中 %1 名可执行）</translation>
    </message>
    <message>
        <source>Type a code or name to find the observer</source>
        <translation>输入代码或姓名以查找观察员</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>更改状态(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an accreditation status and how many observers have it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list of observers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Note &amp;reference:</source>
        <translation>照会文号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date of the note:</source>
        <translation>照会日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The mission&apos;s note to the CEC, e.g. No. 12/2022</source>
        <translation>观察团致中央选举委员会的照会，例如 No. 12/2022</translation>
    </message>
    <message>
        <source>CEC &amp;certificate number:</source>
        <translation>中央选举委员会证书编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>签发日期(&amp;D)：</translation>
    </message>
    <message>
        <source>As printed on the CEC&apos;s certificate or decision</source>
        <translation>与中央选举委员会证书或决定上印制的一致</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: why, as the note to the CEC will say</source>
        <translation>必填：原因，将写入致中央选举委员会的照会</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an observer&apos;s code and present status</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>Not allowed from their present status for: %1. The change is made for all chosen observers or for none.</source>
        <translation>以下观察员在其当前状态下不允许此更改：%1。更改要么对所有所选观察员生效，要么全部不生效。</translation>
    </message>
    <message>
        <source>No status change is possible: replaced observers stay replaced. Nominate the person again as a new observer if needed.</source>
        <translation>无法更改状态：已替换的观察员保持“已替换”状态。如有需要，请将此人作为新观察员重新提名。</translation>
    </message>
    <message>
        <source>No single observer matches “%1”: choose the replacement from the list.</source>
        <translation>没有唯一与“%1”匹配的观察员：请从列表中选择替换人选。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %Ln observer(s) cannot make this step.</source>
        <translation>
            <numerusform>未作任何更改：有 %Ln 名观察员无法执行此步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an observer and why they cannot make the step</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SubmissionRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已排除</translation>
    </message>
</context>
<context>
    <name>SubmissionsWizard</name>
    <message>
        <source>Import submissions</source>
        <translation>导入提交记录</translation>
    </message>
    <message>
        <source>Reading submissions: %1 of %2</source>
        <translation>正在读取提交记录：%1 / %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The reports list could not be refreshed</source>
        <translation>无法刷新报告列表</translation>
    </message>
    <message>
        <source>Add, flagged</source>
        <translation>新增，已标记</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Most frequent answer</source>
        <translation>最常见答案</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Stations where the question was observed: &apos;not observed&apos; answers are left out</source>
        <translation>观察到该问题的投票站数：“未观察”的答案不计入</translation>
    </message>
    <message>
        <source>Answers counted as negative (bad + very bad for a rating)</source>
        <translation>计为负面的答案（评分中的“差”+“很差”）</translation>
    </message>
    <message numerus="yes">
        <source>answered in %Ln report(s)</source>
        <translation>
            <numerusform>%Ln 份报告作答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>By phase</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>按严重程度统计的事件</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>细分：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) on checklist %1 (%2); %3 flagged for completion</source>
        <translation>
            <numerusform>观察表 %1（%2）上有 %Ln 份报告；%3 份标记为待补全</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on earlier checklists, not counted here</source>
        <translation>%1 份基于早期观察表，未计入此处</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>← Add to team</source>
        <translation>← 加入小组</translation>
    </message>
    <message>
        <source>Remove from team →</source>
        <translation>移出小组 →</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建小组…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>保存详情</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>司机电话</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Members (drop observers here)</source>
        <translation>成员（将观察员拖放到此处）</translation>
    </message>
    <message>
        <source>Observers in no team</source>
        <translation>未分组的观察员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>Name of the team</source>
        <translation>小组名称</translation>
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
        <translation>添加中央选举委员会数据(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import CEC Workbook…</source>
        <translation>导入中央选举委员会工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>A workbook with columns such as Region, Date, Time, Turnout % (or Регион, Дата, Время, Явка, %)</source>
        <translation>包含 Region、Date、Time、Turnout % 等列（或 Регион、Дата、Время、Явка, %）的工作簿</translation>
    </message>
    <message>
        <source>The mission&apos;s turnout against the CEC&apos;s</source>
        <translation>观察团投票率与中央选举委员会投票率对比</translation>
    </message>
    <message>
        <source>The CEC&apos;s published figures</source>
        <translation>中央选举委员会公布的数据</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turnout reading(s) by the mission.</source>
        <translation>
            <numerusform>观察团共有 %Ln 条投票率读数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading(s) have no CEC figures to compare with.</source>
        <translation>
            <numerusform>%Ln 条读数没有可对比的中央选举委员会数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>数据未保存：%1</translation>
    </message>
    <message>
        <source>CEC figure saved.</source>
        <translation>中央选举委员会数据已保存。</translation>
    </message>
    <message>
        <source>Import CEC figures</source>
        <translation>导入中央选举委员会数据</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>未从 %1 导入任何内容：
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CEC figure(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 条中央选举委员会数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑行政区</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建行政区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>名称（俄文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>上级行政区</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（最上级）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>上级行政区</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>投票站</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文名称</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文名称</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>无法打开用户指南。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>It is looked for as user-guide.html or user-guide.md in: %1</source>
        <translation>将在以下位置查找 user-guide.html 或 user-guide.md：%1</translation>
    </message>
    <message>
        <source>%1 – User Guide</source>
        <translation>%1 – 用户指南</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>编辑场所</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>新建场所</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the unit&apos;s zone</source>
        <translation>所属行政区的时区</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VenuesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动数</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Observer Desk</source>
        <translation>欢迎使用 Observer Desk</translation>
    </message>
    <message>
        <source>This database holds no mission yet. Look around with the demo mission, set up your own, or open the database a colleague shared with you.</source>
        <translation>此数据库中还没有观察团。您可以通过演示观察团了解程序，创建自己的观察团，或打开同事共享给您的数据库。</translation>
    </message>
    <message>
        <source>Create the demo mission</source>
        <translation>创建演示观察团</translation>
    </message>
    <message>
        <source>The SCO Observer Mission to the 2022 presidential election in Kazakhstan, with fictional observers, programme and findings.</source>
        <translation>上海合作组织 2022 年哈萨克斯坦总统选举观察团，含虚构的观察员、日程安排和观察结果。</translation>
    </message>
    <message>
        <source>Create a new mission…</source>
        <translation>创建新观察团…</translation>
    </message>
    <message>
        <source>Enter your mission&apos;s code, title, election and period.</source>
        <translation>输入观察团的代码、名称、选举和工作期间。</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Choose a mission file (.sqlite), for example a copy or a backup.</source>
        <translation>选择观察团文件（.sqlite），例如副本或备份。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rt::app::CompareVerbs</name>
    <message numerus="yes">
        <source>%1: %n row(s) flagged for re-review</source>
        <translation>
            <numerusform>%1: %n row flagged for re-review</numerusform>
            <numerusform>%1: %n rows flagged for re-review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::ImportCommand</name>
    <message numerus="yes">
        <source>%1: %n assessment(s) updated</source>
        <translation>
            <numerusform>%1: %n assessment updated</numerusform>
            <numerusform>%1: %n assessments updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n development(s) read</source>
        <translation>
            <numerusform>%1: %n development read</numerusform>
            <numerusform>%1: %n developments read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n already in the database</numerusform>
            <numerusform>%n already in the database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate obligation(s) written</source>
        <translation>
            <numerusform>%n candidate obligation written</numerusform>
            <numerusform>%n candidate obligations written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) marked for re-review</source>
        <translation>
            <numerusform>%n assessment marked for re-review</numerusform>
            <numerusform>%n assessments marked for re-review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies) added from the catalogue</source>
        <translation>
            <numerusform>%n authority added from the catalogue</numerusform>
            <numerusform>%n authorities added from the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing to write: each of its %n item(s) was left out (see the warnings).</source>
        <translation>
            <numerusform>%1: nothing to write: its one item was left out (see the warnings).</numerusform>
            <numerusform>%1: nothing to write: each of its %n items was left out (see the warnings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::Agenda</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::AgendaModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::ChecklistModel</name>
    <message numerus="yes">
        <source>%1 of %2 applicable obligations done, %n overdue</source>
        <translation>
            <numerusform>%1 of %2 applicable obligations done, %n overdue</numerusform>
            <numerusform>%1 of %2 applicable obligations done, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::CompanyMatrixModel</name>
    <message numerus="yes">
        <source>%1 — %2: %3 of %4 done, %n overdue</source>
        <translation>
            <numerusform>%1 — %2: %3 of %4 done, %n overdue</numerusform>
            <numerusform>%1 — %2: %3 of %4 done, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::InputFile</name>
    <message numerus="yes">
        <source>%1: nothing came through the pipe for %n second(s); the import gives up.</source>
        <translation>
            <numerusform>%1: nothing came through the pipe for %n second; the import gives up.</numerusform>
            <numerusform>%1: nothing came through the pipe for %n seconds; the import gives up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::ObligationTableModel</name>
    <message numerus="yes">
        <source>%n compan(ies) bound by this obligation</source>
        <translation>
            <numerusform>%n company bound by this obligation</numerusform>
            <numerusform>%n companies bound by this obligation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked it (done and compliant)</source>
        <translation>
            <numerusform>%n ticked it (done and compliant)</numerusform>
            <numerusform>%n ticked it (done and compliant)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::RedlineHtml</name>
    <message numerus="yes">
        <source>%n unchanged obligation(s) not shown.</source>
        <translation>
            <numerusform>%n unchanged obligation not shown.</numerusform>
            <numerusform>%n unchanged obligations not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::RedlineObligationModel</name>
    <message numerus="yes">
        <source>The checklists of %n company(ies) have rows this change touches.</source>
        <translation>
            <numerusform>The checklist of %n company has rows this change touches.</numerusform>
            <numerusform>The checklists of %n companies have rows this change touches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::AddObligationsDialog</name>
    <message numerus="yes">
        <source>%1 of %n obligation(s) shown</source>
        <translation>
            <numerusform>%1 of %n obligation shown</numerusform>
            <numerusform>%1 of %n obligations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaView</name>
    <message numerus="yes">
        <source>Nothing is due or overdue, and nothing is dated in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing is due or overdue, and nothing is dated in the next %n day.</numerusform>
            <numerusform>Nothing is due or overdue, and nothing is dated in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::AuthorityMapView</name>
    <message numerus="yes">
        <source>%Ln development(s) in the filter</source>
        <translation>
            <numerusform>%Ln development in the filter</numerusform>
            <numerusform>%Ln developments in the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Binds %1: %Ln open obligation(s)</source>
        <translation>
            <numerusform>Binds %1: %Ln open obligation</numerusform>
            <numerusform>Binds %1: %Ln open obligations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s) by its authorities</source>
        <translation>
            <numerusform>%Ln development by its authorities</numerusform>
            <numerusform>%Ln developments by its authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln authorities on the map, %1 with developments in the filter</source>
        <translation>
            <numerusform>%Ln authority on the map, %1 with developments in the filter</numerusform>
            <numerusform>%Ln authorities on the map, %1 with developments in the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::ChangesSinceDialog</name>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n change since %1</numerusform>
            <numerusform>%n changes since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::ChecklistView</name>
    <message numerus="yes">
        <source>Mark %n row(s) applicable</source>
        <translation>
            <numerusform>Mark %n row applicable</numerusform>
            <numerusform>Mark %n rows applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n selected row(s):</source>
        <translation>
            <numerusform>Owner of the %n selected row:</numerusform>
            <numerusform>Owner of the %n selected rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear owner of %n row(s)</source>
        <translation>
            <numerusform>Clear owner of %n row</numerusform>
            <numerusform>Clear owner of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n row(s) to %1</source>
        <translation>
            <numerusform>Set owner of %n row to %1</numerusform>
            <numerusform>Set owner of %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due date of the %n selected row(s):</source>
        <translation>
            <numerusform>Due date of the %n selected row:</numerusform>
            <numerusform>Due date of the %n selected rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set due date of %n row(s) to %1</source>
        <translation>
            <numerusform>Set due date of %n row to %1</numerusform>
            <numerusform>Set due date of %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why do the %n selected obligation(s) not apply to this company? Auditors read this as the statement of applicability.</source>
        <translation>
            <numerusform>Why does the %n selected obligation not apply to this company? Auditors read this as the statement of applicability.</numerusform>
            <numerusform>Why do the %n selected obligations not apply to this company? Auditors read this as the statement of applicability.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) not applicable</source>
        <translation>
            <numerusform>Mark %n row not applicable</numerusform>
            <numerusform>Mark %n rows not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n obligation(s) to the checklist</source>
        <translation>
            <numerusform>Add %n obligation to the checklist</numerusform>
            <numerusform>Add %n obligations to the checklist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::CompanyMatrixView</name>
    <message numerus="yes">
        <source>%1 of %n applicable obligations done</source>
        <translation>
            <numerusform>%1 of %n applicable obligation done</numerusform>
            <numerusform>%1 of %n applicable obligations done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::ConnectDialog</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the host name and port, the network, and that the server is running.</source>
        <translation>
            <numerusform>The server did not answer within %n second. Check the host name and port, the network, and that the server is running.</numerusform>
            <numerusform>The server did not answer within %n seconds. Check the host name and port, the network, and that the server is running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::DevelopmentsBrowser</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%1 of %n item(s) chosen, with %2 obligations</source>
        <translation>
            <numerusform>%1 of %n item chosen, with %2 obligations</numerusform>
            <numerusform>%1 of %n items chosen, with %2 obligations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>Importing %n item…</numerusform>
            <numerusform>Importing %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n development(s) added</source>
        <translation>
            <numerusform>%n development added</numerusform>
            <numerusform>%n developments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s) written</source>
        <translation>
            <numerusform>%n obligation written</numerusform>
            <numerusform>%n obligations written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) marked for re-review</source>
        <translation>
            <numerusform>%n assessment marked for re-review</numerusform>
            <numerusform>%n assessments marked for re-review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n assessment(s)…</source>
        <translation>
            <numerusform>Updating %n assessment…</numerusform>
            <numerusform>Updating %n assessments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) updated</source>
        <translation>
            <numerusform>%n assessment updated</numerusform>
            <numerusform>%n assessments updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::MainWindow</name>
    <message numerus="yes">
        <source>Delete “%1” with its %n obligation(s)? Assessments of those obligations are deleted too. You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete “%1” with its %n obligation? Assessments of that obligation are deleted too. You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete “%1” with its %n obligations? Assessments of those obligations are deleted too. You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s)</source>
        <translation>
            <numerusform>%Ln development</numerusform>
            <numerusform>%Ln developments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln development(s) match the filter</source>
        <translation>
            <numerusform>%1 of %Ln development match the filter</numerusform>
            <numerusform>%1 of %Ln developments match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n assessment(s) and their evidence? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete “%1” with its %n assessment and its evidence? You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete “%1” with its %n assessments and their evidence? You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s) on the timeline</source>
        <translation>
            <numerusform>%Ln development on the timeline</numerusform>
            <numerusform>%Ln developments on the timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln authority(ies) on the map</source>
        <translation>
            <numerusform>%Ln authority on the map</numerusform>
            <numerusform>%Ln authorities on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) on the agenda, %1 overdue</source>
        <translation>
            <numerusform>%Ln item on the agenda, %1 overdue</numerusform>
            <numerusform>%Ln items on the agenda, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::RedlineView</name>
    <message numerus="yes">
        <source>%n row(s) flagged for re-review</source>
        <translation>
            <numerusform>%n row flagged for re-review</numerusform>
            <numerusform>%n rows flagged for re-review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>, %n new</numerusform>
            <numerusform>, %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::Reminders</name>
    <message numerus="yes">
        <source>%n checklist row(s) need you, %1 overdue</source>
        <translation>
            <numerusform>%n checklist row needs you, %1 overdue</numerusform>
            <numerusform>%n checklist rows need you, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist row(s) due today</source>
        <translation>
            <numerusform>%n checklist row due today</numerusform>
            <numerusform>%n checklist rows due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::StatusTray</name>
    <message numerus="yes">
        <source>RegTracker: %n overdue checklist row(s), yours: %1</source>
        <translation>
            <numerusform>RegTracker: %n overdue checklist row, yours: %1</numerusform>
            <numerusform>RegTracker: %n overdue checklist rows, yours: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ui::TimelineView</name>
    <message numerus="yes">
        <source>%1: %Ln development(s), %2 – %3</source>
        <translation>
            <numerusform>%1: %Ln development, %2 – %3</numerusform>
            <numerusform>%1: %Ln developments, %2 – %3</numerusform>
        </translation>
    </message>
</context>
</TS>

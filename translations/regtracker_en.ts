<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
</TS>

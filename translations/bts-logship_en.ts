<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>bts::ApplyPanel</name>
    <message numerus="yes">
        <source>Running %n statement(s)...</source>
        <translation>
            <numerusform>Running %n statement...</numerusform>
            <numerusform>Running %n statements...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n change(s) in %1.</source>
        <translation>
            <numerusform>%n change in %1.</numerusform>
            <numerusform>%n changes in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read and are shown as they are.</source>
        <translation>
            <numerusform>%n entry could not be read and is shown as it is.</numerusform>
            <numerusform>%n entries could not be read and are shown as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::BackupJobPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::CallPreviewDialog</name>
    <message numerus="yes">
        <source>Running %n statement(s)...</source>
        <translation>
            <numerusform>Running %n statement...</numerusform>
            <numerusform>Running %n statements...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::CleanDestinationDialog</name>
    <message numerus="yes">
        <source>%n statement(s) on %1 and the source.</source>
        <translation>
            <numerusform>%n statement on %1 and the source.</numerusform>
            <numerusform>%n statements on %1 and the source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::DestinationResultPage</name>
    <message numerus="yes">
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; restores %n database(s); jobs: %2&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; restores %n database; jobs: %2&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; restores %n databases; jobs: %2&lt;/li&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::EnvironmentsDialog</name>
    <message numerus="yes">
        <source>Imported %n environment(s).</source>
        <translation>
            <numerusform>Imported %n environment.</numerusform>
            <numerusform>Imported %n environments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n environment(s) to %1, without passwords.</source>
        <translation>
            <numerusform>Exported %n environment to %1, without passwords.</numerusform>
            <numerusform>Exported %n environments to %1, without passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::PathsJobsPage</name>
    <message numerus="yes">
        <source>%n database(s) restored by the destinations.</source>
        <translation>
            <numerusform>%n database restored by the destinations.</numerusform>
            <numerusform>%n databases restored by the destinations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n statement.</numerusform>
            <numerusform>%n statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::PrerequisitesPage</name>
    <message numerus="yes">
        <source>Checking %n destination(s)...</source>
        <translation>
            <numerusform>Checking %n destination...</numerusform>
            <numerusform>Checking %n destinations...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::RestoreStepPage</name>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n statement.</numerusform>
            <numerusform>%n statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::ScriptsPage</name>
    <message numerus="yes">
        <source>%1: %n batch(es).</source>
        <translation>
            <numerusform>%1: %n batch.</numerusform>
            <numerusform>%1: %n batches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::SetupApplyPage</name>
    <message numerus="yes">
        <source>%n statement(s) on %1.</source>
        <translation>
            <numerusform>%n statement on %1.</numerusform>
            <numerusform>%n statements on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::SummaryPage</name>
    <message numerus="yes">
        <source>%n statement(s) on %1.</source>
        <translation>
            <numerusform>%n statement on %1.</numerusform>
            <numerusform>%n statements on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::UpdateInfoPage</name>
    <message numerus="yes">
        <source>%n database(s) in the file; it reads back as written.</source>
        <translation>
            <numerusform>%n database in the file; it reads back as written.</numerusform>
            <numerusform>%n databases in the file; it reads back as written.</numerusform>
        </translation>
    </message>
</context>
</TS>

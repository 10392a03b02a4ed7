<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>The server name &quot;%1&quot; is not known to the name service (DNS)</source>
        <translation>Der Servername „%1“ ist dem Namensdienst (DNS) nicht bekannt</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing accepts connections on port %2</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf Port %2 nimmt nichts Verbindungen an</translation>
    </message>
    <message>
        <source>Check that SQL Server is running there, that it listens on TCP port %1 (SQL Server Configuration Manager, TCP/IP protocol), and the port number.</source>
        <translation>Prüfen Sie, ob SQL Server dort läuft und auf TCP-Port %1 lauscht (SQL Server-Konfigurations-Manager, Protokoll TCP/IP), und prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>%1 did not answer within the login timeout of %2 seconds</source>
        <translation>%1 hat nicht innerhalb des Anmeldetimeouts von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection, or the server is overloaded or not SQL Server. Check the firewall and the port, or raise the login timeout on a slow network.</source>
        <translation>Möglicherweise verwirft eine Firewall die Verbindung, oder der Server ist überlastet oder kein SQL Server. Prüfen Sie die Firewall und den Port, oder erhöhen Sie in einem langsamen Netzwerk den Anmeldetimeout.</translation>
    </message>
    <message>
        <source>The ODBC data source &quot;%1&quot; is not defined on this computer</source>
        <translation>Die ODBC-Datenquelle „%1“ ist auf diesem Computer nicht definiert</translation>
    </message>
    <message>
        <source>Define it in the ODBC administrator (odbcad32 on Windows, odbc.ini elsewhere), or choose a driver and server instead.</source>
        <translation>Definieren Sie sie im ODBC-Administrator (odbcad32 unter Windows, sonst odbc.ini), oder wählen Sie stattdessen einen Treiber und einen Server.</translation>
    </message>
    <message>
        <source>No ODBC driver is chosen</source>
        <translation>Es ist kein ODBC-Treiber ausgewählt</translation>
    </message>
    <message>
        <source>Choose an installed driver, such as ODBC Driver 18 for SQL Server.</source>
        <translation>Wählen Sie einen installierten Treiber, z. B. ODBC Driver 18 for SQL Server.</translation>
    </message>
    <message>
        <source>Install Microsoft ODBC Driver 18 for SQL Server (or FreeTDS), or choose an installed driver.</source>
        <translation>Installieren Sie Microsoft ODBC Driver 18 for SQL Server (oder FreeTDS), oder wählen Sie einen installierten Treiber.</translation>
    </message>
    <message>
        <source>Installed: %1.</source>
        <translation>Installiert: %1.</translation>
    </message>
    <message>
        <source>The ODBC driver &quot;%1&quot; is not installed</source>
        <translation>Der ODBC-Treiber „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <source>No server name is given</source>
        <translation>Es ist kein Servername angegeben</translation>
    </message>
    <message>
        <source>Enter the SQL Server&apos;s host name, with \INSTANCE for a named instance.</source>
        <translation>Geben Sie den Hostnamen des SQL Servers ein, bei einer benannten Instanz mit \INSTANZ.</translation>
    </message>
    <message>
        <source>No user name is given for the SQL Server login</source>
        <translation>Für die SQL Server-Anmeldung ist kein Benutzername angegeben</translation>
    </message>
    <message>
        <source>Enter the login&apos;s name, or choose Windows authentication.</source>
        <translation>Geben Sie den Namen der Anmeldung ein, oder wählen Sie Windows-Authentifizierung.</translation>
    </message>
    <message>
        <source>The server refused the encrypted connection (TLS/certificate)</source>
        <translation>Der Server hat die verschlüsselte Verbindung abgelehnt (TLS/Zertifikat)</translation>
    </message>
    <message>
        <source>Check the spelling of the server name, or use its IP address or fully qualified name (server.domain.com).</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens, oder verwenden Sie seine IP-Adresse oder seinen vollqualifizierten Namen (server.domain.com).</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The settings work.</source>
        <translation>Die Einstellungen funktionieren.</translation>
    </message>
</context>
<context>
    <name>EnvironmentJson</name>
    <message>
        <source>text</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; muss %2 sein</translation>
    </message>
    <message>
        <source>&quot;authentication&quot; must be &quot;windows&quot; or &quot;sqlLogin&quot;</source>
        <translation>&quot;authentication&quot; muss &quot;windows&quot; oder &quot;sqlLogin&quot; sein</translation>
    </message>
    <message>
        <source>each warning threshold must be below its critical threshold</source>
        <translation>jeder Warnschwellenwert muss unter seinem kritischen Schwellenwert liegen</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;passwordStorage&quot; must be &quot;askEveryTime&quot; or &quot;keychain&quot;</source>
        <translation>&quot;passwordStorage&quot; muss &quot;askEveryTime&quot; oder &quot;keychain&quot; sein</translation>
    </message>
    <message>
        <source>&quot;destinations&quot; must be a list of server names</source>
        <translation>&quot;destinations&quot; muss eine Liste von Servernamen sein</translation>
    </message>
    <message>
        <source>&quot;management&quot; (the management server&apos;s connection) is missing</source>
        <translation>&quot;management&quot; (die Verbindung des Verwaltungsservers) fehlt</translation>
    </message>
    <message>
        <source>it names neither a server nor a data source</source>
        <translation>sie nennt weder einen Server noch eine Datenquelle</translation>
    </message>
    <message>
        <source>it has no management database</source>
        <translation>sie hat keine Verwaltungsdatenbank</translation>
    </message>
    <message>
        <source>&quot;thresholds&quot; must be an object</source>
        <translation>&quot;thresholds&quot; muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Lab (simulated BizTalk group)</source>
        <translation>Labor (simulierte BizTalk-Gruppe)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Die Datei enthält kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file is not an environments export of this console (it lacks &quot;format&quot; or &quot;environments&quot;).</source>
        <translation>Die Datei ist kein Umgebungsexport dieser Konsole (es fehlt &quot;format&quot; oder &quot;environments&quot;).</translation>
    </message>
    <message>
        <source>The file was written in format %1 by a newer version of the console; this version reads format %2.</source>
        <translation>Die Datei wurde von einer neueren Version der Konsole im Format %1 geschrieben; diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>sie ist kein Objekt</translation>
    </message>
    <message>
        <source>Environment %1 was not imported: %2.</source>
        <translation>Umgebung %1 wurde nicht importiert: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Full (db)</source>
        <translation>Vollsicherung (db)</translation>
    </message>
    <message>
        <source>Log (lg)</source>
        <translation>Protokollsicherung (lg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Backup id</source>
        <translation>Sicherungs-ID</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Set complete</source>
        <translation>Satz vollständig</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored at</source>
        <translation>Wiederhergestellt am</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Schrittname</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PollResult</name>
    <message>
        <source>Polling...</source>
        <translation>Abfrage läuft...</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Not polled</source>
        <translation>Nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>PollTarget</name>
    <message>
        <source>Management (source)</source>
        <translation>Verwaltung (Quelle)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>PollTargets</name>
    <message>
        <source>Password needed - open this environment to poll it.</source>
        <translation>Kennwort erforderlich – öffnen Sie diese Umgebung, um sie abzufragen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Environments (*.json);;All files (*)</source>
        <translation>Umgebungen (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>BizTalk Log Shipping Console</source>
        <translation>BizTalk Log Shipping Console</translation>
    </message>
    <message>
        <source>The lab could not be prepared.

%1</source>
        <translation>Das Labor konnte nicht vorbereitet werden.

%1</translation>
    </message>
</context>
<context>
    <name>bts</name>
    <message>
        <source>Get Backup History</source>
        <translation>Get Backup History</translation>
    </message>
    <message>
        <source>Restore Databases</source>
        <translation>Restore Databases</translation>
    </message>
    <message>
        <source>Restore To Mark</source>
        <translation>Restore To Mark</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>MessageBox</source>
        <translation>MessageBox</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Rule Engine</source>
        <translation>Regel-Engine</translation>
    </message>
    <message>
        <source>Enterprise SSO</source>
        <translation>Enterprise SSO</translation>
    </message>
    <message>
        <source>BAM Primary Import</source>
        <translation>BAM-Primärimport</translation>
    </message>
    <message>
        <source>BAM Alerts Application</source>
        <translation>BAM-Warnungsanwendung</translation>
    </message>
    <message>
        <source>BAM Alerts Instance</source>
        <translation>BAM-Warnungsinstanz</translation>
    </message>
    <message>
        <source>BAM Star Schema</source>
        <translation>BAM-Sternschema</translation>
    </message>
    <message>
        <source>BAM Archive</source>
        <translation>BAM-Archiv</translation>
    </message>
    <message>
        <source>BAM Analysis</source>
        <translation>BAM-Analyse</translation>
    </message>
    <message>
        <source>Tracking Analysis</source>
        <translation>Nachverfolgungsanalyse</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Backup BizTalk Server job</source>
        <translation>Auftrag „Backup BizTalk Server“</translation>
    </message>
    <message>
        <source>BAM package + SQL backup</source>
        <translation>BAM-Paket + SQL-Sicherung</translation>
    </message>
    <message>
        <source>Analysis Services backup</source>
        <translation>Analysis Services-Sicherung</translation>
    </message>
</context>
<context>
    <name>bts::ApplyPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>T-SQL to run</source>
        <translation>Auszuführendes T-SQL</translation>
    </message>
    <message>
        <source>Result of each statement</source>
        <translation>Ergebnis jeder Anweisung</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>-- Nothing to change.</source>
        <translation>-- Nichts zu ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot apply:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Anwenden nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s)...</source>
        <translation>
            <numerusform>%n Anweisung wird ausgeführt...</numerusform>
            <numerusform>%n Anweisungen werden ausgeführt...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: done.</source>
        <translation>%1. %2: erledigt.</translation>
    </message>
    <message>
        <source>%1. %2: FAILED. %3</source>
        <translation>%1. %2: FEHLGESCHLAGEN. %3</translation>
    </message>
    <message>
        <source>%1. %2: not run.</source>
        <translation>%1. %2: nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Save T-SQL</source>
        <translation>T-SQL speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL-Skripts (*.sql)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Read a&amp;gain and retry</source>
        <translation>Erneut &amp;lesen und wiederholen</translation>
    </message>
</context>
<context>
    <name>bts::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Änderungsprotokoll filtern</translation>
    </message>
    <message>
        <source>Server, database, user, statement...</source>
        <translation>Server, Datenbank, Benutzer, Anweisung...</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in %1.</source>
        <translation>
            <numerusform>%n Änderung in %1.</numerusform>
            <numerusform>%n Änderungen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read and are shown as they are.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und wird unverändert angezeigt.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und werden unverändert angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::AuditLogModel</name>
    <message>
        <source>(unreadable entry)</source>
        <translation>(unlesbarer Eintrag)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>bts::AuditLogReader</name>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>bts::BackupFolderPage</name>
    <message>
        <source>Write log backups to the &amp;same folder</source>
        <translation>Protokollsicherungen in den&amp;selben Ordner schreiben</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Full backup folder</source>
        <translation>Ordner für Vollsicherungen</translation>
    </message>
    <message>
        <source>\\BACKUPSERVER\BizTalkBackups</source>
        <translation>\\BACKUPSERVER\BizTalkBackups</translation>
    </message>
    <message>
        <source>Log backup folder</source>
        <translation>Ordner für Protokollsicherungen</translation>
    </message>
    <message>
        <source>&amp;Full backups:</source>
        <translation>&amp;Vollsicherungen:</translation>
    </message>
    <message>
        <source>&amp;Log backups:</source>
        <translation>&amp;Protokollsicherungen:</translation>
    </message>
</context>
<context>
    <name>bts::BackupJobPage</name>
    <message>
        <source>Job:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Letzte Ausführung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Disable job</source>
        <translation>Auftrag d&amp;eaktivieren</translation>
    </message>
    <message>
        <source>&amp;Run job now...</source>
        <translation>Auftrag jetzt aus&amp;führen...</translation>
    </message>
    <message>
        <source>Force &amp;full backup...</source>
        <translation>Vollsicherung e&amp;rzwingen...</translation>
    </message>
    <message>
        <source>Refresh &amp;history</source>
        <translation>Verlauf ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Verlaufszeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Backup job history</source>
        <translation>Verlauf des Sicherungsauftrags</translation>
    </message>
    <message>
        <source>Message of the selected history entry</source>
        <translation>Meldung des ausgewählten Verlaufseintrags</translation>
    </message>
    <message>
        <source>Disable the backup job</source>
        <translation>Sicherungsauftrag deaktivieren</translation>
    </message>
    <message>
        <source>While the job is disabled no full or log backups are taken, and the destination falls further behind with every minute. Nothing changes until you press Apply.</source>
        <translation>Solange der Auftrag deaktiviert ist, werden weder Voll- noch Protokollsicherungen erstellt, und das Ziel fällt mit jeder Minute weiter zurück. Erst wenn Sie auf „Anwenden“ klicken, ändert sich etwas.</translation>
    </message>
    <message>
        <source>Enable the backup job</source>
        <translation>Sicherungsauftrag aktivieren</translation>
    </message>
    <message>
        <source>The job takes full and log backups on its schedule again. Nothing changes until you press Apply.</source>
        <translation>Der Auftrag erstellt wieder Voll- und Protokollsicherungen nach seinem Zeitplan. Erst wenn Sie auf „Anwenden“ klicken, ändert sich etwas.</translation>
    </message>
    <message>
        <source>Run the backup job now</source>
        <translation>Sicherungsauftrag jetzt ausführen</translation>
    </message>
    <message>
        <source>Starts the job now, outside its schedule: it takes a log backup set, and a full set if one is due or forced. Nothing runs until you press Apply.</source>
        <translation>Startet den Auftrag jetzt, außerhalb seines Zeitplans: Er erstellt einen Protokollsicherungssatz und einen Vollsicherungssatz, wenn einer fällig ist oder erzwungen wurde. Erst wenn Sie auf „Anwenden“ klicken, wird etwas ausgeführt.</translation>
    </message>
    <message>
        <source>Force a full backup</source>
        <translation>Vollsicherung erzwingen</translation>
    </message>
    <message>
        <source>Makes the job&apos;s next run take a full backup set of every database instead of waiting for its full backup frequency; run the job now afterwards to take it at once. Nothing changes until you press Apply.</source>
        <translation>Der nächste Lauf des Auftrags erstellt einen Vollsicherungssatz jeder Datenbank, statt auf die Häufigkeit der Vollsicherungen zu warten; führen Sie den Auftrag danach jetzt aus, um den Satz sofort zu erstellen. Erst wenn Sie auf „Anwenden“ klicken, ändert sich etwas.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Not found on %1.</source>
        <translation>Auf %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Enabled: the job takes backups on its schedule.</source>
        <translation>Aktiviert: Der Auftrag erstellt Sicherungen nach seinem Zeitplan.</translation>
    </message>
    <message>
        <source>Disabled: no backups are taken.</source>
        <translation>Deaktiviert: Es werden keine Sicherungen erstellt.</translation>
    </message>
    <message>
        <source>No schedule named %1: the job runs only when started.</source>
        <translation>Kein Zeitplan namens %1: Der Auftrag wird nur ausgeführt, wenn er gestartet wird.</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>Not repeating within a day</source>
        <translation>Keine Wiederholung innerhalb eines Tages</translation>
    </message>
    <message>
        <source>%1 (the schedule is disabled)</source>
        <translation>%1 (der Zeitplan ist deaktiviert)</translation>
    </message>
    <message>
        <source>%1 server time: %2, took %3.</source>
        <translation>%1 Serverzeit: %2, dauerte %3.</translation>
    </message>
    <message>
        <source>Failed at step %1 (%2).</source>
        <translation>Fehlgeschlagen bei Schritt %1 (%2).</translation>
    </message>
    <message>
        <source>Never run.</source>
        <translation>Nie ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Enable job</source>
        <translation>Auftrag a&amp;ktivieren</translation>
    </message>
    <message>
        <source>No history: the job was not found.</source>
        <translation>Kein Verlauf: Der Auftrag wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>No history: not connected to a group.</source>
        <translation>Kein Verlauf: Keine Verbindung mit einer Gruppe.</translation>
    </message>
    <message>
        <source>Reading the job history...</source>
        <translation>Auftragsverlauf wird gelesen...</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2 server time, %3 of them failed.</source>
        <translation>%1 seit %2 Serverzeit, davon %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 since %2 server time.</source>
        <translation>%1 seit %2 Serverzeit.</translation>
    </message>
</context>
<context>
    <name>bts::CallPreviewDialog</name>
    <message>
        <source>T-SQL to run</source>
        <translation>Auszuführendes T-SQL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>&amp;Apply on %1</source>
        <translation>Auf %1 &amp;anwenden</translation>
    </message>
    <message>
        <source>Save T-SQL</source>
        <translation>T-SQL speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL-Skripts (*.sql)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s)...</source>
        <translation>
            <numerusform>%n Anweisung wird ausgeführt...</numerusform>
            <numerusform>%n Anweisungen werden ausgeführt...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: done.</source>
        <translation>%1. %2: erledigt.</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
</context>
<context>
    <name>bts::CleanDestinationDialog</name>
    <message>
        <source>Clean a destination</source>
        <translation>Ziel bereinigen</translation>
    </message>
    <message>
        <source>The identifier the source was configured with on this destination (the meaning of this argument is not documented; the source&apos;s server name or the description).</source>
        <translation>Der Bezeichner, mit dem die Quelle auf diesem Ziel konfiguriert wurde (die Bedeutung dieses Arguments ist nicht dokumentiert; der Servername der Quelle oder die Beschreibung).</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Type the destination&apos;s name:</source>
        <translation>&amp;Namen des Ziels eingeben:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive:&lt;/b&gt; type &lt;b&gt;%1&lt;/b&gt; to allow Apply.</source>
        <translation>&lt;b&gt;Destruktiv:&lt;/b&gt; Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um „Anwenden“ freizugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) on %1 and the source.</source>
        <translation>
            <numerusform>%n Anweisung auf %1 und der Quelle.</numerusform>
            <numerusform>%n Anweisungen auf %1 und der Quelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning drops every database this destination restored and forgets its last restored set, so that the restore job starts again from the next full set with a later log set. Before: Restore Databases is disabled. After: a full backup is forced on the source, and Restore Databases enabled again.</source>
        <translation>Das Bereinigen löscht jede Datenbank, die dieses Ziel wiederhergestellt hat, und verwirft seinen zuletzt wiederhergestellten Satz, sodass der Wiederherstellungsauftrag wieder beim nächsten Vollsicherungssatz mit einem späteren Protokollsicherungssatz beginnt. Vorher: Restore Databases wird deaktiviert. Danach: Auf der Quelle wird eine Vollsicherung erzwungen, und Restore Databases wird wieder aktiviert.</translation>
    </message>
</context>
<context>
    <name>bts::ConfigurePage</name>
    <message>
        <source>&amp;Create the linked server to the management server (@fLinkServers = 1)</source>
        <translation>Verbindungsserver zum Verwaltungsserver &amp;erstellen (@fLinkServers = 1)</translation>
    </message>
    <message>
        <source>Source of the backups</source>
        <translation>Quelle der Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Management &amp;server:</source>
        <translation>Verwaltungs&amp;server:</translation>
    </message>
    <message>
        <source>The management server or database starts or ends with a space or a line break: remove it.</source>
        <translation>Der Verwaltungsserver oder die Verwaltungsdatenbank beginnt oder endet mit einem Leerzeichen oder Zeilenumbruch: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Ready to configure.</source>
        <translation>Bereit zur Konfiguration.</translation>
    </message>
    <message>
        <source>Management da&amp;tabase:</source>
        <translation>Verwaltungs&amp;datenbank:</translation>
    </message>
</context>
<context>
    <name>bts::ConfirmFailoverPage</name>
    <message>
        <source>Confirm the failover</source>
        <translation>Failover bestätigen</translation>
    </message>
    <message>
        <source>Type the management server&apos;s name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen des Verwaltungsservers ein</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt;, the SQL Server of the group&apos;s management database %2, to fail this group over to %3.</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, den SQL Server der Verwaltungsdatenbank %2 der Gruppe, um für diese Gruppe ein Failover auf %3 auszuführen.</translation>
    </message>
</context>
<context>
    <name>bts::ConnectDialog</name>
    <message>
        <source>&amp;Encrypt the connection</source>
        <translation>Verbindung &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Trust the server certificate</source>
        <translation>Dem Server&amp;zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Connect to a BizTalk group</source>
        <translation>Mit einer BizTalk-Gruppe verbinden</translation>
    </message>
    <message>
        <source>(none: use the driver below)</source>
        <translation>(keine: Treiber unten verwenden)</translation>
    </message>
    <message>
        <source>ODBC Driver 18 for SQL Server</source>
        <translation>ODBC Driver 18 for SQL Server</translation>
    </message>
    <message>
        <source>SQLSERVER or SQLSERVER\INSTANCE</source>
        <translation>SQLSERVER oder SQLSERVER\INSTANZ</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Windows (integrated)</source>
        <translation>Windows (integriert)</translation>
    </message>
    <message>
        <source>SQL Server login</source>
        <translation>SQL Server-Anmeldung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Data &amp;source (DSN):</source>
        <translation>Daten&amp;quelle (DSN):</translation>
    </message>
    <message>
        <source>ODBC &amp;driver:</source>
        <translation>O&amp;DBC-Treiber:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Management database:</source>
        <translation>Ver&amp;waltungsdatenbank:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Login timeout:</source>
        <translation>A&amp;nmeldetimeout:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>V&amp;erbinden</translation>
    </message>
</context>
<context>
    <name>bts::ConnectionEditor</name>
    <message>
        <source>&amp;Encrypt the connection</source>
        <translation>Verbindung &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Trust the server certificate</source>
        <translation>Dem Server&amp;zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Show driver te&amp;xt</source>
        <translation>Treiberte&amp;xt anzeigen</translation>
    </message>
    <message>
        <source>(none: use the driver below)</source>
        <translation>(keine: Treiber unten verwenden)</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>default instance</source>
        <translation>Standardinstanz</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Windows (integrated)</source>
        <translation>Windows (integriert)</translation>
    </message>
    <message>
        <source>SQL Server login</source>
        <translation>SQL Server-Anmeldung</translation>
    </message>
    <message>
        <source>Encrypt the connection</source>
        <translation>Verbindung verschlüsseln</translation>
    </message>
    <message>
        <source>Trust the server certificate</source>
        <translation>Dem Serverzertifikat vertrauen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Show driver text</source>
        <translation>Treibertext anzeigen</translation>
    </message>
    <message>
        <source>Driver text</source>
        <translation>Treibertext</translation>
    </message>
    <message>
        <source>Data &amp;source (DSN):</source>
        <translation>Daten&amp;quelle (DSN):</translation>
    </message>
    <message>
        <source>ODBC &amp;driver:</source>
        <translation>O&amp;DBC-Treiber:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Login timeout:</source>
        <translation>A&amp;nmeldetimeout:</translation>
    </message>
    <message>
        <source>&amp;Query timeout:</source>
        <translation>Abf&amp;ragetimeout:</translation>
    </message>
    <message>
        <source>Connection strin&amp;g:</source>
        <translation>Verbindungszeichen&amp;folge:</translation>
    </message>
    <message>
        <source>Testing the connection to %1...</source>
        <translation>Verbindung mit %1 wird getestet...</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bts::CustomDatabaseCheck</name>
    <message>
        <source>There is no database &apos;%1&apos; on %2.</source>
        <translation>Auf %2 gibt es keine Datenbank &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 uses the FULL recovery model: OK.</source>
        <translation>%1 verwendet das Wiederherstellungsmodell FULL: OK.</translation>
    </message>
    <message>
        <source>%1 uses the %2 recovery model: log backups need FULL. Run ALTER DATABASE %3 SET RECOVERY FULL first.</source>
        <translation>%1 verwendet das Wiederherstellungsmodell %2: Protokollsicherungen erfordern FULL. Führen Sie zuerst ALTER DATABASE %3 SET RECOVERY FULL aus.</translation>
    </message>
    <message>
        <source>The backup procedures and MarkLog are in %1: OK.</source>
        <translation>Die Sicherungsprozeduren und MarkLog befinden sich in %1: OK.</translation>
    </message>
    <message>
        <source>%1 lacks %2: run Backup_Setup_All_Procs.sql and Backup_Setup_All_Tables.sql from the BizTalk Schema folder in it first.</source>
        <translation>In %1 fehlt %2: Führen Sie darin zuerst Backup_Setup_All_Procs.sql und Backup_Setup_All_Tables.sql aus dem Schema-Ordner von BizTalk aus.</translation>
    </message>
    <message>
        <source>Make the account of the management server&apos;s SQL Server Agent a member of BTS_BACKUP_USERS in %1.</source>
        <translation>Machen Sie das Konto des SQL Server Agent auf dem Verwaltungsserver zu einem Mitglied von BTS_BACKUP_USERS in %1.</translation>
    </message>
    <message>
        <source>%1 has no BTS_BACKUP_USERS role: Backup_Setup_All_Procs.sql creates it.</source>
        <translation>%1 hat keine Rolle BTS_BACKUP_USERS: Backup_Setup_All_Procs.sql erstellt sie.</translation>
    </message>
</context>
<context>
    <name>bts::DatabaseDetailsPane</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %2 (set %3, %4 ago)</source>
        <translation>%1 %2 (Satz %3, vor %4)</translation>
    </message>
    <message>
        <source>server local time</source>
        <translation>lokale Serverzeit</translation>
    </message>
    <message>
        <source>Database details</source>
        <translation>Datenbankdetails</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a database to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Datenbank aus, um ihre Details anzuzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source> (master)</source>
        <translation> (Master)</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Backup method</source>
        <translation>Sicherungsmethode</translation>
    </message>
    <message>
        <source>In admv_BackupDatabases</source>
        <translation>In admv_BackupDatabases</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Recovery model</source>
        <translation>Wiederherstellungsmodell</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last full backup</source>
        <translation>Letzte Vollsicherung</translation>
    </message>
    <message>
        <source>Last log backup</source>
        <translation>Letzte Protokollsicherung</translation>
    </message>
</context>
<context>
    <name>bts::DatabaseStatus</name>
    <message>
        <source>Not configured in this group.</source>
        <translation>In dieser Gruppe nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Analysis Services database: back it up with SSAS, after the BAM data maintenance packages; the console cannot see it over SQL.</source>
        <translation>Analysis-Services-Datenbank: Sichern Sie sie mit SSAS, nach den BAM-Datenwartungspaketen; die Konsole kann sie über SQL nicht sehen.</translation>
    </message>
    <message>
        <source>Not found on %1: BAM is not configured, or uses another name.</source>
        <translation>Auf %1 nicht gefunden: BAM ist nicht konfiguriert oder verwendet einen anderen Namen.</translation>
    </message>
    <message>
        <source>Database not found on %1: the job cannot back it up. Check the name in the BizTalk configuration.</source>
        <translation>Datenbank auf %1 nicht gefunden: Der Auftrag kann sie nicht sichern. Prüfen Sie den Namen in der BizTalk-Konfiguration.</translation>
    </message>
    <message>
        <source>Not in the Backup BizTalk Server job: back it up with the BAM data maintenance package (BAMArchive before its last step), then a SQL Server backup.</source>
        <translation>Nicht im Auftrag Backup BizTalk Server: Sichern Sie sie mit dem BAM-Datenwartungspaket (BAMArchive vor seinem letzten Schritt), danach mit einer SQL Server-Sicherung.</translation>
    </message>
    <message>
        <source>Server %1 could not be read: status unknown.</source>
        <translation>Server %1 konnte nicht gelesen werden: Status unbekannt.</translation>
    </message>
    <message>
        <source>%1 recovery model: the job cannot take its log backups, so every log set is partial. Switch it to FULL, then force a full backup.</source>
        <translation>Wiederherstellungsmodell %1: Der Auftrag kann keine Protokollsicherungen erstellen, daher ist jeder Protokollsicherungssatz unvollständig. Stellen Sie die Datenbank auf FULL um, und erzwingen Sie dann eine Vollsicherung.</translation>
    </message>
    <message>
        <source>Missing from partial set %1: its backup failed. Read the job history, fix the cause, then force a full backup.</source>
        <translation>Fehlt im unvollständigen Sicherungssatz %1: Ihre Sicherung ist fehlgeschlagen. Lesen Sie den Auftragsverlauf, beheben Sie die Ursache, und erzwingen Sie dann eine Vollsicherung.</translation>
    </message>
    <message>
        <source>No full backup yet: the job takes one on its next run.</source>
        <translation>Noch keine Vollsicherung: Der Auftrag erstellt eine bei seiner nächsten Ausführung.</translation>
    </message>
    <message>
        <source>Never backed up: the backup job is disabled.</source>
        <translation>Nie gesichert: Der Sicherungsauftrag ist deaktiviert.</translation>
    </message>
    <message>
        <source>Full backup only; no log backup yet.</source>
        <translation>Nur Vollsicherung; noch keine Protokollsicherung.</translation>
    </message>
    <message>
        <source>No log backup for %1.</source>
        <translation>Die letzte Protokollsicherung liegt %1 zurück.</translation>
    </message>
    <message>
        <source>No full backup for %1.</source>
        <translation>Die letzte Vollsicherung liegt %1 zurück.</translation>
    </message>
    <message>
        <source>Log backup %1 ago (set %2).</source>
        <translation>Letzte Protokollsicherung ist %1 alt (Satz %2).</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; was not found in msdb on %2: nothing is backed up. Run the BizTalk configuration, or check the management database name.</source>
        <translation>Der Auftrag &apos;%1&apos; wurde in msdb auf %2 nicht gefunden: Es wird nichts gesichert. Führen Sie die BizTalk-Konfiguration aus, oder prüfen Sie den Namen der Verwaltungsdatenbank.</translation>
    </message>
    <message>
        <source>%1. Shown as it is; the console will not rewrite it without asking.</source>
        <translation>%1. Unverändert angezeigt; die Konsole schreibt dies nicht ohne Rückfrage um.</translation>
    </message>
    <message>
        <source>The job still has the &apos;&lt;destination path&gt;&apos; placeholder: configure the backup folder before enabling it.</source>
        <translation>Der Auftrag enthält noch den Platzhalter &apos;&lt;destination path&gt;&apos;: Konfigurieren Sie den Sicherungsordner, bevor Sie den Auftrag aktivieren.</translation>
    </message>
    <message>
        <source>The Backup BizTalk Server job is disabled: no backups are taken and the transaction logs grow. Configure it, then enable it.</source>
        <translation>Der Auftrag Backup BizTalk Server ist deaktiviert: Es werden keine Sicherungen erstellt, und die Transaktionsprotokolle wachsen. Konfigurieren Sie ihn, und aktivieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>The job&apos;s schedule &apos;%1&apos; is disabled: the job never runs on its own.</source>
        <translation>Der Zeitplan &apos;%1&apos; des Auftrags ist deaktiviert: Der Auftrag wird nie von selbst ausgeführt.</translation>
    </message>
    <message>
        <source>The last run of the job (%1 server time) failed in step %2 (%3): %4</source>
        <translation>Die letzte Ausführung des Auftrags (%1 Serverzeit) ist in Schritt %2 (%3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>The last run of the job (%1 server time) failed: %2</source>
        <translation>Die letzte Ausführung des Auftrags (%1 Serverzeit) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 set %2 is partial (%3 partial sets since the last full set): destinations skip it and every log set after it until the next complete full set. Fix the failing database, then force a full backup.</source>
        <translation>Sicherungssatz %2 (%1) ist unvollständig (%3 unvollständige Sätze seit dem letzten Vollsicherungssatz): Die Ziele überspringen ihn und jeden folgenden Protokollsicherungssatz bis zum nächsten vollständigen Vollsicherungssatz. Beheben Sie den Fehler der betroffenen Datenbank, und erzwingen Sie dann eine Vollsicherung.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollsicherung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokollsicherung</translation>
    </message>
    <message>
        <source>Job disabled: no new backups.</source>
        <translation>Auftrag deaktiviert: keine neuen Sicherungen.</translation>
    </message>
    <message>
        <source>%1: not found.</source>
        <translation>%1: nicht gefunden.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>alle %1 Minuten</translation>
    </message>
    <message>
        <source>on its schedule</source>
        <translation>gemäß Zeitplan</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>full backups %1</source>
        <translation>Vollsicherungen %1</translation>
    </message>
    <message>
        <source>at an unknown frequency</source>
        <translation>mit unbekannter Häufigkeit</translation>
    </message>
    <message>
        <source> at %1:00 server time</source>
        <translation> um %1:00 Uhr Serverzeit</translation>
    </message>
    <message>
        <source>log backups %1 to %2</source>
        <translation>Protokollsicherungen %1 in %2</translation>
    </message>
    <message>
        <source>mark &apos;%1&apos;</source>
        <translation>Markierung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>last run %1 server time %2</source>
        <translation>letzte Ausführung %1 Serverzeit: %2</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>newest complete log set %1</source>
        <translation>neuester vollständiger Protokollsicherungssatz %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 hours %2</source>
        <translation>%1 Stunden %2</translation>
    </message>
</context>
<context>
    <name>bts::DatabaseStatusModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Never backed up.</source>
        <translation>Nie gesichert.</translation>
    </message>
    <message>
        <source>%1 %2, %3 ago.</source>
        <translation>%1 %2, vor %3.</translation>
    </message>
    <message>
        <source>server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>MessageBox (master)</source>
        <translation>MessageBox (Master)</translation>
    </message>
    <message>
        <source>(not discovered)</source>
        <translation>(nicht ermittelt)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>n/a (SSAS)</source>
        <translation>k. A. (SSAS)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>no destination</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>nothing restored</source>
        <translation>nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Backup method</source>
        <translation>Sicherungsmethode</translation>
    </message>
    <message>
        <source>Recovery model</source>
        <translation>Wiederherstellungsmodell</translation>
    </message>
    <message>
        <source>Last full backup</source>
        <translation>Letzte Vollsicherung</translation>
    </message>
    <message>
        <source>Last log backup</source>
        <translation>Letzte Protokollsicherung</translation>
    </message>
    <message>
        <source>Restored on destinations</source>
        <translation>Auf Zielen wiederhergestellt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>bts::DatabasesPage</name>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Add to the job</source>
        <translation>Zum Auftrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Force a full backup on the job&apos;s next run</source>
        <translation>&amp;Vollsicherung beim nächsten Lauf des Auftrags erzwingen</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Databases backed up by the job</source>
        <translation>Vom Auftrag gesicherte Datenbanken</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Recovery model</source>
        <translation>Wiederherstellungsmodell</translation>
    </message>
    <message>
        <source>Custom databases; clear one to take it out of the job</source>
        <translation>Benutzerdefinierte Datenbanken; entfernen Sie das Häkchen bei einer Datenbank, um sie aus dem Auftrag zu nehmen</translation>
    </message>
    <message>
        <source>The server name</source>
        <translation>Der Servername</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Der Datenbankname</translation>
    </message>
    <message>
        <source>The default name</source>
        <translation>Der Standardname</translation>
    </message>
    <message>
        <source>same as the database</source>
        <translation>wie der Datenbankname</translation>
    </message>
    <message>
        <source>The BizTalk server name</source>
        <translation>Der BizTalk-Servername</translation>
    </message>
    <message>
        <source>Databases to add</source>
        <translation>Hinzuzufügende Datenbanken</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Custom databases in the job (clear one to take it out):</source>
        <translation>Benutzerdefinierte Datenbanken im Auftrag (Häkchen entfernen, um eine herauszunehmen):</translation>
    </message>
    <message>
        <source>Add a custom database:</source>
        <translation>Benutzerdefinierte Datenbank hinzufügen:</translation>
    </message>
    <message>
        <source>%1 on %2 (as &apos;%3&apos;)</source>
        <translation>%1 auf %2 (als &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Log backups need the FULL recovery model: every log set will be partial.</source>
        <translation>Protokollsicherungen erfordern das Wiederherstellungsmodell FULL: Jeder Protokollsicherungssatz wird unvollständig sein.</translation>
    </message>
    <message>
        <source>%1 on %2 (as &apos;%3&apos;, BizTalk server %4)</source>
        <translation>%1 auf %2 (als &apos;%3&apos;, BizTalk-Server %4)</translation>
    </message>
    <message>
        <source>: %1 recovery model, its log backups fail</source>
        <translation>: Wiederherstellungsmodell %1, ihre Protokollsicherungen schlagen fehl</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space: remove it.</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed for BizTalk server %2.</source>
        <translation>&apos;%1&apos; ist für den BizTalk-Server %2 bereits aufgeführt.</translation>
    </message>
    <message>
        <source>Checking %1 on %2...</source>
        <translation>%1 auf %2 wird geprüft...</translation>
    </message>
    <message>
        <source>A new database needs a full backup before its first log backup.</source>
        <translation>Eine neue Datenbank benötigt eine Vollsicherung vor ihrer ersten Protokollsicherung.</translation>
    </message>
    <message>
        <source>Defa&amp;ult name:</source>
        <translation>Standard&amp;name:</translation>
    </message>
    <message>
        <source>BizTalk s&amp;erver name:</source>
        <translation>&amp;BizTalk-Servername:</translation>
    </message>
</context>
<context>
    <name>bts::DestinationChecks</name>
    <message>
        <source>Set &apos;%1&apos; to %2 on %3</source>
        <translation>&apos;%1&apos; auf %3 auf den Wert %2 setzen</translation>
    </message>
    <message>
        <source>Make the option take effect</source>
        <translation>Die Option wirksam machen</translation>
    </message>
    <message>
        <source>SQL Server %1 on both %2 and %3: OK.</source>
        <translation>SQL Server %1 auf %2 und %3: OK.</translation>
    </message>
    <message>
        <source>%1 runs SQL Server %2 but the source %3 runs %4: the destination must run the same version (restores to another version are one-way).</source>
        <translation>Auf %1 läuft SQL Server %2, auf der Quelle %3 aber %4: Auf dem Ziel muss dieselbe Version laufen (Wiederherstellungen in eine andere Version sind nur in eine Richtung möglich).</translation>
    </message>
    <message>
        <source>Ad Hoc Distributed Queries is enabled: OK.</source>
        <translation>Ad Hoc Distributed Queries ist aktiviert: OK.</translation>
    </message>
    <message>
        <source>Ad Hoc Distributed Queries is disabled on %1: bts_ConfigureBizTalkLogShipping needs it. The console can enable it (sp_configure).</source>
        <translation>Ad Hoc Distributed Queries ist auf %1 deaktiviert: bts_ConfigureBizTalkLogShipping benötigt diese Option. Die Konsole kann sie aktivieren (sp_configure).</translation>
    </message>
    <message>
        <source>Could not tell whether SQL Server Agent runs on %1 (%2).</source>
        <translation>Es konnte nicht festgestellt werden, ob SQL Server Agent auf %1 läuft (%2).</translation>
    </message>
    <message>
        <source>SQL Server Agent runs on %1: OK.</source>
        <translation>SQL Server Agent läuft auf %1: OK.</translation>
    </message>
    <message>
        <source>SQL Server Agent is %1 on %2: the log-shipping jobs would never run. Start it and set it to start automatically.</source>
        <translation>SQL Server Agent hat auf %2 den Status „%1“: Die Protokollversand-Aufträge würden nie ausgeführt. Starten Sie den Dienst, und stellen Sie ihn auf automatischen Start ein.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 has a linked server to %2: OK.</source>
        <translation>%1 hat einen Verbindungsserver zu %2: OK.</translation>
    </message>
    <message>
        <source>%1 has no linked server to %2: configure with @fLinkServers = 1 to create it (RPC and RPC Out must be allowed).</source>
        <translation>%1 hat keinen Verbindungsserver zu %2: Konfigurieren Sie mit @fLinkServers = 1, um ihn zu erstellen (RPC und RPC Out müssen zugelassen sein).</translation>
    </message>
    <message>
        <source>Could not check %1 on %2 (%3).</source>
        <translation>%1 konnte auf %2 nicht geprüft werden (%3).</translation>
    </message>
    <message>
        <source>%1 can read the backup folder %2: OK.</source>
        <translation>%1 kann den Sicherungsordner %2 lesen: OK.</translation>
    </message>
    <message>
        <source>%1 exists on %2: OK.</source>
        <translation>%1 ist auf %2 vorhanden: OK.</translation>
    </message>
    <message>
        <source>%1 cannot see the backup folder %2: share it, or redirect the paths after configuring.</source>
        <translation>%1 sieht den Sicherungsordner %2 nicht: Geben Sie ihn frei, oder leiten Sie die Pfade nach dem Konfigurieren um.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: data and log files are restored to the same folders as on the source (RESTORE WITH MOVE is not supported). Create it first.</source>
        <translation>%1 ist auf %2 nicht vorhanden: Daten- und Protokolldateien werden in dieselben Ordner wie auf der Quelle wiederhergestellt (RESTORE WITH MOVE wird nicht unterstützt). Erstellen Sie den Ordner zuerst.</translation>
    </message>
    <message>
        <source>The source&apos;s Backup BizTalk Server job has no backup folder yet: configure it first, or nothing will reach %1.</source>
        <translation>Der Auftrag Backup BizTalk Server der Quelle hat noch keinen Sicherungsordner: Konfigurieren Sie ihn zuerst, sonst kommt auf %1 nichts an.</translation>
    </message>
    <message>
        <source>MSDTC must run on every node, and the destination&apos;s SQL Server Agent account needs a login on the source management server in BTS_BACKUP_USERS; create the BizTalk logins on %1 in advance.</source>
        <translation>MSDTC muss auf jedem Knoten laufen, und das Konto des SQL Server Agent auf dem Ziel benötigt auf dem Quell-Verwaltungsserver eine Anmeldung in BTS_BACKUP_USERS; erstellen Sie die BizTalk-Anmeldungen vorab auf %1.</translation>
    </message>
</context>
<context>
    <name>bts::DestinationChoicePage</name>
    <message>
        <source>Destination servers</source>
        <translation>Zielserver</translation>
    </message>
    <message>
        <source>Destination servers and what each restores</source>
        <translation>Zielserver und was jeder wiederherstellt</translation>
    </message>
    <message>
        <source>Destination SQL Server</source>
        <translation>Ziel-SQL Server</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Stellt wieder her</translation>
    </message>
    <message>
        <source>&amp;Add a destination</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Every source database</source>
        <translation>Alle Quelldatenbanken</translation>
    </message>
    <message>
        <source>Databases of %1</source>
        <translation>Datenbanken von %1</translation>
    </message>
    <message>
        <source>Row %1: name the destination SQL Server.</source>
        <translation>Zeile %1: Geben Sie den Ziel-SQL Server an.</translation>
    </message>
    <message>
        <source>Row %1: the server name has %2 characters; at most 128.</source>
        <translation>Zeile %1: Der Servername hat %2 Zeichen; zulässig sind höchstens 128.</translation>
    </message>
    <message>
        <source>Row %1: this destination is listed twice.</source>
        <translation>Zeile %1: Dieses Ziel ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Add a destination SQL Server.</source>
        <translation>Fügen Sie einen Ziel-SQL Server hinzu.</translation>
    </message>
    <message>
        <source>BizTalk log shipping from %1</source>
        <translation>BizTalk-Protokollversand von %1</translation>
    </message>
</context>
<context>
    <name>bts::DestinationPlanner</name>
    <message>
        <source>Enable %1 on %2</source>
        <translation>%1 auf %2 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1 on %2</source>
        <translation>%1 auf %2 deaktivieren</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The management server</source>
        <translation>Der Verwaltungsserver</translation>
    </message>
    <message>
        <source>The management database</source>
        <translation>Die Verwaltungsdatenbank</translation>
    </message>
    <message>
        <source>The destination server</source>
        <translation>Der Zielserver</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3.</source>
        <translation>%1 hat %2 Zeichen; zulässig sind höchstens %3.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Name the source server this destination restores, or choose all of them.</source>
        <translation>Geben Sie den Quellserver an, den dieses Ziel wiederherstellt, oder wählen Sie alle aus.</translation>
    </message>
    <message>
        <source>The source server name has %1 characters; at most 128.</source>
        <translation>Der Name des Quellservers hat %1 Zeichen; zulässig sind höchstens 128.</translation>
    </message>
    <message>
        <source>The source server name contains control characters.</source>
        <translation>Der Name des Quellservers enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The source server name starts or ends with a space: remove it.</source>
        <translation>Der Name des Quellservers beginnt oder endet mit einem Leerzeichen: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 does not meet the prerequisites: fix what the checks say first.</source>
        <translation>%1 erfüllt die Voraussetzungen nicht: Beheben Sie zuerst, was die Prüfungen melden.</translation>
    </message>
    <message>
        <source>%1 already has a log-shipping configuration: LogShipping_Destination_Schema.sql drops it. Type the server&apos;s name to confirm.</source>
        <translation>%1 hat bereits eine Protokollversand-Konfiguration: LogShipping_Destination_Schema.sql löscht sie. Geben Sie zur Bestätigung den Namen des Servers ein.</translation>
    </message>
    <message>
        <source>The scripts have never run on %1: they must run first.</source>
        <translation>Die Skripts wurden auf %1 noch nie ausgeführt: Sie müssen zuerst ausgeführt werden.</translation>
    </message>
    <message>
        <source>%1, batch %2 of %3 (line %4)</source>
        <translation>%1, Batch %2 von %3 (Zeile %4)</translation>
    </message>
    <message>
        <source>The destination scripts were not read: choose the BizTalk Schema folder.</source>
        <translation>Die Zielskripts wurden nicht gelesen: Wählen Sie den Schema-Ordner von BizTalk.</translation>
    </message>
    <message>
        <source>Configure %1 to restore %2</source>
        <translation>%1 konfigurieren, um %2 wiederherzustellen</translation>
    </message>
    <message>
        <source>the databases of %1</source>
        <translation>die Datenbanken von %1</translation>
    </message>
    <message>
        <source>every source database</source>
        <translation>alle Quelldatenbanken</translation>
    </message>
    <message>
        <source>bts_LogShippingDatabases on %1 has no column %2: paths cannot be redirected on this build.</source>
        <translation>bts_LogShippingDatabases auf %1 hat keine Spalte %2: In diesem Build können Pfade nicht umgeleitet werden.</translation>
    </message>
    <message>
        <source>%1 is not restored by %2.</source>
        <translation>%1 wird von %2 nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The folder for %1 is too long or contains control characters.</source>
        <translation>Der Ordner für %1 ist zu lang oder enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Read the backups of %1 from another folder</source>
        <translation>Die Sicherungen von %1 aus einem anderen Ordner lesen</translation>
    </message>
    <message>
        <source>No &apos;%1&apos; job on %2: did bts_ConfigureBizTalkLogShipping run?</source>
        <translation>Kein Auftrag &apos;%1&apos; auf %2: Wurde bts_ConfigureBizTalkLogShipping ausgeführt?</translation>
    </message>
    <message>
        <source>Name the source to clean (the identifier it was configured with).</source>
        <translation>Geben Sie die zu bereinigende Quelle an (den Bezeichner, mit dem sie konfiguriert wurde).</translation>
    </message>
    <message>
        <source>The source to clean has %1 characters; a server name has at most 128.</source>
        <translation>Die zu bereinigende Quelle hat %1 Zeichen; ein Servername hat höchstens 128.</translation>
    </message>
    <message>
        <source>No Restore Databases job on %1: is it configured?</source>
        <translation>Kein Auftrag Restore Databases auf %1: Ist der Server konfiguriert?</translation>
    </message>
    <message>
        <source>Drop the restored databases of %1 on %2 and forget its last restored set</source>
        <translation>Die wiederhergestellten Datenbanken von %1 auf %2 löschen und den zuletzt wiederhergestellten Satz dieser Quelle vergessen</translation>
    </message>
    <message>
        <source>Take a full backup on the source&apos;s next run, to restore from</source>
        <translation>Bei der nächsten Ausführung auf der Quelle eine Vollsicherung erstellen, von der wiederhergestellt werden kann</translation>
    </message>
</context>
<context>
    <name>bts::DestinationResultPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; restores %n database(s); jobs: %2&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; stellt %n Datenbank wieder her; Aufträge: %2&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; stellt %n Datenbanken wieder her; Aufträge: %2&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Configured:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;The destination restores a full set first, then every log set except the newest, which it holds back until a later one exists: one set behind is normal. Watch the &lt;i&gt;Restored on destinations&lt;/i&gt; column of the database grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;When the source fails:&lt;/b&gt; restore to the last mark from the destination.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Konfiguriert:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Das Ziel stellt zuerst einen Vollsicherungssatz wieder her, dann jeden Protokollsicherungssatz außer dem neuesten, den es zurückhält, bis ein späterer vorhanden ist: Ein Satz Rückstand ist normal. Beobachten Sie die Spalte &lt;i&gt;Auf Zielen wiederhergestellt&lt;/i&gt; in der Datenbankliste.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wenn die Quelle ausfällt:&lt;/b&gt; Stellen Sie vom Ziel aus bis zur letzten Markierung wieder her.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bts::DestinationWizard</name>
    <message>
        <source>Set up BizTalk log shipping</source>
        <translation>BizTalk-Protokollversand einrichten</translation>
    </message>
</context>
<context>
    <name>bts::Diagnostics</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation>CPU-Architektur</translation>
    </message>
    <message>
        <source>Qt SQL drivers</source>
        <translation>Qt-SQL-Treiber</translation>
    </message>
    <message>
        <source>Qt plugin paths</source>
        <translation>Qt-Pluginpfade</translation>
    </message>
    <message>
        <source>ODBC drivers</source>
        <translation>ODBC-Treiber</translation>
    </message>
    <message>
        <source>ODBC data sources</source>
        <translation>ODBC-Datenquellen</translation>
    </message>
    <message>
        <source>spdlog version</source>
        <translation>spdlog-Version</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Ordner der Anwendungsprotokolle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Lab folder</source>
        <translation>Laborordner</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>bts::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What the console knows about this system. Paste it into a bug report; it holds no password.</source>
        <translation>Was die Konsole über dieses System weiß. Fügen Sie es in einen Fehlerbericht ein; es enthält kein Kennwort.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>bts::EnvironmentForm</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>One destination SQL Server per line</source>
        <translation>Ein Ziel-SQL Server pro Zeile</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Keep in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Management SQL Server</source>
        <translation>Verwaltungs-SQL Server</translation>
    </message>
    <message>
        <source>&amp;Management database:</source>
        <translation>&amp;Verwaltungsdatenbank:</translation>
    </message>
    <message>
        <source>Password st&amp;orage:</source>
        <translation>Kennw&amp;ortspeicherung:</translation>
    </message>
    <message>
        <source>D&amp;estinations:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Log backup warning after:</source>
        <translation>Protokollsicherung, Warnung nach:</translation>
    </message>
    <message>
        <source>Log backup critical after:</source>
        <translation>Protokollsicherung, kritisch nach:</translation>
    </message>
    <message>
        <source>Full backup warning after:</source>
        <translation>Vollsicherung, Warnung nach:</translation>
    </message>
    <message>
        <source>Full backup critical after:</source>
        <translation>Vollsicherung, kritisch nach:</translation>
    </message>
    <message>
        <source>Restore lag warning after:</source>
        <translation>Wiederherstellungsrückstand, Warnung nach:</translation>
    </message>
    <message>
        <source>Restore lag critical after:</source>
        <translation>Wiederherstellungsrückstand, kritisch nach:</translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation>Geben Sie der Umgebung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the management SQL Server.</source>
        <translation>Geben Sie den Verwaltungs-SQL Server ein.</translation>
    </message>
    <message>
        <source>Enter the management database (usually BizTalkMgmtDb).</source>
        <translation>Geben Sie die Verwaltungsdatenbank ein (meist BizTalkMgmtDb).</translation>
    </message>
    <message>
        <source>Enter the SQL Server login&apos;s user name.</source>
        <translation>Geben Sie den Benutzernamen der SQL Server-Anmeldung ein.</translation>
    </message>
    <message>
        <source>The log backup warning must come before the critical threshold.</source>
        <translation>Die Warnung für Protokollsicherungen muss vor dem kritischen Schwellenwert liegen.</translation>
    </message>
    <message>
        <source>The full backup warning must come before the critical threshold.</source>
        <translation>Die Warnung für Vollsicherungen muss vor dem kritischen Schwellenwert liegen.</translation>
    </message>
    <message>
        <source>The restore lag warning must come before the critical threshold.</source>
        <translation>Die Warnung für den Wiederherstellungsrückstand muss vor dem kritischen Schwellenwert liegen.</translation>
    </message>
</context>
<context>
    <name>bts::EnvironmentsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Entfernen...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel editing</source>
        <translation>Bearbeitung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>The built-in simulated BizTalk group</source>
        <translation>Die integrierte simulierte BizTalk-Gruppe</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its password is in the system keychain.</source>
        <translation>„%1“ gespeichert; das Kennwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, but the password could not be kept in the system keychain: %2 The console will ask for it every time instead.</source>
        <translation>„%1“ gespeichert, aber das Kennwort konnte nicht im Schlüsselbund des Systems abgelegt werden: %2 Die Konsole fragt stattdessen jedes Mal danach.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;.</source>
        <translation>„%1“ erstellt.</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Remove the environment &quot;%1&quot;? Its password is removed from the keychain as well.</source>
        <translation>Die Umgebung „%1“ entfernen? Ihr Kennwort wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Import environments</source>
        <translation>Umgebungen importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n environment(s).</source>
        <translation>
            <numerusform>%n Umgebung importiert.</numerusform>
            <numerusform>%n Umgebungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, already present: %1.</source>
        <translation>Übersprungen, bereits vorhanden: %1.</translation>
    </message>
    <message>
        <source>Export environments</source>
        <translation>Umgebungen exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n environment(s) to %1, without passwords.</source>
        <translation>
            <numerusform>%n Umgebung ohne Kennwort nach %1 exportiert.</numerusform>
            <numerusform>%n Umgebungen ohne Kennwörter nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>Der Schlüsselbund hat das Kennwort nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Kennwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>bts::FindingsLabel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>bts::GroupBanner</name>
    <message>
        <source>Group status</source>
        <translation>Gruppenstatus</translation>
    </message>
    <message>
        <source>The Backup BizTalk Server job is enabled and its sets complete.</source>
        <translation>Der Auftrag „Backup BizTalk Server“ ist aktiviert, und seine Sätze sind vollständig.</translation>
    </message>
</context>
<context>
    <name>bts::HeadlineLabel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>bts::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Diagnostics...</source>
        <translation>&amp;Diagnose...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>Änderungs&amp;protokoll...</translation>
    </message>
</context>
<context>
    <name>bts::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation>&amp;Vor:</translation>
    </message>
    <message>
        <source>Con&amp;tains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Full (db)</source>
        <translation>Vollständig (db)</translation>
    </message>
    <message>
        <source>Log (lg)</source>
        <translation>Protokoll (lg)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Backup type</source>
        <translation>Sicherungstyp</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Auftragsname</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Step or message</source>
        <translation>Schritt oder Meldung</translation>
    </message>
    <message>
        <source>Mark or file name</source>
        <translation>Markierung oder Dateiname</translation>
    </message>
</context>
<context>
    <name>bts::HistoryPage</name>
    <message>
        <source>History shown</source>
        <translation>Angezeigter Verlauf</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>History rows</source>
        <translation>Verlaufszeilen</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Sicherungsverlauf</translation>
    </message>
    <message>
        <source>Log shipping history on %1</source>
        <translation>Protokollversandverlauf auf %1</translation>
    </message>
    <message>
        <source>Job history on %1</source>
        <translation>Auftragsverlauf auf %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1+ rows, counting…</source>
        <translation>%1+ Zeilen, Zählung läuft…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>bts::JobHistoryModel</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Job outcome</source>
        <translation>Auftragsergebnis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Server local time, as msdb records it.</source>
        <translation>Lokale Zeit des Servers, wie msdb sie aufzeichnet.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started (server time)</source>
        <translation>Gestartet (Serverzeit)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>bts::LabScaleDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Cancel generation</source>
        <translation>Generierung abbrechen</translation>
    </message>
    <message>
        <source>Lab at scale</source>
        <translation>Labor im großen Maßstab</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>History before the lab&apos;s oldest backup:</source>
        <translation>Verlauf vor der ältesten Sicherung des Labors:</translation>
    </message>
    <message>
        <source>Log backup every:</source>
        <translation>Protokollsicherung alle:</translation>
    </message>
    <message>
        <source>Round trip the console waits before each statement:</source>
        <translation>Umlaufzeit, die die Konsole vor jeder Anweisung wartet:</translation>
    </message>
    <message>
        <source>Cancelling after the chunk being written...</source>
        <translation>Abbruch nach dem Block, der gerade geschrieben wird...</translation>
    </message>
    <message>
        <source>Cancel the generation first, or wait for it to finish.</source>
        <translation>Brechen Sie zuerst die Generierung ab, oder warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>About %1 backup sets.</source>
        <translation>Etwa %1 Sicherungssätze.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Writing %1 backup sets...</source>
        <translation>%1 Sicherungssätze werden geschrieben...</translation>
    </message>
    <message>
        <source>Wrote %1 history rows in %2 s.</source>
        <translation>%1 Verlaufszeilen in %2 s geschrieben.</translation>
    </message>
    <message>
        <source>Round-trip latency of each simulated server</source>
        <translation>Antwortzeit jedes simulierten Servers</translation>
    </message>
</context>
<context>
    <name>bts::LagChart</name>
    <message>
        <source>Lag chart</source>
        <translation>Rückstandsdiagramm</translation>
    </message>
    <message>
        <source>Restored at (backup history time)</source>
        <translation>Wiederhergestellt (Zeit laut Sicherungsverlauf)</translation>
    </message>
    <message>
        <source>Minutes behind</source>
        <translation>Minuten Rückstand</translation>
    </message>
    <message>
        <source>%1 is %2 minutes behind</source>
        <translation>%1 ist %2 Minuten im Rückstand</translation>
    </message>
    <message>
        <source>%1: lag unknown</source>
        <translation>%1: Rückstand unbekannt</translation>
    </message>
    <message>
        <source>Warning at %1 min</source>
        <translation>Warnung ab %1 min</translation>
    </message>
    <message>
        <source>Critical at %1 min</source>
        <translation>Kritisch ab %1 min</translation>
    </message>
    <message>
        <source>warning at %1 minutes, critical at %2 minutes</source>
        <translation>Warnung ab %1 Minuten, kritisch ab %2 Minuten</translation>
    </message>
</context>
<context>
    <name>bts::LanguageMenu</name>
    <message>
        <source>The console keeps speaking %1.</source>
        <translation>Die Konsole bleibt bei %1.</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>Die Konsole spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default (%1)</source>
        <translation>&amp;Systemstandard (%1)</translation>
    </message>
</context>
<context>
    <name>bts::LogShippingPage</name>
    <message>
        <source>Log shipping status</source>
        <translation>Protokollversandstatus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the log shipping status of every server again</source>
        <translation>Den Protokollversandstatus aller Server erneut lesen</translation>
    </message>
    <message>
        <source>Refresh the log shipping status</source>
        <translation>Protokollversandstatus aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>&amp;HTML exportieren...</translation>
    </message>
    <message>
        <source>Export the status as an HTML report</source>
        <translation>Status als HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export the status as a CSV file</source>
        <translation>Status als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Databases per destination</source>
        <translation>Datenbanken je Ziel</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Jobs of the source and the destinations</source>
        <translation>Aufträge der Quelle und der Ziele</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Log shipping has not been read yet.</source>
        <translation>Der Protokollversand wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Evaluated %1 (source history time).</source>
        <translation>Ausgewertet %1 (Zeit des Sicherungsverlaufs der Quelle).</translation>
    </message>
    <message>
        <source>Newest complete log set %1, backed up %2.</source>
        <translation>Neuester vollständiger Protokollsicherungssatz %1, gesichert am %2.</translation>
    </message>
    <message>
        <source>Newest complete full set %1, backed up %2.</source>
        <translation>Neuester vollständiger Vollsicherungssatz %1, gesichert am %2.</translation>
    </message>
    <message>
        <source>Log shipping could not be read: %1</source>
        <translation>Der Protokollversand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no log shipping status to export yet.</source>
        <translation>Es gibt noch keinen Protokollversandstatus zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 is neither an .html nor a .csv file.</source>
        <translation>%1 ist weder eine .html- noch eine .csv-Datei.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the log shipping status as HTML</source>
        <translation>Protokollversandstatus als HTML exportieren</translation>
    </message>
    <message>
        <source>Export the log shipping status as CSV</source>
        <translation>Protokollversandstatus als CSV exportieren</translation>
    </message>
    <message>
        <source>HTML reports (*.html *.htm)</source>
        <translation>HTML-Berichte (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bts::MainWindow</name>
    <message>
        <source>BizTalk Log Shipping Console</source>
        <translation>BizTalk Log Shipping Console</translation>
    </message>
    <message>
        <source>Filter databases (name, server, role, status...)</source>
        <translation>Datenbanken filtern (Name, Server, Rolle, Status...)</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>Datenbanken filtern</translation>
    </message>
    <message>
        <source>Databases of the BizTalk group</source>
        <translation>Datenbanken der BizTalk-Gruppe</translation>
    </message>
    <message>
        <source>&amp;Backup job</source>
        <translation>&amp;Sicherungsauftrag</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Environments...</source>
        <translation>&amp;Umgebungen...</translation>
    </message>
    <message>
        <source>&amp;Connect to SQL Server...</source>
        <translation>Mit SQL Server &amp;verbinden...</translation>
    </message>
    <message>
        <source>Open the &amp;lab</source>
        <translation>&amp;Labor öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Configure the backup job...</source>
        <translation>Sicherungsauftrag &amp;konfigurieren...</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Set up log shipping...</source>
        <translation>Protokollversand &amp;einrichten...</translation>
    </message>
    <message>
        <source>&amp;Restore to the last mark...</source>
        <translation>Bis zur letzten Markierung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Resume the failover</source>
        <translation>Failover fortsetzen</translation>
    </message>
    <message>
        <source>Resume it where it stopped?</source>
        <translation>Das Failover dort fortsetzen, wo es stehen geblieben ist?</translation>
    </message>
    <message>
        <source>&amp;Clean a destination...</source>
        <translation>Ziel &amp;bereinigen...</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>&amp;Start the lab&apos;s backup job...</source>
        <translation>Sicherungsauftrag des Labors &amp;starten...</translation>
    </message>
    <message>
        <source>Make backups of the selected database &amp;fail</source>
        <translation>Sicherungen der ausgewählten Datenbank &amp;fehlschlagen lassen</translation>
    </message>
    <message>
        <source>&amp;Lose the source server (LABSQL01)</source>
        <translation>&amp;Quellserver verlieren (LABSQL01)</translation>
    </message>
    <message>
        <source>&amp;Pause the lab clock</source>
        <translation>Laboruhr &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Reset the lab...</source>
        <translation>Labor &amp;zurücksetzen...</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Reading the group</source>
        <translation>Gruppe wird gelesen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Zuletzt aktualisiert um %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Backup BizTalk Server job: not read, the management server did not answer.</source>
        <translation>Auftrag Backup BizTalk Server: nicht gelesen, der Verwaltungsserver hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Start the lab&apos;s backup job</source>
        <translation>Sicherungsauftrag des Labors starten</translation>
    </message>
    <message>
        <source>Points the BackupFull and MarkAndBackupLog steps at the lab&apos;s backup folder and enables the job. On a real system the source wizard does this. Nothing runs until you press Apply.</source>
        <translation>Richtet die Schritte BackupFull und MarkAndBackupLog auf den Sicherungsordner des Labors aus und aktiviert den Auftrag. Auf einem echten System erledigt dies der Assistent für die Quelle. Es wird nichts ausgeführt, bevor Sie auf „Anwenden“ klicken.</translation>
    </message>
    <message>
        <source>Reset the lab</source>
        <translation>Labor zurücksetzen</translation>
    </message>
    <message>
        <source>Delete every simulated database, backup file and history row of the lab and start again from a freshly configured BizTalk group?</source>
        <translation>Alle simulierten Datenbanken, Sicherungsdateien und Verlaufszeilen des Labors löschen und mit einer frisch konfigurierten BizTalk-Gruppe neu beginnen?</translation>
    </message>
    <message>
        <source>Environment: Lab</source>
        <translation>Umgebung: Labor</translation>
    </message>
    <message>
        <source>Lab - BizTalk Log Shipping Console</source>
        <translation>Labor - BizTalk Log Shipping Console</translation>
    </message>
    <message>
        <source>Lab clock %1 UTC (x%2)</source>
        <translation>Laboruhr %1 UTC (x%2)</translation>
    </message>
    <message>
        <source>Lab clock running</source>
        <translation>Laboruhr läuft</translation>
    </message>
    <message>
        <source>Lab clock paused</source>
        <translation>Laboruhr angehalten</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>%1 - BizTalk Log Shipping Console</source>
        <translation>%1 - BizTalk Log Shipping Console</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbindung wird hergestellt...</translation>
    </message>
    <message>
        <source>&amp;Healthy</source>
        <translation>&amp;Fehlerfrei</translation>
    </message>
    <message>
        <source>Destination &amp;behind</source>
        <translation>Ziel im &amp;Rückstand</translation>
    </message>
    <message>
        <source>&amp;Partial set</source>
        <translation>&amp;Unvollständiger Sicherungssatz</translation>
    </message>
    <message>
        <source>&amp;Gap in the restores</source>
        <translation>&amp;Lücke in den Wiederherstellungen</translation>
    </message>
    <message>
        <source>&amp;Missing backup file</source>
        <translation>Fehlende &amp;Sicherungsdatei</translation>
    </message>
    <message>
        <source>Backup job &amp;failing</source>
        <translation>Sicherungsauftrag schlägt fe&amp;hl</translation>
    </message>
    <message>
        <source>&amp;Source lost</source>
        <translation>&amp;Quelle verloren</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>Sz&amp;enario</translation>
    </message>
    <message>
        <source>&amp;Generate history...</source>
        <translation>Verlauf &amp;generieren...</translation>
    </message>
    <message>
        <source>Preparing the lab scenario &quot;%1&quot;...</source>
        <translation>Laborszenario „%1“ wird vorbereitet...</translation>
    </message>
    <message>
        <source>Lab scenario &quot;%1&quot; ready.</source>
        <translation>Laborszenario „%1“ ist bereit.</translation>
    </message>
    <message>
        <source>The lab scenario &quot;%1&quot; could not be prepared.</source>
        <translation>Das Laborszenario „%1“ konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Log shipping %1</source>
        <translation>Protokollversand: %1</translation>
    </message>
    <message>
        <source>D&amp;atabases</source>
        <translation>Date&amp;nbanken</translation>
    </message>
    <message>
        <source>Lo&amp;g shipping</source>
        <translation>&amp;Protokollversand</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>This group has no destination to clean: set up log shipping first.</source>
        <translation>Diese Gruppe hat kein Ziel, das bereinigt werden kann: Richten Sie zuerst den Protokollversand ein.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Backup job</source>
        <translation>Sicherungsauftrag</translation>
    </message>
    <message>
        <source>Log shipping</source>
        <translation>Protokollversand</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>bts::ManagementUpdate</name>
    <message>
        <source>adm_Group: no database it names has moved.</source>
        <translation>adm_Group: Keine der dort genannten Datenbanken wurde verschoben.</translation>
    </message>
    <message>
        <source>Point the group (adm_Group) at the moved tracking, master MessageBox, rule engine, BAM and SSO databases</source>
        <translation>Die Gruppe (adm_Group) auf die verschobenen Datenbanken für Nachverfolgung, Master-MessageBox, Regel-Engine, BAM und SSO umstellen</translation>
    </message>
    <message>
        <source>Move MessageBox %1 to %2 in adm_MessageBox</source>
        <translation>MessageBox %1 in adm_MessageBox nach %2 verschieben</translation>
    </message>
    <message>
        <source>Point the tracked-message copy job of %1 at the moved tracking database</source>
        <translation>Den Kopierauftrag für nachverfolgte Nachrichten von %1 auf die verschobene Nachverfolgungsdatenbank umstellen</translation>
    </message>
    <message>
        <source>Point the operations job of %1 at the moved master MessageBox</source>
        <translation>Den Operations-Auftrag von %1 auf die verschobene Master-MessageBox umstellen</translation>
    </message>
    <message>
        <source>The management database has no TDDS_Sources table with SourceName and ConnectionString: the tracking sources are not changed.</source>
        <translation>Die Verwaltungsdatenbank hat keine Tabelle TDDS_Sources mit SourceName und ConnectionString: Die Nachverfolgungsquellen werden nicht geändert.</translation>
    </message>
    <message>
        <source>Point the tracking service (TDDS_Sources) at MessageBox %1</source>
        <translation>Den Nachverfolgungsdienst (TDDS_Sources) auf MessageBox %1 umstellen</translation>
    </message>
    <message>
        <source>TDDS_Sources has no source named %1: nothing to change there.</source>
        <translation>TDDS_Sources hat keine Quelle namens %1: Dort ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 was not called in %2: %3</source>
        <translation>%1 wurde in %2 nicht aufgerufen: %3</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: that job keeps its old server; run UpdateDatabase.vbs or change the job by hand.</source>
        <translation>%1 existiert nicht in %2: Dieser Auftrag behält seinen alten Server; führen Sie UpdateDatabase.vbs aus, oder ändern Sie den Auftrag von Hand.</translation>
    </message>
    <message>
        <source>adm_Server is left as it is: UpdateDatabase.vbs would rename every BizTalk server to %1, which is right only when BizTalk runs on that machine.</source>
        <translation>adm_Server bleibt unverändert: UpdateDatabase.vbs würde jeden BizTalk-Server in %1 umbenennen, was nur richtig ist, wenn BizTalk auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>The management database has no adm_Server table with a Name column: the BizTalk servers are not renamed.</source>
        <translation>Die Verwaltungsdatenbank hat keine Tabelle adm_Server mit einer Spalte Name: Die BizTalk-Server werden nicht umbenannt.</translation>
    </message>
    <message>
        <source>Rename the BizTalk servers of the group (adm_Server) to %1</source>
        <translation>Die BizTalk-Server der Gruppe (adm_Server) in %1 umbenennen</translation>
    </message>
    <message>
        <source>The management database has no TDDS_Destinations table: the tracking destination is not changed.</source>
        <translation>Die Verwaltungsdatenbank hat keine Tabelle TDDS_Destinations: Das Nachverfolgungsziel wird nicht geändert.</translation>
    </message>
    <message>
        <source>Point the tracking service (TDDS_Destinations) at tracking database %1</source>
        <translation>Den Nachverfolgungsdienst (TDDS_Destinations) auf die Nachverfolgungsdatenbank %1 umstellen</translation>
    </message>
    <message>
        <source>TDDS_Destinations names no connection to %1: nothing to change there.</source>
        <translation>TDDS_Destinations nennt keine Verbindung zu %1: Dort ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to %2 in the backup job&apos;s list (adm_OtherBackupDatabases)</source>
        <translation>&apos;%1&apos; in der Liste des Sicherungsauftrags (adm_OtherBackupDatabases) nach %2 verschieben</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to %2 in adm_OtherDatabases</source>
        <translation>&apos;%1&apos; in adm_OtherDatabases nach %2 verschieben</translation>
    </message>
    <message>
        <source>BAM is updated by a component of the BizTalk servers: run UpdateDatabase.vbs on one of them (see the next page).</source>
        <translation>BAM wird von einer Komponente der BizTalk-Server aktualisiert: Führen Sie UpdateDatabase.vbs auf einem davon aus (siehe nächste Seite).</translation>
    </message>
    <message>
        <source>SampleUpdateInfo.xml names no new management database</source>
        <translation>SampleUpdateInfo.xml nennt keine neue Verwaltungsdatenbank</translation>
    </message>
    <message>
        <source>Fill in the new server and database of the ManagementDB line.</source>
        <translation>Tragen Sie den neuen Server und die neue Datenbank in der Zeile ManagementDB ein.</translation>
    </message>
</context>
<context>
    <name>bts::ManagementUpdatePage</name>
    <message>
        <source>Point BizTalk at the new servers</source>
        <translation>BizTalk auf die neuen Server umstellen</translation>
    </message>
    <message>
        <source>Rename the BizTalk servers in adm_Server</source>
        <translation>BizTalk-Server in adm_Server umbenennen</translation>
    </message>
    <message>
        <source>Also rename every BizTalk server in adm_Server to %1, as UpdateDatabase.vbs does (only right when BizTalk runs on that machine)</source>
        <translation>Außerdem jeden BizTalk-Server in adm_Server in %1 umbenennen, wie es UpdateDatabase.vbs tut (nur richtig, wenn BizTalk auf diesem Computer läuft)</translation>
    </message>
    <message>
        <source>Reading the new management database...</source>
        <translation>Die neue Verwaltungsdatenbank wird gelesen...</translation>
    </message>
    <message>
        <source>Cannot read the new management database: %1</source>
        <translation>Die neue Verwaltungsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>bts::OverviewPage</name>
    <message>
        <source>Not polled yet.</source>
        <translation>Noch nicht abgefragt.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Probe every server of every environment now</source>
        <translation>Jetzt jeden Server jeder Umgebung abfragen</translation>
    </message>
    <message>
        <source>Servers of every environment</source>
        <translation>Server aller Umgebungen</translation>
    </message>
    <message>
        <source>%1 of %2 servers reachable, %3 not answering, %4 not polled (password needed). Polled in parallel in %5 ms.</source>
        <translation>%1 von %2 Servern erreichbar, %3 antworten nicht, %4 nicht abgefragt (Kennwort erforderlich). Parallel abgefragt in %5 ms.</translation>
    </message>
</context>
<context>
    <name>bts::PasswordVault</name>
    <message>
        <source>No keychain is available on this system (no Secret Service, KWallet, Credential Manager or macOS Keychain answered): passwords cannot be kept there, choose &quot;Ask every time&quot; instead.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (weder Secret Service, KWallet, Anmeldeinformationsverwaltung noch macOS-Schlüsselbund hat geantwortet): Kennwörter können dort nicht gespeichert werden, wählen Sie stattdessen „Jedes Mal fragen“.</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for this environment.</source>
        <translation>Für diese Umgebung ist im Schlüsselbund kein Kennwort gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: unlock it or allow the console to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: Entsperren Sie ihn, oder erlauben Sie der Konsole, ihn zu verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain.</source>
        <translation>Das Kennwort konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>bts::PathsJobsPage</name>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>, every %1 minute(s)</source>
        <translation>, alle %1 Min.</translation>
    </message>
    <message>
        <source>, not scheduled</source>
        <translation>, ohne Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Enable Get Backup History and Restore Databases</source>
        <translation>Get Backup History und Restore Databases akt&amp;ivieren</translation>
    </message>
    <message>
        <source>Backup folders and jobs</source>
        <translation>Sicherungsordner und Aufträge</translation>
    </message>
    <message>
        <source>Where each destination reads each database&apos;s backups</source>
        <translation>Wo jedes Ziel die Sicherungen jeder Datenbank liest</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Full backups from (DBFileLocation)</source>
        <translation>Vollsicherungen aus (DBFileLocation)</translation>
    </message>
    <message>
        <source>Log backups from (LogFileLocation)</source>
        <translation>Protokollsicherungen aus (LogFileLocation)</translation>
    </message>
    <message>
        <source>Log-shipping jobs</source>
        <translation>Protokollversand-Aufträge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reading the destinations...</source>
        <translation>Die Ziele werden gelesen...</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) restored by the destinations.</source>
        <translation>
            <numerusform>%n Datenbank wird von den Zielen wiederhergestellt.</numerusform>
            <numerusform>%n Datenbanken werden von den Zielen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n Anweisung.</numerusform>
            <numerusform>%n Anweisungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::PreflightPage</name>
    <message>
        <source>I have read the &amp;warnings and want to go on</source>
        <translation>Ich habe die Warnungen &amp;gelesen und möchte fortfahren</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Reading the source and the destinations...</source>
        <translation>Die Quelle und die Ziele werden gelesen...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prüfung nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>bts::PrerequisitesPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n destination(s)...</source>
        <translation>
            <numerusform>%n Ziel wird geprüft...</numerusform>
            <numerusform>%n Ziele werden geprüft...</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not read the source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Quelle konnte nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> (log shipping is configured already)</source>
        <translation> (Protokollversand ist bereits konfiguriert)</translation>
    </message>
    <message>
        <source> It will be fixed as part of the change.</source>
        <translation> Dies wird im Rahmen der Änderung behoben.</translation>
    </message>
    <message>
        <source>A destination does not meet a prerequisite the console cannot fix: fix it, then check again.</source>
        <translation>Ein Ziel erfüllt eine Voraussetzung nicht, die die Konsole nicht beheben kann: Beheben Sie das Problem, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Every destination can be configured.</source>
        <translation>Jedes Ziel kann konfiguriert werden.</translation>
    </message>
</context>
<context>
    <name>bts::RestoreChecklists</name>
    <message>
        <source>Disable every receive location, and write down which were enabled.</source>
        <translation>Deaktivieren Sie jeden Empfangsspeicherort, und notieren Sie, welche aktiviert waren.</translation>
    </message>
    <message>
        <source>Stop every host instance, and write down which were running.</source>
        <translation>Beenden Sie jede Hostinstanz, und notieren Sie, welche ausgeführt wurden.</translation>
    </message>
    <message>
        <source>Stop the other BizTalk SQL Server Agent jobs on the BizTalk SQL Servers (the console disables the Backup BizTalk Server job on this page).</source>
        <translation>Beenden Sie die anderen SQL Server Agent-Aufträge von BizTalk auf den SQL Servern von BizTalk (die Konsole deaktiviert den Auftrag „Backup BizTalk Server“ auf dieser Seite).</translation>
    </message>
    <message>
        <source>If BAM is used: disable the BAM cube update and data maintenance SSIS packages.</source>
        <translation>Wenn BAM verwendet wird: Deaktivieren Sie die SSIS-Pakete für die BAM-Cubeaktualisierung und die BAM-Datenwartung.</translation>
    </message>
    <message>
        <source>Stop Analysis Services: net stop MSSQLServerOLAPService</source>
        <translation>Beenden Sie Analysis Services: net stop MSSQLServerOLAPService</translation>
    </message>
    <message>
        <source>Stop the other BizTalk services: net stop ENTSSO, and the Rule Engine Update Service.</source>
        <translation>Beenden Sie die anderen BizTalk-Dienste: net stop ENTSSO sowie den Rule Engine Update Service.</translation>
    </message>
    <message>
        <source>Close every client: BizTalk Administration consoles, Visual Studio, applications.</source>
        <translation>Schließen Sie jeden Client: BizTalk-Verwaltungskonsolen, Visual Studio, Anwendungen.</translation>
    </message>
    <message>
        <source>Check that no connection remains to the BizTalk databases: EXEC sp_who2 (kill only as a last resort).</source>
        <translation>Prüfen Sie, dass keine Verbindung zu den BizTalk-Datenbanken mehr besteht: EXEC sp_who2 (KILL nur als letztes Mittel).</translation>
    </message>
    <message>
        <source>If BAM is used: on one BizTalk server, from a 64-bit command prompt (%SystemDrive%\Windows\System32\cmd.exe), in the Schema\Restore folder of BizTalk: cscript UpdateDatabase.vbs SampleUpdateInfo.xml. The console made the script&apos;s database updates on the previous page; the script repeats them (they find nothing left to change, but it also renames every BizTalk server in adm_Server to the management SQL Server) and then updates BAM, which only a BizTalk server can do. With SQL Server 2016 or later, if it says &apos;Invalid connection string attribute&apos;, change conn.Provider = &quot;SQLOLEDB&quot; to &quot;MSOLEDBSQL&quot; in the script.</source>
        <translation>Wenn BAM verwendet wird: Auf einem BizTalk-Server an einer 64-Bit-Eingabeaufforderung (%SystemDrive%\Windows\System32\cmd.exe) im Ordner Schema\Restore von BizTalk: cscript UpdateDatabase.vbs SampleUpdateInfo.xml. Die Konsole hat die Datenbankaktualisierungen des Skripts auf der vorherigen Seite vorgenommen; das Skript wiederholt sie (sie finden nichts mehr zu ändern, aber das Skript benennt außerdem jeden BizTalk-Server in adm_Server in den Verwaltungs-SQL Server um) und aktualisiert dann BAM, was nur ein BizTalk-Server kann. Wenn es bei SQL Server 2016 oder höher &apos;Invalid connection string attribute&apos; meldet, ändern Sie im Skript conn.Provider = &quot;SQLOLEDB&quot; in &quot;MSOLEDBSQL&quot;.</translation>
    </message>
    <message>
        <source>Copy the same SampleUpdateInfo.xml to the Schema\Restore folder of every BizTalk server.</source>
        <translation>Kopieren Sie dieselbe SampleUpdateInfo.xml in den Ordner Schema\Restore jedes BizTalk-Servers.</translation>
    </message>
    <message>
        <source>On every BizTalk server, from a 64-bit command prompt: cscript UpdateRegistry.vbs SampleUpdateInfo.xml</source>
        <translation>Auf jedem BizTalk-Server an einer 64-Bit-Eingabeaufforderung: cscript UpdateRegistry.vbs SampleUpdateInfo.xml</translation>
    </message>
    <message>
        <source>Restart every BizTalk service (host instances) on every BizTalk server.</source>
        <translation>Starten Sie jeden BizTalk-Dienst (Hostinstanzen) auf jedem BizTalk-Server neu.</translation>
    </message>
    <message>
        <source>Restart Windows Management Instrumentation on every BizTalk server: powershell -Command &quot;Restart-Service -Name Winmgmt -Force&quot;</source>
        <translation>Starten Sie die Windows-Verwaltungsinstrumentation auf jedem BizTalk-Server neu: powershell -Command &quot;Restart-Service -Name Winmgmt -Force&quot;</translation>
    </message>
    <message>
        <source>If the Business Rule Engine is used: restart the Rule Engine Update Service on every server.</source>
        <translation>Wenn die Business Rule Engine verwendet wird: Starten Sie den Rule Engine Update Service auf jedem Server neu.</translation>
    </message>
    <message>
        <source>On the master secret server: ssoconfig -restoreSecret &lt;backup file&gt;  (in \Program Files\Common Files\Enterprise Single Sign-On); update the SSO server name in the group&apos;s properties if it moved.</source>
        <translation>Auf dem Server für den geheimen Hauptschlüssel: ssoconfig -restoreSecret &lt;backup file&gt;  (in \Program Files\Common Files\Enterprise Single Sign-On); aktualisieren Sie den Namen des SSO-Servers in den Eigenschaften der Gruppe, falls er verschoben wurde.</translation>
    </message>
    <message>
        <source>In BizTalk Administration: remove the BizTalk Group node, then Connect to Existing Group on %1, database %2.</source>
        <translation>In der BizTalk Server-Verwaltung: Entfernen Sie den Knoten „BizTalk-Gruppe“, und wählen Sie dann „Mit vorhandener Gruppe verbinden“ (Connect to Existing Group) für %1, Datenbank %2.</translation>
    </message>
    <message>
        <source>If BAM is used: restore BAMArchive, BAMStarSchema and BAMAnalysis from backups taken before the mark, then bm.exe get-config / update-config to point BAM at the new servers.</source>
        <translation>Wenn BAM verwendet wird: Stellen Sie BAMArchive, BAMStarSchema und BAMAnalysis aus Sicherungen wieder her, die vor der Markierung erstellt wurden, und richten Sie BAM dann mit bm.exe get-config / update-config auf die neuen Server aus.</translation>
    </message>
    <message>
        <source>Enable host instances and receive locations again, once the group checks out.</source>
        <translation>Aktivieren Sie Hostinstanzen und Empfangsspeicherorte wieder, sobald sich die Gruppe als einwandfrei erwiesen hat.</translation>
    </message>
</context>
<context>
    <name>bts::RestorePlanner</name>
    <message>
        <source>Disable %1 on %2</source>
        <translation>%1 auf %2 deaktivieren</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>%1 auf %2 starten</translation>
    </message>
    <message>
        <source>Stop taking backups on %1: disable %2</source>
        <translation>Sicherungen auf %1 beenden: %2 deaktivieren</translation>
    </message>
    <message>
        <source>The group has no destination to restore on.</source>
        <translation>Die Gruppe hat kein Ziel, auf dem wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 lacks one of the three log-shipping jobs: is it configured?</source>
        <translation>Auf %1 fehlt einer der drei Protokollversandaufträge: Ist der Protokollversand dort konfiguriert?</translation>
    </message>
</context>
<context>
    <name>bts::RestorePreflight</name>
    <message>
        <source>1 backup set</source>
        <translation>einen Sicherungssatz</translation>
    </message>
    <message>
        <source>%1 backup sets</source>
        <translation>%1 Sicherungssätze</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 has no %2 job: is log shipping configured on it?</source>
        <translation>%1 hat keinen Auftrag %2: Ist der Protokollversand dort konfiguriert?</translation>
    </message>
    <message>
        <source>%1 is running on %2: wait until it ends before restoring.</source>
        <translation>%1 läuft auf %2: Warten Sie vor der Wiederherstellung, bis der Auftrag beendet ist.</translation>
    </message>
    <message>
        <source>On %1, %2 (%3) and %4 (%5) are idle; the restore disables them first.</source>
        <translation>Auf %1 laufen %2 (%3) und %4 (%5) gerade nicht; die Wiederherstellung deaktiviert sie zuerst.</translation>
    </message>
    <message>
        <source>On %1, %2 (%3) and %4 (%5) are idle.</source>
        <translation>Auf %1 laufen %2 (%3) und %4 (%5) gerade nicht.</translation>
    </message>
    <message>
        <source>The last run of %1 on %2 failed: %3</source>
        <translation>Die letzte Ausführung von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Log shipping is not configured on %1: master has no bts_LogShippingDatabases.</source>
        <translation>Der Protokollversand ist auf %1 nicht konfiguriert: In master fehlt bts_LogShippingDatabases.</translation>
    </message>
    <message>
        <source>Nothing has been restored on %1 yet: there is no mark to restore to. Let Restore Databases restore a full set and a log set first.</source>
        <translation>Auf %1 wurde noch nichts wiederhergestellt: Es gibt keine Markierung, bis zu der wiederhergestellt werden kann. Lassen Sie Restore Databases zuerst einen Vollsicherungssatz und einen Protokollsicherungssatz wiederherstellen.</translation>
    </message>
    <message>
        <source>The mark and time of backup set %1, the last restored on %2, could not be read from its imported history.</source>
        <translation>Markierung und Zeitpunkt von Sicherungssatz %1, dem zuletzt auf %2 wiederhergestellten Satz, konnten nicht aus seinem importierten Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>%1 and %2 minutes</source>
        <translation>%1 und %2 Minuten</translation>
    </message>
    <message>
        <source>%1 is at backup set %2, %3 behind %4 at set %5: the destinations must be at the same set. Running Restore Databases once more on %1 may align them.</source>
        <translation>%1 steht bei Sicherungssatz %2 und liegt %3 hinter %4 (Satz %5) zurück: Die Ziele müssen beim selben Satz stehen. Wenn Restore Databases auf %1 noch einmal ausgeführt wird, gleichen sie sich möglicherweise an.</translation>
    </message>
    <message>
        <source>Every destination is at backup set %1.</source>
        <translation>Jedes Ziel steht bei Sicherungssatz %1.</translation>
    </message>
    <message>
        <source>The destinations that have restored a set are all at backup set %1.</source>
        <translation>Die Ziele, die einen Satz wiederhergestellt haben, stehen alle bei Sicherungssatz %1.</translation>
    </message>
    <message>
        <source>the source&apos;s newest complete log set %1</source>
        <translation>dem neuesten vollständigen Protokollsicherungssatz %1 der Quelle</translation>
    </message>
    <message>
        <source>the newest set it imported, %1</source>
        <translation>dem neuesten von ihm importierten Satz %1</translation>
    </message>
    <message>
        <source>%1 has restored %2.</source>
        <translation>%1 ist auf dem Stand von %2.</translation>
    </message>
    <message>
        <source>%1 is one set behind %2, as normal: the newest log is held back until a later one exists.</source>
        <translation>%1 liegt wie üblich einen Satz hinter %2 zurück: Die neueste Protokollsicherung wird zurückgehalten, bis eine spätere vorliegt.</translation>
    </message>
    <message>
        <source>%1 restored up to set %2, %3 behind %4 (one is normal). While Restore Databases is idle, run it once more on %1.</source>
        <translation>%1 hat bis Satz %2 wiederhergestellt und liegt %3 hinter %4 zurück (ein Satz ist normal). Führen Sie Restore Databases auf %1 noch einmal aus, während der Auftrag gerade nicht läuft.</translation>
    </message>
    <message>
        <source>server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>etwa 1 Minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>etwa %1 Stunden</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation>etwa %1 Tage</translation>
    </message>
    <message>
        <source>No destination has restored a backup set yet: there is no mark to restore to.</source>
        <translation>Noch kein Ziel hat einen Sicherungssatz wiederhergestellt: Es gibt keine Markierung, bis zu der wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>mark %1 (%2)</source>
        <translation>Markierung %1 (%2)</translation>
    </message>
    <message>
        <source>mark %1</source>
        <translation>Markierung %1</translation>
    </message>
    <message>
        <source>backup set %1 (%2, no mark recorded)</source>
        <translation>Sicherungssatz %1 (%2, keine Markierung erfasst)</translation>
    </message>
    <message>
        <source>backup set %1 (its mark and time are not known)</source>
        <translation>Sicherungssatz %1 (Markierung und Zeitpunkt unbekannt)</translation>
    </message>
    <message>
        <source>how much was backed up after it is not known.</source>
        <translation>wie viel danach gesichert wurde, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>no backup taken after it is lost.</source>
        <translation>keine danach erstellte Sicherung geht verloren.</translation>
    </message>
    <message>
        <source>backups taken after it are lost: %1 of what the destinations imported, and whatever the source backed up that they never imported.</source>
        <translation>danach erstellte Sicherungen gehen verloren: %1 dessen, was die Ziele importiert haben, und alles, was die Quelle gesichert hat, ohne dass die Ziele es importiert haben.</translation>
    </message>
    <message>
        <source>backups taken after it are lost: %1.</source>
        <translation>danach erstellte Sicherungen gehen verloren: %1.</translation>
    </message>
    <message>
        <source>Restoring now brings every database to %1; %2</source>
        <translation>Eine Wiederherstellung jetzt bringt jede Datenbank auf den Stand von %1; %2</translation>
    </message>
    <message>
        <source>the backup job</source>
        <translation>den Sicherungsauftrag</translation>
    </message>
    <message>
        <source>The source %1 still answers: %2 is disabled; stop BizTalk processing on the source before restoring.</source>
        <translation>Die Quelle %1 antwortet noch: %2 ist deaktiviert; beenden Sie vor der Wiederherstellung die BizTalk-Verarbeitung auf der Quelle.</translation>
    </message>
    <message>
        <source>The source %1 still answers: disable %2 on it first (the restore does) and stop BizTalk processing on the source.</source>
        <translation>Die Quelle %1 antwortet noch: Deaktivieren Sie dort zuerst %2 (das tut auch die Wiederherstellung), und beenden Sie die BizTalk-Verarbeitung auf der Quelle.</translation>
    </message>
    <message>
        <source>The source %1 cannot be reached: this pre-flight relies on what the destinations imported; backups the source took after that are not known.</source>
        <translation>Die Quelle %1 ist nicht erreichbar: Diese Vorabprüfung stützt sich auf das, was die Ziele importiert haben; Sicherungen, die die Quelle danach erstellt hat, sind nicht bekannt.</translation>
    </message>
    <message>
        <source>The group has no destination to restore on.</source>
        <translation>Die Gruppe hat kein Ziel, auf dem wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Backup set %1 on the source, taken %2, is partial: it is newer than the restore point, and neither it nor the log sets after it can be restored until a full set follows.</source>
        <translation>Sicherungssatz %1 auf der Quelle (erstellt: %2) ist unvollständig: Er ist neuer als der Wiederherstellungspunkt, und weder er noch die folgenden Protokollsicherungssätze können wiederhergestellt werden, bis ein Vollsicherungssatz folgt.</translation>
    </message>
    <message>
        <source>The restore point is %1 minutes older than the newest %2 (more than %3): check why the destinations fell behind before accepting the loss.</source>
        <translation>Der Wiederherstellungspunkt ist %1 Minuten älter als die neueste %2 (mehr als %3): Prüfen Sie, warum die Ziele in Rückstand geraten sind, bevor Sie den Verlust hinnehmen.</translation>
    </message>
    <message>
        <source>log backup on the source</source>
        <translation>Protokollsicherung auf der Quelle</translation>
    </message>
    <message>
        <source>backup the destinations imported</source>
        <translation>Sicherung, die die Ziele importiert haben</translation>
    </message>
    <message>
        <source>about %1 hours %2</source>
        <translation>etwa %1 Stunden %2</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>about %1 days %2</source>
        <translation>etwa %1 Tage %2</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
</context>
<context>
    <name>bts::RestoreReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>done by hand: %1</source>
        <translation>manuell erledigt: %1</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;Failover of %1&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif} table{border-collapse:collapse} td,th{border:1px solid #888;padding:4px;vertical-align:top} pre{margin:0;white-space:pre-wrap}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Failover of %1&lt;/h1&gt;&lt;p&gt;&lt;b&gt;To:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;By:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;From&lt;/b&gt; %4 &lt;b&gt;to&lt;/b&gt; %5 (UTC)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pre-flight:&lt;/b&gt; %6&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;When&lt;/th&gt;&lt;th&gt;Step&lt;/th&gt;&lt;th&gt;Server&lt;/th&gt;&lt;th&gt;T-SQL&lt;/th&gt;&lt;th&gt;Outcome&lt;/th&gt;&lt;th&gt;Took&lt;/th&gt;&lt;/tr&gt;%7&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;Failover von %1&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif} table{border-collapse:collapse} td,th{border:1px solid #888;padding:4px;vertical-align:top} pre{margin:0;white-space:pre-wrap}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Failover von %1&lt;/h1&gt;&lt;p&gt;&lt;b&gt;Nach:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Ausgeführt von:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Von&lt;/b&gt; %4 &lt;b&gt;bis&lt;/b&gt; %5 (UTC)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vorabprüfung:&lt;/b&gt; %6&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Zeitpunkt&lt;/th&gt;&lt;th&gt;Schritt&lt;/th&gt;&lt;th&gt;Server&lt;/th&gt;&lt;th&gt;T-SQL&lt;/th&gt;&lt;th&gt;Ergebnis&lt;/th&gt;&lt;th&gt;Dauer&lt;/th&gt;&lt;/tr&gt;%7&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>bts::RestoreReportPage</name>
    <message>
        <source>Restore report</source>
        <translation>Wiederherstellungsbericht</translation>
    </message>
    <message>
        <source>Where to write the report (HTML; a PDF is written beside it)</source>
        <translation>Speicherort des Berichts (HTML; daneben wird eine PDF-Datei geschrieben)</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Failover of %1</source>
        <translation>Failover von %1</translation>
    </message>
    <message>
        <source>Written: %1 and %2.</source>
        <translation>Geschrieben: %1 und %2.</translation>
    </message>
    <message>
        <source>The HTML report is written, but the PDF could not be: %1.</source>
        <translation>Der HTML-Bericht wurde geschrieben, die PDF-Datei jedoch nicht: %1.</translation>
    </message>
    <message>
        <source>&amp;Open the new group on %1 and configure its backup job</source>
        <translation>&amp;Neue Gruppe auf %1 öffnen und ihren Sicherungsauftrag konfigurieren</translation>
    </message>
    <message>
        <source>&amp;Open the new group and configure its backup job</source>
        <translation>&amp;Neue Gruppe öffnen und ihren Sicherungsauftrag konfigurieren</translation>
    </message>
    <message>
        <source>The management database has not been moved.</source>
        <translation>Die Verwaltungsdatenbank wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>Write the report first.</source>
        <translation>Schreiben Sie zuerst den Bericht.</translation>
    </message>
    <message>
        <source>Open the new group and set up its backup job</source>
        <translation>Die neue Gruppe öffnen und ihren Sicherungsauftrag einrichten</translation>
    </message>
</context>
<context>
    <name>bts::RestoreStepPage</name>
    <message>
        <source>What you do yourself; tick each when done</source>
        <translation>Was Sie selbst erledigen; haken Sie jeden Punkt ab, wenn er erledigt ist</translation>
    </message>
    <message>
        <source>What the console cannot do for you; tick each when done:</source>
        <translation>Was die Konsole nicht für Sie erledigen kann; haken Sie jeden Punkt ab, wenn er erledigt ist:</translation>
    </message>
    <message>
        <source>Reading the group...</source>
        <translation>Gruppe wird gelesen...</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n Anweisung.</numerusform>
            <numerusform>%n Anweisungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::RestoreToMarkPage</name>
    <message>
        <source>Restore to the last mark</source>
        <translation>Bis zur letzten Markierung wiederherstellen</translation>
    </message>
    <message>
        <source>State of each database on the destinations</source>
        <translation>Zustand jeder Datenbank auf den Zielen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Following the restore...</source>
        <translation>Die Wiederherstellung wird verfolgt...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore To Mark failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Restore To Mark ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 of %2 databases ONLINE.</source>
        <translation>%1 von %2 Datenbanken ONLINE.</translation>
    </message>
</context>
<context>
    <name>bts::RestoreWizard</name>
    <message>
        <source>A failover of %1 started %2 UTC by %3 stopped after the step &apos;%4&apos;.</source>
        <translation>Ein Failover von %1, gestartet am %2 UTC von %3, wurde nach dem Schritt &apos;%4&apos; unterbrochen.</translation>
    </message>
    <message>
        <source>Restore to the last mark</source>
        <translation>Bis zur letzten Markierung wiederherstellen</translation>
    </message>
    <message>
        <source>Stop processing on the source</source>
        <translation>Verarbeitung auf der Quelle beenden</translation>
    </message>
    <message>
        <source>Stop log shipping</source>
        <translation>Protokollversand beenden</translation>
    </message>
    <message>
        <source>Bring BizTalk up on the new servers</source>
        <translation>BizTalk auf den neuen Servern in Betrieb nehmen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>bts::ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing needed to change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es musste nichts geändert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changed on %1:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Geändert auf %1:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The job runs every %1 minutes and writes to &lt;tt&gt;%2&lt;/tt&gt;. Its first run takes a full backup; watch the database grid for the first complete set.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Auftrag wird alle %1 Minuten ausgeführt und schreibt nach &lt;tt&gt;%2&lt;/tt&gt;. Sein erster Lauf erstellt eine Vollsicherung; achten Sie in der Datenbankliste auf den ersten vollständigen Satz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; configure the destination system, so that a standby SQL Server imports this backup history and restores every log (BizTalk log shipping).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Als Nächstes:&lt;/b&gt; Konfigurieren Sie das Zielsystem, damit ein Standby-SQL Server diesen Sicherungsverlauf importiert und jedes Protokoll wiederherstellt (BizTalk-Protokollversand).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bts::RetentionPage</name>
    <message>
        <source>History to keep</source>
        <translation>Aufzubewahrender Verlauf</translation>
    </message>
    <message>
        <source>Days of backup history to keep</source>
        <translation>Tage des aufzubewahrenden Sicherungsverlaufs</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;aufbewahren für:</translation>
    </message>
</context>
<context>
    <name>bts::SchedulePage</name>
    <message>
        <source>Only at &amp;hour</source>
        <translation>Nur zur St&amp;unde</translation>
    </message>
    <message>
        <source>Use the server&apos;s local &amp;time for periods and time stamps</source>
        <translation>&amp;Lokale Zeit des Servers für Zeiträume und Zeitstempel verwenden</translation>
    </message>
    <message>
        <source>&amp;Force a full backup after a partial set</source>
        <translation>&amp;Vollsicherung nach unvollständigem Satz erzwingen</translation>
    </message>
    <message>
        <source>&amp;Compress backups</source>
        <translation>Sicherungen &amp;komprimieren</translation>
    </message>
    <message>
        <source>Schedule and marks</source>
        <translation>Zeitplan und Markierungen</translation>
    </message>
    <message>
        <source>Hourly (h)</source>
        <translation>Stündlich (h)</translation>
    </message>
    <message>
        <source>Daily (d), recommended</source>
        <translation>Täglich (d), empfohlen</translation>
    </message>
    <message>
        <source>Weekly (w)</source>
        <translation>Wöchentlich (w)</translation>
    </message>
    <message>
        <source>Monthly (m)</source>
        <translation>Monatlich (m)</translation>
    </message>
    <message>
        <source>Yearly (y)</source>
        <translation>Jährlich (y)</translation>
    </message>
    <message>
        <source>Backup hour, server local time</source>
        <translation>Sicherungsstunde, lokale Serverzeit</translation>
    </message>
    <message>
        <source>:00 server time</source>
        <translation>:00 Uhr Serverzeit</translation>
    </message>
    <message>
        <source>Mark name</source>
        <translation>Markierungsname</translation>
    </message>
    <message>
        <source>Job interval in minutes</source>
        <translation>Auftragsintervall in Minuten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Mark name:</source>
        <translation>&amp;Markierungsname:</translation>
    </message>
    <message>
        <source>Run the job &amp;every:</source>
        <translation>Auftrag ausführen &amp;alle:</translation>
    </message>
    <message>
        <source>This server&apos;s sp_BackupAllFull_Schedule has no %1: an older BizTalk build, so those settings are not offered.</source>
        <translation>sp_BackupAllFull_Schedule auf diesem Server kennt %1 nicht: ein älterer BizTalk-Build, daher werden diese Einstellungen nicht angeboten.</translation>
    </message>
    <message>
        <source>F&amp;ull backups:</source>
        <translation>Voll&amp;sicherungen:</translation>
    </message>
</context>
<context>
    <name>bts::ScriptsPage</name>
    <message>
        <source>&amp;Run both scripts in master on every destination</source>
        <translation>Beide Skripts in master auf jedem Ziel &amp;ausführen</translation>
    </message>
    <message>
        <source>Log-shipping scripts</source>
        <translation>Protokollversandskripts</translation>
    </message>
    <message>
        <source>BizTalk Schema folder</source>
        <translation>BizTalk-Ordner Schema</translation>
    </message>
    <message>
        <source>Type the destination names to confirm</source>
        <translation>Geben Sie zur Bestätigung die Zielnamen ein</translation>
    </message>
    <message>
        <source>BizTalk &amp;Schema folder:</source>
        <translation>BizTalk-Ordner &amp;Schema:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n batch(es).</source>
        <translation>
            <numerusform>%1: %n Batch.</numerusform>
            <numerusform>%1: %n Batches.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 already %2 log shipping configured. The schema script drops its tables: the imported history and what was restored is forgotten, and the restore starts again from the next full set. Type &lt;b&gt;%3&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; %1 %2 bereits einen konfigurierten Protokollversand. Das Schemaskript löscht dessen Tabellen: Der importierte Verlauf und das Wissen, was wiederhergestellt wurde, gehen verloren, und die Wiederherstellung beginnt erneut beim nächsten Vollsicherungssatz. Geben Sie zur Bestätigung &lt;b&gt;%3&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>has</source>
        <translation>hat</translation>
    </message>
    <message>
        <source>have</source>
        <translation>haben</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
</context>
<context>
    <name>bts::ServerPollModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>bts::ServerPoller</name>
    <message>
        <source>%1 has still not answered the probe sent %2 s ago; not probed again until it does. Check that the server is running and reachable.</source>
        <translation>%1 hat auf die vor %2 s gesendete Prüfanfrage noch immer nicht geantwortet; bis dahin wird der Server nicht erneut abgefragt. Prüfen Sie, ob der Server läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms; the console stopped waiting. Check that the server is running and reachable from this machine.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms; die Konsole hat das Warten beendet. Prüfen Sie, ob der Server läuft und von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Answered in %1 ms.</source>
        <translation>Antwort in %1 ms.</translation>
    </message>
    <message>
        <source>Answered in %1 ms; the server calls itself %2.</source>
        <translation>Antwort in %1 ms; der Server nennt sich selbst %2.</translation>
    </message>
</context>
<context>
    <name>bts::SetupApplyPage</name>
    <message>
        <source>Review and apply</source>
        <translation>Prüfen und anwenden</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) on %1.</source>
        <translation>
            <numerusform>%n Anweisung auf %1.</numerusform>
            <numerusform>%n Anweisungen auf %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bts::ShippingDatabaseModel</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restored set</source>
        <translation>Wiederhergestellter Satz</translation>
    </message>
    <message>
        <source>Sets behind</source>
        <translation>Sätze im Rückstand</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>bts::ShippingDestinationModel</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last restored set</source>
        <translation>Zuletzt wiederhergestellter Satz</translation>
    </message>
    <message>
        <source>Sets behind</source>
        <translation>Sätze im Rückstand</translation>
    </message>
    <message>
        <source>Time behind</source>
        <translation>Zeitlicher Rückstand</translation>
    </message>
    <message>
        <source>Last restored at</source>
        <translation>Zuletzt wiederhergestellt am</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>bts::ShippingExport</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>BizTalk log shipping of %1 at %2</source>
        <translation>BizTalk-Protokollversand von %1, Stand %2</translation>
    </message>
    <message>
        <source>Thresholds: newest log set warning after %1 and critical after %2 minutes; newest full set warning after %3 and critical after %4 hours; destination lag warning from %5 and critical from %6 minutes.</source>
        <translation>Schwellenwerte: neuester Protokollsicherungssatz Warnung nach %1 und kritisch nach %2 Minuten; neuester Vollsicherungssatz Warnung nach %3 und kritisch nach %4 Stunden; Rückstand der Ziele Warnung ab %5 und kritisch ab %6 Minuten.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of the report</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>What is wrong and what to do</source>
        <translation>Was falsch ist und was zu tun ist</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Last restored set</source>
        <translation>Zuletzt wiederhergestellter Satz</translation>
    </message>
    <message>
        <source>Restored at</source>
        <translation>Wiederhergestellt am</translation>
    </message>
    <message>
        <source>Newest imported set</source>
        <translation>Neuester importierter Satz</translation>
    </message>
    <message>
        <source>Sets behind</source>
        <translation>Sätze im Rückstand</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Sets behind the destination</source>
        <translation>Sätze im Rückstand zum Ziel</translation>
    </message>
</context>
<context>
    <name>bts::ShippingJobModel</name>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The job does not exist on %1.</source>
        <translation>Der Auftrag existiert auf %1 nicht.</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>BTS Log Shipping jobs</source>
        <translation>Aufträge BTS Log Shipping</translation>
    </message>
    <message>
        <source>No BTS Log Shipping job on %1: log shipping is not set up there.</source>
        <translation>Kein Auftrag BTS Log Shipping auf %1: Der Protokollversand ist dort nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes, every %1 min</source>
        <translation>Ja, alle %1 Min.</translation>
    </message>
    <message>
        <source>Yes, not scheduled</source>
        <translation>Ja, ohne Zeitplan</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
</context>
<context>
    <name>bts::ShippingMonitor</name>
    <message>
        <source>Log shipping of %1 has recovered (was %2): %3</source>
        <translation>Der Protokollversand von %1 hat sich erholt (vorher %2): %3</translation>
    </message>
    <message>
        <source>Log shipping of %1 is now %2: %3</source>
        <translation>Der Protokollversand von %1 hat jetzt den Status %2: %3</translation>
    </message>
    <message>
        <source>Log shipping of %1 is now %2 (was %3): %4</source>
        <translation>Der Protokollversand von %1 hat jetzt den Status %2 (vorher %3): %4</translation>
    </message>
</context>
<context>
    <name>bts::ShippingStatus</name>
    <message>
        <source>%1 on %2 last restored set %3, %4 behind the destination&apos;s set %5: a failover would bring it online at an older point than the other databases; read the Restore Databases job&apos;s last messages on %2 about this database.</source>
        <translation>%1 auf %2 hat zuletzt Sicherungssatz %3 wiederhergestellt, %4 hinter Sicherungssatz %5 des Ziels: Ein Failover würde die Datenbank auf einem älteren Stand online schalten als die anderen Datenbanken; lesen Sie die letzten Meldungen des Auftrags Restore Databases auf %2 zu dieser Datenbank.</translation>
    </message>
    <message>
        <source>%1 on %2 restored set %3, with the rest of the destination.</source>
        <translation>%1 auf %2 hat Sicherungssatz %3 wiederhergestellt, wie der Rest des Ziels.</translation>
    </message>
    <message>
        <source>%1 on %2 was never restored: it is shipped from its next full backup, so it waits for a full set; force a full backup on the source (Backup job tab) to ship it now.</source>
        <translation>%1 auf %2 wurde nie wiederhergestellt: Die Datenbank wird ab ihrer nächsten vollständigen Sicherung versendet und wartet daher auf einen Vollsicherungssatz; erzwingen Sie eine vollständige Sicherung auf der Quelle (Registerkarte „Sicherungsauftrag“), um sie jetzt zu versenden.</translation>
    </message>
    <message>
        <source>check that Get Backup History and Restore Databases run on %1, that SQL Server Agent runs there, and read the jobs&apos; last messages</source>
        <translation>prüfen Sie, ob Get Backup History und Restore Databases auf %1 laufen und ob SQL Server Agent dort läuft, und lesen Sie die letzten Meldungen der Aufträge</translation>
    </message>
    <message>
        <source>at its newest imported set</source>
        <translation>beim neuesten importierten Sicherungssatz</translation>
    </message>
    <message>
        <source>%1 behind its newest imported set %2</source>
        <translation>%1 hinter dem neuesten importierten Sicherungssatz %2</translation>
    </message>
    <message>
        <source>%1 behind the source&apos;s newest complete log set</source>
        <translation>%1 hinter dem neuesten vollständigen Protokollsicherungssatz der Quelle</translation>
    </message>
    <message>
        <source>no set behind the source</source>
        <translation>kein Sicherungssatz hinter der Quelle</translation>
    </message>
    <message>
        <source>one set behind, as log shipping holds the newest log set back</source>
        <translation>ein Sicherungssatz im Rückstand, da der Protokollversand den neuesten Protokollsicherungssatz zurückhält</translation>
    </message>
    <message>
        <source>%1 behind the source (%2)</source>
        <translation>%1 hinter der Quelle (%2)</translation>
    </message>
    <message>
        <source>%1 has nothing restored yet: it starts from a complete full set once a later log set is imported; %2.</source>
        <translation>%1 hat noch nichts wiederhergestellt: Der Server beginnt mit einem vollständigen Vollsicherungssatz, sobald ein späterer Protokollsicherungssatz importiert ist; %2.</translation>
    </message>
    <message>
        <source>%1 last restored %2; how far it trails is unknown, as there is no newer set to compare it with.</source>
        <translation>%1 hat zuletzt %2 wiederhergestellt; wie weit der Server zurückliegt, ist unbekannt, da es keinen neueren Sicherungssatz zum Vergleich gibt.</translation>
    </message>
    <message>
        <source>%1 keeps up: last restored %2, %3.</source>
        <translation>%1 hält Schritt: zuletzt wiederhergestellt %2, %3.</translation>
    </message>
    <message>
        <source>%1 is %2 behind its newest imported set %3, at %4: %5.</source>
        <translation>%1 liegt %2 hinter seinem neuesten importierten Sicherungssatz %3 und steht bei %4: %5.</translation>
    </message>
    <message>
        <source>%1 is %2 (%3) behind the source, at %4: %5.</source>
        <translation>%1 liegt %2 (%3) hinter der Quelle und steht bei %4: %5.</translation>
    </message>
    <message>
        <source>%1 is %2 behind the source, at %3: %4.</source>
        <translation>%1 liegt %2 hinter der Quelle und steht bei %3: %4.</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Sicherungssatz %1</translation>
    </message>
    <message>
        <source>sets %1 to %2</source>
        <translation>Sicherungssätze %1 bis %2</translation>
    </message>
    <message>
        <source>%1 skipped %2 (%3) although later sets were restored: its databases are not consistent; force a full backup on the source, the next full set repairs the chain.</source>
        <translation>%1 hat %2 (%3) übersprungen, obwohl spätere Sicherungssätze wiederhergestellt wurden: Seine Datenbanken sind nicht konsistent; erzwingen Sie eine vollständige Sicherung auf der Quelle, der nächste Vollsicherungssatz repariert die Kette.</translation>
    </message>
    <message>
        <source>partial set %1 (%2)</source>
        <translation>unvollständigen Sicherungssatz %1 (%2)</translation>
    </message>
    <message>
        <source>%1 and 1 later partial set</source>
        <translation>%1 und 1 späteren unvollständigen Sicherungssatz</translation>
    </message>
    <message>
        <source>%1 and %2 later partial sets</source>
        <translation>%1 und %2 spätere unvollständige Sicherungssätze</translation>
    </message>
    <message>
        <source>%1 imported %2: it cannot restore past set %3 and waits for the next full set; force a full backup on the source (Backup job tab).</source>
        <translation>%1 hat %2 importiert: Der Server kann nicht über Sicherungssatz %3 hinaus wiederherstellen und wartet auf den nächsten Vollsicherungssatz; erzwingen Sie eine vollständige Sicherung auf der Quelle (Registerkarte „Sicherungsauftrag“).</translation>
    </message>
    <message>
        <source>%1 cannot find the backup file %2 (and %3 more): its restores stop there; copy the file back, or force a full backup on the source (Backup job tab).</source>
        <translation>%1 findet die Sicherungsdatei %2 (und %3 weitere) nicht: Seine Wiederherstellungen halten dort an; kopieren Sie die Datei zurück, oder erzwingen Sie eine vollständige Sicherung auf der Quelle (Registerkarte „Sicherungsauftrag“).</translation>
    </message>
    <message>
        <source>%1 cannot find the backup file %2: its restores stop there; copy the file back, or force a full backup on the source (Backup job tab).</source>
        <translation>%1 findet die Sicherungsdatei %2 nicht: Seine Wiederherstellungen halten dort an; kopieren Sie die Datei zurück, oder erzwingen Sie eine vollständige Sicherung auf der Quelle (Registerkarte „Sicherungsauftrag“).</translation>
    </message>
    <message>
        <source>%1: no finding.</source>
        <translation>%1: kein Befund.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): whether it could restore is unknown; check that the server runs and that this login can read master and msdb there.</source>
        <translation>%1 kann nicht gelesen werden (%2): Ob der Server wiederherstellen könnte, ist unbekannt; prüfen Sie, ob der Server läuft und ob diese Anmeldung dort master und msdb lesen kann.</translation>
    </message>
    <message>
        <source>%1 has no log shipping configured: it restores nothing from this group; set it up (Destination &gt; Set up log shipping).</source>
        <translation>Auf %1 ist kein Protokollversand konfiguriert: Der Server stellt nichts aus dieser Gruppe wieder her; richten Sie ihn ein (Ziel &gt; Protokollversand einrichten).</translation>
    </message>
    <message>
        <source>The log shipping history on %1 could not be read (%2): how far it trails is unknown; check that this login can read the bts_LogShipping tables in master there.</source>
        <translation>Der Protokollversandverlauf auf %1 konnte nicht gelesen werden (%2): Wie weit der Server zurückliegt, ist unbekannt; prüfen Sie, ob diese Anmeldung dort die Tabellen bts_LogShipping in master lesen kann.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>%1 at set %2</source>
        <translation>%1 bei Sicherungssatz %2</translation>
    </message>
    <message>
        <source>The destinations are one log set apart (%1), as happens while their Restore Databases jobs run at different times; a failover needs them at the same set.</source>
        <translation>Die Ziele liegen einen Protokollsicherungssatz auseinander (%1), wie es vorkommt, während ihre Aufträge Restore Databases zu unterschiedlichen Zeiten laufen; ein Failover setzt voraus, dass sie beim selben Sicherungssatz stehen.</translation>
    </message>
    <message>
        <source>The destinations are at different last restored sets (%1): a failover brings every database to one mark only when they agree; run Restore Databases on %2.</source>
        <translation>Die Ziele stehen bei unterschiedlichen zuletzt wiederhergestellten Sicherungssätzen (%1): Ein Failover bringt nur dann jede Datenbank auf dieselbe Markierung, wenn sie übereinstimmen; führen Sie Restore Databases auf %2 aus.</translation>
    </message>
    <message>
        <source>%1 has no Get Backup History job: it imports no new backup history and falls behind; set log shipping up again (Destination &gt; Set up log shipping).</source>
        <translation>%1 hat keinen Auftrag Get Backup History: Der Server importiert keinen neuen Sicherungsverlauf und fällt zurück; richten Sie den Protokollversand erneut ein (Ziel &gt; Protokollversand einrichten).</translation>
    </message>
    <message>
        <source>%1 has no Restore Databases job: it restores nothing and falls behind; set log shipping up again (Destination &gt; Set up log shipping).</source>
        <translation>%1 hat keinen Auftrag Restore Databases: Der Server stellt nichts wieder her und fällt zurück; richten Sie den Protokollversand erneut ein (Ziel &gt; Protokollversand einrichten).</translation>
    </message>
    <message>
        <source>%1 has no Restore To Mark job: a failover cannot run there; set log shipping up again (Destination &gt; Set up log shipping).</source>
        <translation>%1 hat keinen Auftrag Restore To Mark: Dort kann kein Failover ausgeführt werden; richten Sie den Protokollversand erneut ein (Ziel &gt; Protokollversand einrichten).</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; on %2 is disabled: log shipping to %2 has stopped; enable it in SQL Server Agent on %2, or with Destination &gt; Set up log shipping.</source>
        <translation>Der Auftrag „%1“ auf %2 ist deaktiviert: Der Protokollversand an %2 ist angehalten; aktivieren Sie ihn im SQL Server Agent auf %2 oder über Ziel &gt; Protokollversand einrichten.</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; on %2 is disabled, as it should be before a restore to the last mark while the source is lost; enable it again only when log shipping to %2 resumes.</source>
        <translation>Der Auftrag „%1“ auf %2 ist deaktiviert, wie es vor einer Wiederherstellung bis zur letzten Markierung bei verlorener Quelle sein soll; aktivieren Sie ihn erst wieder, wenn der Protokollversand an %2 fortgesetzt wird.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; on %2 (%3 server time) failed: %4; it imports nothing while the source cannot be reached, but %2 can still restore to the last mark it imported.</source>
        <translation>Die letzte Ausführung von „%1“ auf %2 (%3 Serverzeit) ist fehlgeschlagen: %4; der Auftrag importiert nichts, solange die Quelle nicht erreichbar ist, aber %2 kann weiterhin bis zur letzten importierten Markierung wiederherstellen.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; on %2 (%3 server time) failed: %4; fix the cause, then check that its next run succeeds.</source>
        <translation>Die letzte Ausführung von „%1“ auf %2 (%3 Serverzeit) ist fehlgeschlagen: %4; beheben Sie die Ursache, und prüfen Sie dann, ob die nächste Ausführung erfolgreich ist.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; on %2 (%3 server time) was cancelled: check that its next run succeeds.</source>
        <translation>Die letzte Ausführung von „%1“ auf %2 (%3 Serverzeit) wurde abgebrochen: Prüfen Sie, ob die nächste Ausführung erfolgreich ist.</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; was not found on %2: no backups are taken, so the destinations receive nothing; run the BizTalk configuration, or check the management database name.</source>
        <translation>Der Auftrag „%1“ wurde auf %2 nicht gefunden: Es werden keine Sicherungen erstellt, daher erhalten die Ziele nichts; führen Sie die BizTalk-Konfiguration aus, oder prüfen Sie den Namen der Verwaltungsdatenbank.</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; is disabled: no backups are taken; enable it on the Backup job tab.</source>
        <translation>Der Auftrag „%1“ ist deaktiviert: Es werden keine Sicherungen erstellt; aktivieren Sie ihn auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The schedule &apos;%1&apos; of the job &apos;%2&apos; is disabled: the job never runs on its own, so no backups are taken; enable the schedule on the Backup job tab.</source>
        <translation>Der Zeitplan „%1“ des Auftrags „%2“ ist deaktiviert: Der Auftrag läuft nie von selbst, daher werden keine Sicherungen erstellt; aktivieren Sie den Zeitplan auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; (%2 server time) failed in step %3 (%4): %5; fix the cause, then check the next run on the Backup job tab.</source>
        <translation>Die letzte Ausführung von „%1“ (%2 Serverzeit) ist in Schritt %3 (%4) fehlgeschlagen: %5; beheben Sie die Ursache, und prüfen Sie dann die nächste Ausführung auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; (%2 server time) failed: %3; fix the cause, then check the next run on the Backup job tab.</source>
        <translation>Die letzte Ausführung von „%1“ (%2 Serverzeit) ist fehlgeschlagen: %3; beheben Sie die Ursache, und prüfen Sie dann die nächste Ausführung auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; (%2 server time) was cancelled: that backup was not taken; check that the next run succeeds on the Backup job tab.</source>
        <translation>Die letzte Ausführung von „%1“ (%2 Serverzeit) wurde abgebrochen: Diese Sicherung wurde nicht erstellt; prüfen Sie auf der Registerkarte „Sicherungsauftrag“, ob die nächste Ausführung erfolgreich ist.</translation>
    </message>
    <message>
        <source>The last run of &apos;%1&apos; (%2 server time) is being retried: that backup is late; check that the retry succeeds on the Backup job tab.</source>
        <translation>Die letzte Ausführung von „%1“ (%2 Serverzeit) wird wiederholt: Diese Sicherung ist verspätet; prüfen Sie auf der Registerkarte „Sicherungsauftrag“, ob die Wiederholung erfolgreich ist.</translation>
    </message>
    <message>
        <source>The source has no complete log set: the destinations have nothing to restore; check the history of the Backup BizTalk Server job on the Backup job tab.</source>
        <translation>Die Quelle hat keinen vollständigen Protokollsicherungssatz: Die Ziele haben nichts wiederherzustellen; prüfen Sie den Verlauf des Auftrags Backup BizTalk Server auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The newest complete log set is %1, taken %2 ago.</source>
        <translation>Der neueste vollständige Protokollsicherungssatz ist %1, erstellt vor %2.</translation>
    </message>
    <message>
        <source>No complete log set for %1 (the newest is %2): the destinations cannot restore anything newer; check that the Backup BizTalk Server job runs and read its history on the Backup job tab.</source>
        <translation>Seit %1 kein vollständiger Protokollsicherungssatz (der neueste ist %2): Die Ziele können nichts Neueres wiederherstellen; prüfen Sie, ob der Auftrag Backup BizTalk Server läuft, und lesen Sie seinen Verlauf auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The source has no complete full set: a destination cannot start or repair its chain; force a full backup on the Backup job tab.</source>
        <translation>Die Quelle hat keinen vollständigen Vollsicherungssatz: Ein Ziel kann seine Kette weder beginnen noch reparieren; erzwingen Sie eine vollständige Sicherung auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The newest complete full set is %1, taken %2 ago.</source>
        <translation>Der neueste vollständige Vollsicherungssatz ist %1, erstellt vor %2.</translation>
    </message>
    <message>
        <source>No complete full set for %1 (the newest is %2): a destination that loses its chain has nothing recent to restart from; check the job&apos;s full backup frequency, or force a full backup on the Backup job tab.</source>
        <translation>Seit %1 kein vollständiger Vollsicherungssatz (der neueste ist %2): Ein Ziel, dessen Kette unterbrochen wird, hat keinen aktuellen Stand für einen Neubeginn; prüfen Sie die Häufigkeit der vollständigen Sicherungen des Auftrags, oder erzwingen Sie eine vollständige Sicherung auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>Full set %1 (%2) is partial</source>
        <translation>Vollsicherungssatz %1 (%2) ist unvollständig</translation>
    </message>
    <message>
        <source>Log set %1 (%2) is partial</source>
        <translation>Protokollsicherungssatz %1 (%2) ist unvollständig</translation>
    </message>
    <message>
        <source>%1, without %2</source>
        <translation>%1, ohne %2</translation>
    </message>
    <message>
        <source>%1 (%2 partial sets since the last full set)</source>
        <translation>%1 (%2 unvollständige Sicherungssätze seit dem letzten Vollsicherungssatz)</translation>
    </message>
    <message>
        <source>%1: destinations skip it and every log set after it until the next full set; fix the cause in the job history, then force a full backup on the Backup job tab.</source>
        <translation>%1: Die Ziele überspringen ihn und jeden folgenden Protokollsicherungssatz bis zum nächsten Vollsicherungssatz; beheben Sie die Ursache anhand des Auftragsverlaufs, und erzwingen Sie dann eine vollständige Sicherung auf der Registerkarte „Sicherungsauftrag“.</translation>
    </message>
    <message>
        <source>The management server %1 cannot be read (%2): if it is lost, the destinations can still restore to their last mark (Destination &gt; Restore to the last mark).</source>
        <translation>Der Verwaltungsserver %1 kann nicht gelesen werden (%2): Falls er verloren ist, können die Ziele weiterhin bis zu ihrer letzten Markierung wiederherstellen (Ziel &gt; Bis zur letzten Markierung wiederherstellen).</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>set %1 (full, %2)</source>
        <translation>Sicherungssatz %1 (Vollsicherung, %2)</translation>
    </message>
    <message>
        <source>set %1 (mark %2, %3)</source>
        <translation>Sicherungssatz %1 (Markierung %2, %3)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 Sicherungssatz</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 Sicherungssätze</translation>
    </message>
    <message>
        <source>source unreachable</source>
        <translation>Quelle nicht erreichbar</translation>
    </message>
    <message>
        <source>backup job</source>
        <translation>Sicherungsauftrag</translation>
    </message>
    <message>
        <source>newest log age</source>
        <translation>Alter der neuesten Protokollsicherung</translation>
    </message>
    <message>
        <source>full backup age</source>
        <translation>Alter der vollständigen Sicherung</translation>
    </message>
    <message>
        <source>partial set</source>
        <translation>unvollständiger Sicherungssatz</translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <translation>Ziel nicht erreichbar</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>destination job</source>
        <translation>Auftrag auf dem Ziel</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>fehlende Datei</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>database behind</source>
        <translation>Datenbank im Rückstand</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem).</source>
        <translation>%1 (und 1 weiteres Problem).</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems).</source>
        <translation>%1 (und %2 weitere Probleme).</translation>
    </message>
    <message>
        <source>No destination to check.</source>
        <translation>Kein Ziel zu prüfen.</translation>
    </message>
    <message>
        <source>%1 lag unknown</source>
        <translation>%1 mit unbekanntem Rückstand</translation>
    </message>
    <message>
        <source>%1 %2 behind (%3)</source>
        <translation>%1 %2 im Rückstand (%3)</translation>
    </message>
    <message>
        <source>%1 %2 behind</source>
        <translation>%1 %2 im Rückstand</translation>
    </message>
    <message>
        <source>Every destination keeps up: %1.</source>
        <translation>Jedes Ziel hält Schritt: %1.</translation>
    </message>
    <message>
        <source>No destination server is known for this group: nothing is shipped, so there is no standby to restore; add one (Destination &gt; Set up log shipping).</source>
        <translation>Für diese Gruppe ist kein Zielserver bekannt: Es wird nichts versendet, daher gibt es kein Standby-System zum Wiederherstellen; fügen Sie einen hinzu (Ziel &gt; Protokollversand einrichten).</translation>
    </message>
</context>
<context>
    <name>bts::ShippingVerdictModel</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>bts::SourceJobPlanner</name>
    <message>
        <source>%1 on this server has no parameter @%2: this BizTalk build does not support the setting.</source>
        <translation>%1 hat auf diesem Server keinen Parameter @%2: Dieser BizTalk-Build unterstützt die Einstellung nicht.</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; does not exist on %2.</source>
        <translation>Der Auftrag „%1“ ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>The job has no step &apos;%1&apos;.</source>
        <translation>Der Auftrag hat keinen Schritt „%1“.</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>The job has no schedule &apos;%1&apos;.</source>
        <translation>Der Auftrag hat keinen Zeitplan „%1“.</translation>
    </message>
    <message>
        <source>Run the job every %1 minutes</source>
        <translation>Auftrag alle %1 Minuten ausführen</translation>
    </message>
    <message>
        <source>Stop backing up %1 (%2)</source>
        <translation>%1 (%2) nicht mehr sichern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in adm_OtherBackupDatabases for %2.</source>
        <translation>„%1“ ist für %2 bereits in adm_OtherBackupDatabases enthalten.</translation>
    </message>
    <message>
        <source>Back up %1 (%2) with the job</source>
        <translation>%1 (%2) mit dem Auftrag sichern</translation>
    </message>
    <message>
        <source>Enable the job</source>
        <translation>Auftrag aktivieren</translation>
    </message>
    <message>
        <source>Disable the job</source>
        <translation>Auftrag deaktivieren</translation>
    </message>
    <message>
        <source>Run the job now</source>
        <translation>Auftrag jetzt ausführen</translation>
    </message>
    <message>
        <source>Take a full backup on the job&apos;s next run</source>
        <translation>Bei der nächsten Ausführung des Auftrags eine vollständige Sicherung erstellen</translation>
    </message>
</context>
<context>
    <name>bts::SourceJobValidation</name>
    <message>
        <source>Log backup folder</source>
        <translation>Der Protokollsicherungsordner</translation>
    </message>
    <message>
        <source>Full backup folder</source>
        <translation>Der Vollsicherungsordner</translation>
    </message>
    <message>
        <source>%1 contains control characters (a tab or a line break?): remove them.</source>
        <translation>%1 enthält Steuerzeichen (einen Tabulator oder Zeilenumbruch?): Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 has %2 characters: @BackupPath is nvarchar(128), so SQL Server would silently cut it to 128.</source>
        <translation>%1 hat %2 Zeichen: @BackupPath ist nvarchar(128), daher würde SQL Server den Pfad ohne Meldung auf 128 Zeichen kürzen.</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space: remove it.</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 is empty: the job needs a folder to write its backups to.</source>
        <translation>%1 ist leer: Der Auftrag benötigt einen Ordner, in den er seine Sicherungen schreibt.</translation>
    </message>
    <message>
        <source>%1 is a UNC share (%2 of 128 characters): the destination can read the same files.</source>
        <translation>%1 ist eine UNC-Freigabe (%2 von 128 Zeichen): Das Ziel kann dieselben Dateien lesen.</translation>
    </message>
    <message>
        <source>%1 is a blob container URL: needs BizTalk Server 2016 Feature Pack 2 or later, and a SQL Server credential for the container on every server.</source>
        <translation>%1 ist eine Blobcontainer-URL: Erfordert BizTalk Server 2016 Feature Pack 2 oder höher sowie auf jedem Server SQL Server-Anmeldeinformationen für den Container.</translation>
    </message>
    <message>
        <source>%1 is a local folder: the destination must read the same files, so copy them to the same folder there yourself, or use a UNC share.</source>
        <translation>%1 ist ein lokaler Ordner: Das Ziel muss dieselben Dateien lesen. Kopieren Sie sie daher selbst in denselben Ordner auf dem Ziel, oder verwenden Sie eine UNC-Freigabe.</translation>
    </message>
    <message>
        <source>%1 is neither a drive path (G:\Backups), a UNC share (\\server\share) nor a blob URL.</source>
        <translation>%1 ist weder ein Laufwerkspfad (G:\Backups) noch eine UNC-Freigabe (\\server\share) noch eine Blob-URL.</translation>
    </message>
    <message>
        <source>The mark name is empty: it starts every mark and backup file name.</source>
        <translation>Der Markierungsname ist leer: Mit ihm beginnt jede Markierung und jeder Sicherungsdateiname.</translation>
    </message>
    <message>
        <source>The mark name contains control characters: remove them.</source>
        <translation>Der Markierungsname enthält Steuerzeichen: Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Mark name &apos;%1&apos; has %2 characters: SQL Server would silently cut it to %3.</source>
        <translation>Der Markierungsname &apos;%1&apos; hat %2 Zeichen: SQL Server würde ihn ohne Meldung auf %3 kürzen.</translation>
    </message>
    <message>
        <source>Mark name &apos;%1&apos; has characters other than letters, digits and &apos;_&apos;: BizTalk replaces punctuation with &apos;_&apos; and drops quotes, so marks and file names will differ from it.</source>
        <translation>Der Markierungsname &apos;%1&apos; enthält andere Zeichen als Buchstaben, Ziffern und &apos;_&apos;: BizTalk ersetzt Satzzeichen durch &apos;_&apos; und entfernt Anführungszeichen, daher weichen Markierungen und Dateinamen von ihm ab.</translation>
    </message>
    <message>
        <source>Mark name &apos;%1&apos; has %2 characters: OK.</source>
        <translation>Der Markierungsname &apos;%1&apos; hat %2 Zeichen: OK.</translation>
    </message>
    <message>
        <source>Frequency must be h, d, w, m or y.</source>
        <translation>Die Häufigkeit muss h, d, w, m oder y sein.</translation>
    </message>
    <message>
        <source>With full backups this rare, turn on &apos;force a full backup after a partial set&apos;: otherwise a partial set blocks log shipping until the next full set.</source>
        <translation>Bei so seltenen Vollsicherungen aktivieren Sie „Vollsicherung nach unvollständigem Satz erzwingen“: Andernfalls blockiert ein unvollständiger Satz den Protokollversand bis zum nächsten Vollsicherungssatz.</translation>
    </message>
    <message>
        <source>The backup hour must be between 0 and 23 (server local time).</source>
        <translation>Die Sicherungsstunde muss zwischen 0 und 23 liegen (lokale Serverzeit).</translation>
    </message>
    <message>
        <source>The backup hour is ignored with hourly full backups.</source>
        <translation>Bei stündlichen Vollsicherungen wird die Sicherungsstunde ignoriert.</translation>
    </message>
    <message>
        <source>A full backup is only taken when a run falls in hour %1: keep the job interval under 60 minutes.</source>
        <translation>Eine Vollsicherung wird nur erstellt, wenn ein Lauf in die Stunde %1 fällt: Halten Sie das Auftragsintervall unter 60 Minuten.</translation>
    </message>
    <message>
        <source>The job interval must be between 1 and 1440 minutes.</source>
        <translation>Das Auftragsintervall muss zwischen 1 und 1440 Minuten liegen.</translation>
    </message>
    <message>
        <source>Every %1 minutes marks every database very often: each mark blocks new distributed transactions for a moment.</source>
        <translation>Alle %1 Minuten wird jede Datenbank sehr häufig markiert: Jede Markierung blockiert kurzzeitig neue verteilte Transaktionen.</translation>
    </message>
    <message>
        <source>Every %1 minutes: transaction logs grow between runs and more work is lost after a failure.</source>
        <translation>Alle %1 Minuten: Transaktionsprotokolle wachsen zwischen den Läufen, und nach einem Ausfall geht mehr Arbeit verloren.</translation>
    </message>
    <message>
        <source>Days of history to keep must be between 0 and 32767.</source>
        <translation>Die Anzahl der Tage, für die der Verlauf aufbewahrt wird, muss zwischen 0 und 32767 liegen.</translation>
    </message>
    <message>
        <source>0 days: the backup history is never purged and grows forever.</source>
        <translation>0 Tage: Der Sicherungsverlauf wird nie bereinigt und wächst unbegrenzt.</translation>
    </message>
    <message>
        <source>The job never deletes backup files: purge them yourself.</source>
        <translation>Der Auftrag löscht nie Sicherungsdateien: Bereinigen Sie sie selbst.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; the column holds %3.</source>
        <translation>%1 hat %2 Zeichen; die Spalte fasst %3.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The default name</source>
        <translation>Der Standardname</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Der Datenbankname</translation>
    </message>
    <message>
        <source>The server name</source>
        <translation>Der Servername</translation>
    </message>
    <message>
        <source>The BizTalk server name</source>
        <translation>Der BizTalk-Servername</translation>
    </message>
</context>
<context>
    <name>bts::SourceWizard</name>
    <message>
        <source>Configure the Backup BizTalk Server job</source>
        <translation>Auftrag Backup BizTalk Server konfigurieren</translation>
    </message>
</context>
<context>
    <name>bts::SummaryPage</name>
    <message>
        <source>I have read the step commands below and want them &amp;replaced</source>
        <translation>Ich habe die folgenden Schrittbefehle gelesen und möchte sie &amp;ersetzen</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Prüfen und anwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the console cannot read the current command of %1. Applying replaces it with the command below; copy the old one first if it holds something you need.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Die Konsole kann den aktuellen Befehl von %1 nicht lesen. Beim Anwenden wird er durch den folgenden Befehl ersetzt; kopieren Sie zuerst den alten, falls er etwas enthält, das Sie benötigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) on %1.</source>
        <translation>
            <numerusform>%n Anweisung auf %1.</numerusform>
            <numerusform>%n Anweisungen auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading again failed: %1</source>
        <translation>Erneutes Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bts::UpdateInfoPage</name>
    <message>
        <source>MessageBox (master)</source>
        <translation>MessageBox (Master)</translation>
    </message>
    <message>
        <source>MessageBox</source>
        <translation>MessageBox</translation>
    </message>
    <message>
        <source>SampleUpdateInfo.xml</source>
        <translation>SampleUpdateInfo.xml</translation>
    </message>
    <message>
        <source>Old and new server and database of every database</source>
        <translation>Alter und neuer Server und Datenbank jeder Datenbank</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Old server</source>
        <translation>Alter Server</translation>
    </message>
    <message>
        <source>Old name</source>
        <translation>Alter Name</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Where to save SampleUpdateInfo.xml</source>
        <translation>Speicherort für SampleUpdateInfo.xml</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Save SampleUpdateInfo.xml</source>
        <translation>SampleUpdateInfo.xml speichern</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Reading the group from its restored management database...</source>
        <translation>Die Gruppe wird aus ihrer wiederhergestellten Verwaltungsdatenbank gelesen...</translation>
    </message>
    <message>
        <source>The group has no destination.</source>
        <translation>Die Gruppe hat kein Ziel.</translation>
    </message>
    <message>
        <source>The group could not be read from its restored management database: %1 Fill in the file by hand, or run Restore To Mark first.</source>
        <translation>Die Gruppe konnte nicht aus ihrer wiederhergestellten Verwaltungsdatenbank gelesen werden: %1 Füllen Sie die Datei von Hand aus, oder führen Sie zuerst Restore To Mark aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) in the file; it reads back as written.</source>
        <translation>
            <numerusform>%n Datenbank in der Datei; die Datei wurde zurückgelesen und entspricht dem Geschriebenen.</numerusform>
            <numerusform>%n Datenbanken in der Datei; die Datei wurde zurückgelesen und entspricht dem Geschriebenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
</context>
<context>
    <name>bts::UpdateInfoXml</name>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>a Database under OtherDatabases</source>
        <translation>einem Database-Element unter OtherDatabases</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>einem Leerzeichen</translation>
    </message>
    <message>
        <source>white space</source>
        <translation>einem Leerraumzeichen</translation>
    </message>
    <message>
        <source>%1 starts with %2: UpdateDatabase.vbs would look for &apos;%3&apos;</source>
        <translation>%1 beginnt mit %2: UpdateDatabase.vbs würde nach &apos;%3&apos; suchen</translation>
    </message>
    <message>
        <source>%1 ends with %2: UpdateDatabase.vbs would look for &apos;%3&apos;</source>
        <translation>%1 endet mit %2: UpdateDatabase.vbs würde nach &apos;%3&apos; suchen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 contains a control character (a line break or tab, say): no server or database name does</source>
        <translation>%1 enthält ein Steuerzeichen (etwa einen Zeilenumbruch oder Tabulator): Kein Server- oder Datenbankname enthält eines</translation>
    </message>
    <message>
        <source>a Database under OtherDatabases has no Name</source>
        <translation>ein Database-Element unter OtherDatabases hat kein Attribut Name</translation>
    </message>
    <message>
        <source>Name &apos;%1&apos;</source>
        <translation>Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Name &apos;%1&apos; must be written &apos;%2&apos;: UpdateDatabase.vbs finds the SSO server with the case-sensitive XPath Database[@Name=&apos;SSO&apos;]</source>
        <translation>Name &apos;%1&apos; muss &apos;%2&apos; geschrieben werden: UpdateDatabase.vbs findet den SSO-Server über den XPath-Ausdruck Database[@Name=&apos;SSO&apos;], der Groß-/Kleinschreibung unterscheidet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 is a second master (IsMaster=&quot;1&quot;, as is %2): a BizTalk group has exactly one master MessageBox</source>
        <translation>%1 ist ein zweiter Master (IsMaster=&quot;1&quot;, wie %2): Eine BizTalk-Gruppe hat genau eine Master-MessageBox</translation>
    </message>
    <message>
        <source>%1 on %2 is listed twice: once the first line has moved it, the second finds nothing to update</source>
        <translation>%1 auf %2 ist zweimal aufgeführt: Sobald die erste Zeile die Datenbank verschoben hat, findet die zweite nichts mehr zu aktualisieren</translation>
    </message>
    <message>
        <source>OtherDatabases lists %1 twice: UpdateDatabase.vbs updates every adm_OtherBackupDatabases row of that name, so the last line wins</source>
        <translation>OtherDatabases führt %1 zweimal auf: UpdateDatabase.vbs aktualisiert jede Zeile in adm_OtherBackupDatabases mit diesem Namen, daher gilt die letzte Zeile</translation>
    </message>
    <message>
        <source>%1 appears more than once: UpdateDatabase.vbs reads only the first</source>
        <translation>%1 kommt mehrmals vor: UpdateDatabase.vbs liest nur das erste Vorkommen</translation>
    </message>
    <message>
        <source>No MessageBoxDB: UpdateDatabase.vbs needs the master MessageBox (IsMaster=&quot;1&quot;) even when it does not move, to update the jobs that point at the other databases</source>
        <translation>Kein MessageBoxDB-Element: UpdateDatabase.vbs benötigt die Master-MessageBox (IsMaster=&quot;1&quot;) auch dann, wenn sie nicht verschoben wird, um die Aufträge zu aktualisieren, die auf die anderen Datenbanken verweisen</translation>
    </message>
    <message>
        <source>No MessageBoxDB has IsMaster=&quot;1&quot;: UpdateDatabase.vbs would not move the master MessageBox in adm_Group</source>
        <translation>Kein MessageBoxDB-Element hat IsMaster=&quot;1&quot;: UpdateDatabase.vbs würde die Master-MessageBox in adm_Group nicht verschieben</translation>
    </message>
    <message>
        <source>BAM %1 without PrimaryImportDatabase: the BAM section must say where BAMPrimaryImport was and where it is now</source>
        <translation>BAM %1 ohne PrimaryImportDatabase: Der BAM-Abschnitt muss angeben, wo sich BAMPrimaryImport bisher befand und wo es sich jetzt befindet</translation>
    </message>
    <message>
        <source>Correct the update file: UpdateDatabase.vbs does not check it.</source>
        <translation>Korrigieren Sie die Aktualisierungsdatei: UpdateDatabase.vbs prüft sie nicht.</translation>
    </message>
    <message>
        <source>unexpected text &apos;%1&apos;</source>
        <translation>unerwarteter Text &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in &lt;%2&gt; must be written &lt;%3&gt;: UpdateDatabase.vbs reads element names case-sensitively</source>
        <translation>&lt;%1&gt; in &lt;%2&gt; muss &lt;%3&gt; geschrieben werden: UpdateDatabase.vbs unterscheidet bei Elementnamen Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;: UpdateDatabase.vbs would ignore it</source>
        <translation>unbekanntes Element &lt;%1&gt; in &lt;%2&gt;: UpdateDatabase.vbs würde es ignorieren</translation>
    </message>
    <message>
        <source>attribute %1 of %2 must be written %3: UpdateDatabase.vbs reads it case-sensitively</source>
        <translation>Attribut %1 von %2 muss %3 geschrieben werden: UpdateDatabase.vbs unterscheidet dabei Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>unknown attribute %1 on %2: UpdateDatabase.vbs would ignore it</source>
        <translation>unbekanntes Attribut %1 an %2: UpdateDatabase.vbs würde es ignorieren</translation>
    </message>
    <message>
        <source>IsMaster=&quot;%1&quot; on MessageBoxDB: UpdateDatabase.vbs only knows &quot;1&quot; (the master) and &quot;0&quot;</source>
        <translation>IsMaster=&quot;%1&quot; an MessageBoxDB: UpdateDatabase.vbs kennt nur &quot;1&quot; (der Master) und &quot;0&quot;</translation>
    </message>
    <message>
        <source>Database without Name under OtherDatabases</source>
        <translation>Database ohne Name unter OtherDatabases</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 ohne %2</translation>
    </message>
    <message>
        <source>unknown Property &apos;%1&apos; in %2: it holds ServerName and DatabaseName</source>
        <translation>unbekanntes Property-Element &apos;%1&apos; in %2: Erwartet werden ServerName und DatabaseName</translation>
    </message>
    <message>
        <source>a second Property %1 in %2</source>
        <translation>ein zweites Property-Element %1 in %2</translation>
    </message>
    <message>
        <source>%1 without Property %2</source>
        <translation>%1 ohne Property %2</translation>
    </message>
    <message>
        <source>DeploymentUnit without Name in &lt;BAM&gt;</source>
        <translation>DeploymentUnit ohne Name in &lt;BAM&gt;</translation>
    </message>
    <message>
        <source>a second DeploymentUnit %1 (the first is on line %2)</source>
        <translation>eine zweite DeploymentUnit %1 (die erste steht in Zeile %2)</translation>
    </message>
    <message>
        <source>DeploymentUnit Alert is not handled by this console: list the BAM alerts databases under &lt;OtherDatabases&gt; instead</source>
        <translation>DeploymentUnit Alert wird von dieser Konsole nicht verarbeitet: Führen Sie die BAM-Warnungsdatenbanken stattdessen unter &lt;OtherDatabases&gt; auf</translation>
    </message>
    <message>
        <source>unknown DeploymentUnit &apos;%1&apos; in &lt;BAM&gt;</source>
        <translation>unbekannte DeploymentUnit &apos;%1&apos; in &lt;BAM&gt;</translation>
    </message>
    <message>
        <source>an empty &lt;BAM&gt; section: UpdateDatabase.vbs would still try to restore the BAM configuration; remove it when BAM is not used</source>
        <translation>ein leerer &lt;BAM&gt;-Abschnitt: UpdateDatabase.vbs würde trotzdem versuchen, die BAM-Konfiguration wiederherzustellen; entfernen Sie ihn, wenn BAM nicht verwendet wird</translation>
    </message>
    <message>
        <source>&lt;BAM&gt; needs both %1 and %2</source>
        <translation>&lt;BAM&gt; benötigt sowohl %1 als auch %2</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;%2&gt;: this is not an update file for UpdateDatabase.vbs</source>
        <translation>das Stammelement ist &lt;%1&gt;, nicht &lt;%2&gt;: Dies ist keine Aktualisierungsdatei für UpdateDatabase.vbs</translation>
    </message>
    <message>
        <source>a second &lt;%1&gt; section: UpdateDatabase.vbs reads only the first</source>
        <translation>ein zweiter &lt;%1&gt;-Abschnitt: UpdateDatabase.vbs liest nur den ersten</translation>
    </message>
</context>
<context>
    <name>bts::WizardPageHelp</name>
    <message>
        <source>The Backup BizTalk Server job writes marked full and log backups of every BizTalk database into these folders. Each destination restores them from the same place, so its SQL Server service account must be able to read them.</source>
        <translation>Der Auftrag Backup BizTalk Server schreibt markierte vollständige Sicherungen und Protokollsicherungen aller BizTalk-Datenbanken in diese Ordner. Jedes Ziel stellt sie vom selben Ort wieder her, daher muss das SQL Server-Dienstkonto jedes Ziels sie lesen können.</translation>
    </message>
    <message>
        <source>Every run of the job marks all BizTalk databases in one transaction and backs up their logs; a full set is taken once per period. A restore stops at one of these marks, so every database comes back to the same moment.</source>
        <translation>Bei jeder Ausführung markiert der Auftrag alle BizTalk-Datenbanken in einer einzigen Transaktion und sichert ihre Transaktionsprotokolle; ein Vollsicherungssatz wird einmal pro Zeitraum erstellt. Eine Wiederherstellung hält an einer dieser Markierungen an, sodass alle Datenbanken auf denselben Zeitpunkt wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The job&apos;s last step deletes backup history, and from BizTalk 2016 old marks, older than this. It never deletes backup files: purge them yourself, keeping the newest full set and every log set after it.</source>
        <translation>Der letzte Schritt des Auftrags löscht Sicherungsverlauf und ab BizTalk 2016 auch Markierungen, die älter als die hier eingestellte Dauer sind. Sicherungsdateien löscht er nie: Bereinigen Sie diese selbst, und behalten Sie dabei den neuesten Vollsicherungssatz und jeden danach erstellten Protokollsicherungssatz.</translation>
    </message>
    <message>
        <source>The job backs up BizTalk&apos;s own databases and the custom ones listed in adm_OtherBackupDatabases. Each needs the FULL recovery model and the backup procedures, or its backups fail and the set is partial.</source>
        <translation>Der Auftrag sichert die BizTalk-eigenen Datenbanken und die in adm_OtherBackupDatabases aufgeführten benutzerdefinierten Datenbanken. Jede davon benötigt das Wiederherstellungsmodell FULL und die Sicherungsprozeduren, andernfalls schlagen ihre Sicherungen fehl und der Sicherungssatz ist unvollständig.</translation>
    </message>
    <message>
        <source>This is exactly what will run against the management database and msdb, one statement after another, with every value bound as a parameter. Nothing has changed yet: copy or save it for the change record, then apply it.</source>
        <translation>Genau diese Anweisungen werden nacheinander in der Verwaltungsdatenbank und in msdb ausgeführt, wobei jeder Wert als Parameter gebunden wird. Noch wurde nichts geändert: Kopieren oder speichern Sie sie für die Änderungsdokumentation, und führen Sie sie dann aus.</translation>
    </message>
    <message>
        <source>The job now runs on SQL Server Agent&apos;s schedule; its first run takes a full set. Log shipping can be set up once that full set exists, since a destination starts from it.</source>
        <translation>Der Auftrag wird jetzt nach dem Zeitplan von SQL Server Agent ausgeführt; seine erste Ausführung erstellt einen Vollsicherungssatz. Der Protokollversand kann eingerichtet werden, sobald dieser Vollsicherungssatz vorhanden ist, da ein Ziel mit ihm beginnt.</translation>
    </message>
    <message>
        <source>A destination SQL Server imports the source&apos;s backup history and restores every log backup, so that it stays one set behind. One destination can restore every database, or each can restore the databases of one source server.</source>
        <translation>Ein Ziel-SQL Server importiert den Sicherungsverlauf der Quelle und stellt jede Protokollsicherung wieder her, sodass er einen Sicherungssatz im Rückstand bleibt. Ein einziges Ziel kann alle Datenbanken wiederherstellen, oder jedes Ziel stellt die Datenbanken jeweils eines Quellservers wieder her.</translation>
    </message>
    <message>
        <source>A destination must run the same SQL Server version as the source, allow Ad Hoc Distributed Queries and run SQL Server Agent. It also needs the source&apos;s data and log folders, because a restore cannot move files.</source>
        <translation>Auf einem Ziel muss dieselbe SQL Server-Version wie auf der Quelle laufen, Ad Hoc Distributed Queries muss aktiviert sein, und SQL Server Agent muss laufen. Außerdem benötigt das Ziel die Daten- und Protokollordner der Quelle, da eine Wiederherstellung keine Dateien verschieben kann.</translation>
    </message>
    <message>
        <source>LogShipping_Destination_Schema.sql creates the log shipping tables in master and LogShipping_Destination_Logic.sql its procedures. They come with BizTalk Server, in its Schema folder, and must match its version.</source>
        <translation>LogShipping_Destination_Schema.sql erstellt die Tabellen des Protokollversands in master, LogShipping_Destination_Logic.sql dessen Prozeduren. Beide Skripts werden mit BizTalk Server im Schema-Ordner geliefert und müssen zu dessen Version passen.</translation>
    </message>
    <message>
        <source>bts_ConfigureBizTalkLogShipping records where the source&apos;s management database is and reads the list of its databases. It creates the Get Backup History, Restore Databases and Restore To Mark jobs, disabled.</source>
        <translation>bts_ConfigureBizTalkLogShipping speichert, wo sich die Verwaltungsdatenbank der Quelle befindet, und liest die Liste ihrer Datenbanken. Die Prozedur erstellt die Aufträge Get Backup History, Restore Databases und Restore To Mark im deaktivierten Zustand.</translation>
    </message>
    <message>
        <source>Exactly what will run on each destination, in master, one batch after another; nothing has changed yet. If a batch fails, fix the cause and run again from the schema script, which starts the configuration afresh.</source>
        <translation>Genau diese Batches werden nacheinander auf jedem Ziel in master ausgeführt; noch wurde nichts geändert. Wenn ein Batch fehlschlägt, beheben Sie die Ursache, und führen Sie alles erneut ab dem Schemaskript aus, das die Konfiguration von vorn beginnt.</translation>
    </message>
    <message>
        <source>Leave a folder empty to read the backups where the job wrote them, or set one if the files moved or the destination reaches them by another path. Then enable the jobs that import the history and restore every log.</source>
        <translation>Lassen Sie einen Ordner leer, um die Sicherungen dort zu lesen, wo der Auftrag sie geschrieben hat, oder geben Sie einen an, wenn die Dateien verschoben wurden oder das Ziel sie über einen anderen Pfad erreicht. Aktivieren Sie anschließend die Aufträge, die den Verlauf importieren und jede Protokollsicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The destination now imports every new backup set and restores it, leaving its databases RESTORING. The Log shipping tab shows whether it keeps up, and the restore wizard uses it after a failure.</source>
        <translation>Das Ziel importiert jetzt jeden neuen Sicherungssatz und stellt ihn wieder her, wobei seine Datenbanken im Zustand RESTORING bleiben. Die Registerkarte „Protokollversand“ zeigt, ob es Schritt hält, und der Assistent für die Wiederherstellung verwendet das Ziel nach einem Ausfall.</translation>
    </message>
    <message>
        <source>Every destination must be at the same last restored set before the restore to the mark; a lagging one may catch up if Restore Databases runs once more. Nothing changes on this page.</source>
        <translation>Vor der Wiederherstellung bis zur Markierung muss jedes Ziel beim selben zuletzt wiederhergestellten Sicherungssatz stehen; ein Ziel im Rückstand holt möglicherweise auf, wenn Restore Databases noch einmal ausgeführt wird. Auf dieser Seite wird nichts geändert.</translation>
    </message>
    <message>
        <source>From the next page on, the wizard changes servers: it stops backups on the source, stops log shipping and restores every database to the last mark. Transactions after that mark are lost, so the source must not be used again.</source>
        <translation>Ab der nächsten Seite ändert der Assistent die Server: Er beendet die Sicherungen auf der Quelle, beendet den Protokollversand und stellt jede Datenbank bis zur letzten Markierung wieder her. Transaktionen nach dieser Markierung gehen verloren, daher darf die Quelle nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>If the source still runs, nothing may change it after the last mark: the console disables the Backup BizTalk Server job, and the rest needs the BizTalk servers. If the source is lost, tick what no longer applies.</source>
        <translation>Wenn die Quelle noch läuft, darf sie nach der letzten Markierung durch nichts mehr geändert werden: Die Konsole deaktiviert den Auftrag Backup BizTalk Server, alles Weitere erfordert die BizTalk-Server. Wenn die Quelle verloren ist, haken Sie ab, was nicht mehr zutrifft.</translation>
    </message>
    <message>
        <source>On every destination, Get Backup History and Restore Databases are disabled. Restore Databases then runs once more, to restore what was already imported.</source>
        <translation>Auf jedem Ziel werden Get Backup History und Restore Databases deaktiviert. Danach wird Restore Databases noch einmal ausgeführt, um wiederherzustellen, was bereits importiert wurde.</translation>
    </message>
    <message>
        <source>Restore To Mark restores the last log of every database WITH STOPATMARK and brings the databases online. It also recreates the source&apos;s SQL Server Agent jobs on the destination.</source>
        <translation>Restore To Mark stellt die letzte Protokollsicherung jeder Datenbank WITH STOPATMARK wieder her und schaltet die Datenbanken online. Außerdem erstellt der Auftrag die SQL Server Agent-Aufträge der Quelle auf dem Ziel neu.</translation>
    </message>
    <message>
        <source>UpdateDatabase.vbs and UpdateRegistry.vbs read the old and new location of every database from this file. The same file goes to the Restore folder of every BizTalk server.</source>
        <translation>UpdateDatabase.vbs und UpdateRegistry.vbs lesen den alten und den neuen Speicherort jeder Datenbank aus dieser Datei. Dieselbe Datei wird in den Ordner Restore jedes BizTalk-Servers kopiert.</translation>
    </message>
    <message>
        <source>These are the updates UpdateDatabase.vbs makes in the new management database: the group, MessageBox, tracking and other-database entries, and the MessageBox jobs. Until they run, BizTalk still looks for the old servers.</source>
        <translation>Dies sind die Aktualisierungen, die UpdateDatabase.vbs in der neuen Verwaltungsdatenbank vornimmt: die Einträge für die Gruppe, die MessageBox, die Nachverfolgung und die weiteren Datenbanken sowie die MessageBox-Aufträge. Bis sie ausgeführt werden, sucht BizTalk weiterhin nach den alten Servern.</translation>
    </message>
    <message>
        <source>What needs the BizTalk servers themselves, with the exact commands: UpdateRegistry.vbs, the services, the SSO master secret and BAM. Then give the new system its Backup BizTalk Server job and a new destination.</source>
        <translation>Was auf den BizTalk-Servern selbst zu tun ist, mit den genauen Befehlen: UpdateRegistry.vbs, die Dienste, der geheime Hauptschlüssel von SSO und BAM. Richten Sie anschließend für das neue System einen eigenen Auftrag Backup BizTalk Server und ein neues Ziel ein.</translation>
    </message>
    <message>
        <source>The timeline of the failover: every step, who ran it, the statements, their outcome and how long they took. Keep it with the record of the disaster recovery drill.</source>
        <translation>Der zeitliche Ablauf des Failovers: jeder Schritt, wer ihn ausgeführt hat, die Anweisungen, ihr Ergebnis und ihre Dauer. Bewahren Sie ihn zusammen mit den Unterlagen der Notfallwiederherstellungsübung auf.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Dokumentation von Microsoft: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Microsoft&apos;s documentation: %1</source>
        <translation>Dokumentation von Microsoft: %1</translation>
    </message>
</context>
</TS>

#include "UpdateInfoXml.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <iterator>
#include <utility>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::UpdateInfoXml)
};

// Element and attribute names exactly as UpdateDatabase.vbs's XPaths spell them (facts §3.3, §3.4).
const QString Root = QStringLiteral("UpdateConfiguration");
const QString Bam = QStringLiteral("BAM");
const QString Others = QStringLiteral("OtherDatabases");
const QString Database = QStringLiteral("Database");
const QString Unit = QStringLiteral("DeploymentUnit");
const QString Property = QStringLiteral("Property");
const QString Name = QStringLiteral("Name");
const QString IsMaster = QStringLiteral("IsMaster");
const QString OldDBName = QStringLiteral("oldDBName");
const QString OldDBServer = QStringLiteral("oldDBServer");
const QString NewDBName = QStringLiteral("newDBName");
const QString NewDBServer = QStringLiteral("newDBServer");
const QString ServerName = QStringLiteral("ServerName");
const QString DatabaseName = QStringLiteral("DatabaseName");
const QString OldPrimaryImport = QStringLiteral("OldPrimaryImportDatabase");

const DatabaseRole TopLevelRoles[] = {DatabaseRole::MessageBox, DatabaseRole::Tracking,
                                      DatabaseRole::Management, DatabaseRole::RuleEngine,
                                      DatabaseRole::TrackingAnalysis};
const DatabaseRole BamRoles[] = {DatabaseRole::BamPrimaryImport, DatabaseRole::BamArchive,
                                 DatabaseRole::BamAnalysis, DatabaseRole::BamStarSchema};

bool isBamUnit(DatabaseRole role)
{
    return std::find(std::begin(BamRoles), std::end(BamRoles), role) != std::end(BamRoles);
}

bool isOtherDatabase(DatabaseRole role)
{
    return role == DatabaseRole::SingleSignOn || role == DatabaseRole::BamAlertsApplication ||
           role == DatabaseRole::BamAlertsInstance || role == DatabaseRole::Custom;
}

// The element of a top-level role, the deployment unit of a BAM role, "Database" otherwise.
QString elementName(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::MessageBox:
        return QStringLiteral("MessageBoxDB");
    case DatabaseRole::Tracking:
        return QStringLiteral("TrackingDB");
    case DatabaseRole::Management:
        return QStringLiteral("ManagementDB");
    case DatabaseRole::RuleEngine:
        return QStringLiteral("RuleEngineDB");
    case DatabaseRole::TrackingAnalysis:
        return QStringLiteral("AnalysisDB");
    case DatabaseRole::BamPrimaryImport:
        return QStringLiteral("PrimaryImportDatabase");
    case DatabaseRole::BamArchive:
        return QStringLiteral("ArchivingDatabase");
    case DatabaseRole::BamAnalysis:
        return QStringLiteral("AnalysisDatabase");
    case DatabaseRole::BamStarSchema:
        return QStringLiteral("StarSchemaDatabase");
    default:
        return Database;
    }
}

QString nameAttribute(const DatabaseMapping& m)
{
    return m.name.isEmpty() ? otherDatabasesName(m.role) : m.name;
}

// ---- writing ----------------------------------------------------------------------------------

void writeDatabase(QXmlStreamWriter& xml, const DatabaseMapping& m)
{
    xml.writeEmptyElement(elementName(m.role));
    if (isOtherDatabase(m.role))
        xml.writeAttribute(Name, nameAttribute(m));
    xml.writeAttribute(OldDBName, m.oldDatabase);
    xml.writeAttribute(OldDBServer, m.oldServer);
    xml.writeAttribute(NewDBName, m.newDatabase);
    xml.writeAttribute(NewDBServer, m.newServer);
    if (m.role == DatabaseRole::MessageBox)
        xml.writeAttribute(IsMaster, m.isMaster ? QStringLiteral("1") : QStringLiteral("0"));
}

void writeProperty(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    xml.writeStartElement(Property);
    xml.writeAttribute(Name, name);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void writeUnit(QXmlStreamWriter& xml, const QString& unit, const QString& server,
               const QString& database)
{
    xml.writeStartElement(Unit);
    xml.writeAttribute(Name, unit);
    writeProperty(xml, ServerName, server);
    writeProperty(xml, DatabaseName, database);
    xml.writeEndElement();
}

// ---- checks -----------------------------------------------------------------------------------

// Where each value of a mapping is in the file; empty for a model that was not read.
struct FieldLines {
    qint64 element = 0;
    qint64 oldServer = 0;
    qint64 oldDatabase = 0;
    qint64 newServer = 0;
    qint64 newDatabase = 0;
};

QString at(qint64 line)
{
    return line > 0 ? Text::tr("line %1: ").arg(line) : QString();
}

QString entryLabel(const DatabaseMapping& m)
{
    if (m.role == DatabaseRole::MessageBox)
        return m.oldDatabase.isEmpty()
                   ? elementName(m.role)
                   : QStringLiteral("%1 '%2'").arg(elementName(m.role), m.oldDatabase);
    if (isBamUnit(m.role))
        return QStringLiteral("BAM ") + elementName(m.role);
    if (isOtherDatabase(m.role)) {
        const QString name = nameAttribute(m);
        return name.isEmpty() ? Text::tr("a Database under OtherDatabases") : name;
    }
    return elementName(m.role);
}

// Why a stray space matters: the script passes values on verbatim, and SQL Server keeps leading
// spaces in names (the documented sample has one, facts §3.3).
QString spaceProblem(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return QString();
    const auto what = [](QChar c) {
        return c == QLatin1Char(' ') ? Text::tr("a space") : Text::tr("white space");
    };
    if (value.front().isSpace())
        return Text::tr("%1 starts with %2: UpdateDatabase.vbs would look for '%3'")
            .arg(field, what(value.front()), value);
    if (value.back().isSpace())
        return Text::tr("%1 ends with %2: UpdateDatabase.vbs would look for '%3'")
            .arg(field, what(value.back()), value);
    return QString();
}

void checkValue(QVector<QString>& problems, qint64 line, const QString& field, const QString& value)
{
    // A control character is in no server or database name; XML 1.0 cannot even hold most of
    // them (the file would lose them), and a line break would end a preview's comment line.
    const bool control = std::any_of(value.cbegin(), value.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    // Whitespace at either end first: a hand-edited file's usual slip, named as the script
    // would trip on it.
    if (value.isEmpty())
        problems.append(at(line) + Text::tr("%1 is empty").arg(field));
    else if (const QString p = spaceProblem(field, value); !p.isEmpty())
        problems.append(at(line) + p);
    else if (control)
        problems.append(at(line) + Text::tr("%1 contains a control character (a line break or tab, "
                                            "say): no server or database name does")
                                       .arg(field));
}

void checkMapping(QVector<QString>& problems, const DatabaseMapping& m, const FieldLines& lines)
{
    const QString entry = entryLabel(m);
    if (isOtherDatabase(m.role)) {
        const QString name = nameAttribute(m);
        if (name.isEmpty())
            problems.append(at(lines.element) +
                            Text::tr("a Database under OtherDatabases has no Name"));
        else if (const QString p = spaceProblem(Text::tr("Name '%1'").arg(name), name);
                 !p.isEmpty())
            problems.append(at(lines.element) + p);
        const QString sso = otherDatabasesName(DatabaseRole::SingleSignOn);
        if (name != sso && name.compare(sso, Qt::CaseInsensitive) == 0)
            problems.append(
                at(lines.element) +
                Text::tr("Name '%1' must be written '%2': UpdateDatabase.vbs finds the SSO "
                         "server with the case-sensitive XPath Database[@Name='SSO']")
                    .arg(name, sso));
    }
    const bool bam = isBamUnit(m.role);
    const auto field = [&](const QString& attribute, const QString& unit) {
        return Text::tr("%1 of %2")
            .arg(attribute, unit.isEmpty() ? entry : QStringLiteral("BAM ") + unit);
    };
    if (fileKeepsOldLocation(m.role)) {
        const QString oldUnit = bam ? OldPrimaryImport : QString();
        checkValue(problems, lines.oldServer, field(bam ? ServerName : OldDBServer, oldUnit),
                   m.oldServer);
        checkValue(problems, lines.oldDatabase, field(bam ? DatabaseName : OldDBName, oldUnit),
                   m.oldDatabase);
    }
    checkValue(problems, lines.newServer, field(bam ? ServerName : NewDBServer, QString()),
               m.newServer);
    checkValue(problems, lines.newDatabase, field(bam ? DatabaseName : NewDBName, QString()),
               m.newDatabase);
}

QVector<QString> check(const UpdateInfo& info, const QVector<FieldLines>& lines)
{
    QVector<QString> problems;
    const auto lineOf = [&](int i) {
        return i < lines.size() ? lines[i] : FieldLines();
    };
    for (int i = 0; i < info.mappings.size(); ++i)
        checkMapping(problems, info.mappings[i], lineOf(i));

    int messageBoxes = 0;
    int firstMaster = -1;
    QHash<DatabaseRole, int> singles; // role -> first index
    QHash<QString, int> seen;         // MessageBox "server/db" or OtherDatabases Name -> index
    for (int i = 0; i < info.mappings.size(); ++i) {
        const DatabaseMapping& m = info.mappings[i];
        const qint64 line = lineOf(i).element;
        if (m.role == DatabaseRole::MessageBox) {
            ++messageBoxes;
            if (m.isMaster && firstMaster < 0) {
                firstMaster = i;
            } else if (m.isMaster) {
                problems.append(at(line) +
                                Text::tr("%1 is a second master (IsMaster=\"1\", as is %2): "
                                         "a BizTalk group has exactly one master MessageBox")
                                    .arg(entryLabel(m), entryLabel(info.mappings[firstMaster])));
            }
            const QString key =
                QStringLiteral("mb:%1/%2").arg(m.oldServer, m.oldDatabase).toLower();
            if (seen.contains(key))
                problems.append(
                    at(line) +
                    Text::tr("%1 on %2 is listed twice: once the first line has moved it, "
                             "the second finds nothing to update")
                        .arg(entryLabel(m), m.oldServer));
            seen.insert(key, i);
        } else if (isOtherDatabase(m.role)) {
            const QString key = QStringLiteral("other:") + nameAttribute(m).toLower();
            if (!nameAttribute(m).isEmpty() && seen.contains(key))
                problems.append(
                    at(line) +
                    Text::tr("OtherDatabases lists %1 twice: UpdateDatabase.vbs updates every "
                             "adm_OtherBackupDatabases row of that name, so the last line wins")
                        .arg(nameAttribute(m)));
            seen.insert(key, i);
        } else if (singles.contains(m.role)) {
            problems.append(at(line) +
                            Text::tr("%1 appears more than once: UpdateDatabase.vbs reads only "
                                     "the first")
                                .arg(entryLabel(m)));
        } else {
            singles.insert(m.role, i);
        }
    }
    if (messageBoxes == 0)
        problems.append(Text::tr("No MessageBoxDB: UpdateDatabase.vbs needs the master MessageBox "
                                 "(IsMaster=\"1\") even when it does not move, to update the jobs "
                                 "that point at the other databases"));
    else if (firstMaster < 0)
        problems.append(Text::tr("No MessageBoxDB has IsMaster=\"1\": UpdateDatabase.vbs would not "
                                 "move the master MessageBox in adm_Group"));

    if (!singles.contains(DatabaseRole::BamPrimaryImport)) {
        for (DatabaseRole role : BamRoles) {
            if (singles.contains(role))
                problems.append(
                    at(lineOf(singles.value(role)).element) +
                    Text::tr("BAM %1 without PrimaryImportDatabase: the BAM section must "
                             "say where BAMPrimaryImport was and where it is now")
                        .arg(elementName(role)));
        }
    }
    return problems;
}

DbError invalidFile(const QVector<QString>& problems)
{
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = QStringList(problems.begin(), problems.end()).join(QLatin1Char('\n'));
    error.advice = Text::tr("Correct the update file: UpdateDatabase.vbs does not check it.");
    return error;
}

// ---- reading ----------------------------------------------------------------------------------

QString spelledAs(QStringView name, std::initializer_list<QString> known)
{
    for (const QString& k : known) {
        if (name.compare(k, Qt::CaseInsensitive) == 0)
            return k;
    }
    return QString();
}

class Reader {
public:
    explicit Reader(const QString& text)
        : m_xml(text)
    {}

    Result<UpdateInfo> read();

private:
    void problem(qint64 line, const QString& text) { m_problems.append(at(line) + text); }
    bool nextChild();
    void unknownElement(const QString& parent, std::initializer_list<QString> known);
    void checkAttributes(const QString& element, std::initializer_list<QString> allowed);
    void readDatabase(DatabaseRole role);
    void readBam();
    void readUnitProperties(const QString& unit, QString& server, QString& database,
                            qint64& serverLine, qint64& databaseLine);

    QXmlStreamReader m_xml;
    UpdateInfo m_info;
    QVector<FieldLines> m_lines;
    QVector<QString> m_problems;
};

// Moves to the next child element of the current element; false at its end (or on an error).
// Comments and processing instructions pass: operators comment lines out.
bool Reader::nextChild()
{
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
            return false;
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace())
                problem(m_xml.lineNumber(),
                        Text::tr("unexpected text '%1'").arg(m_xml.text().trimmed().toString()));
            break;
        default:
            break;
        }
    }
    return false;
}

void Reader::unknownElement(const QString& parent, std::initializer_list<QString> known)
{
    const QString name = m_xml.qualifiedName().toString();
    const QString meant = spelledAs(name, known);
    if (!meant.isEmpty())
        problem(m_xml.lineNumber(),
                Text::tr("<%1> in <%2> must be written <%3>: UpdateDatabase.vbs "
                         "reads element names case-sensitively")
                    .arg(name, parent, meant));
    else
        problem(m_xml.lineNumber(),
                Text::tr("unknown element <%1> in <%2>: UpdateDatabase.vbs would ignore it")
                    .arg(name, parent));
    m_xml.skipCurrentElement();
}

void Reader::checkAttributes(const QString& element, std::initializer_list<QString> allowed)
{
    for (const QXmlStreamAttribute& a : m_xml.attributes()) {
        const QStringView name = a.qualifiedName();
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end())
            continue;
        const QString meant = spelledAs(name, allowed);
        if (!meant.isEmpty())
            problem(m_xml.lineNumber(), Text::tr("attribute %1 of %2 must be written %3: "
                                                 "UpdateDatabase.vbs reads it case-sensitively")
                                            .arg(name.toString(), element, meant));
        else
            problem(m_xml.lineNumber(),
                    Text::tr("unknown attribute %1 on %2: UpdateDatabase.vbs would ignore it")
                        .arg(name.toString(), element));
    }
}

void Reader::readDatabase(DatabaseRole role)
{
    const qint64 line = m_xml.lineNumber();
    const QString element = m_xml.name().toString();
    const QXmlStreamAttributes attributes = m_xml.attributes();
    DatabaseMapping m;
    m.role = role;
    QString label = element;
    if (role == DatabaseRole::MessageBox) {
        checkAttributes(element, {OldDBName, OldDBServer, NewDBName, NewDBServer, IsMaster});
        const QStringView master = attributes.value(IsMaster);
        if (master == QLatin1String("1"))
            m.isMaster = true;
        else if (attributes.hasAttribute(IsMaster) && master != QLatin1String("0"))
            problem(line, Text::tr("IsMaster=\"%1\" on MessageBoxDB: UpdateDatabase.vbs only knows "
                                   "\"1\" (the master) and \"0\"")
                              .arg(master.toString()));
    } else if (role == DatabaseRole::Custom) {
        checkAttributes(element, {Name, OldDBName, OldDBServer, NewDBName, NewDBServer});
        if (!attributes.hasAttribute(Name))
            problem(line, Text::tr("Database without Name under OtherDatabases"));
        m.name = attributes.value(Name).toString();
        if (!m.name.isEmpty())
            label = QStringLiteral("Database %1").arg(m.name);
        // Exact spelling only: that is how the script's XPath finds SSO.
        for (DatabaseRole known : {DatabaseRole::SingleSignOn, DatabaseRole::BamAlertsApplication,
                                   DatabaseRole::BamAlertsInstance}) {
            if (m.name == otherDatabasesName(known))
                m.role = known;
        }
    } else {
        checkAttributes(element, {OldDBName, OldDBServer, NewDBName, NewDBServer});
    }
    for (const QString& required : {OldDBName, OldDBServer, NewDBName, NewDBServer}) {
        if (!attributes.hasAttribute(required))
            problem(line, Text::tr("%1 without %2").arg(label, required));
    }
    m.oldDatabase = attributes.value(OldDBName).toString();
    m.oldServer = attributes.value(OldDBServer).toString();
    m.newDatabase = attributes.value(NewDBName).toString();
    m.newServer = attributes.value(NewDBServer).toString();
    while (nextChild())
        unknownElement(element, {});
    m_info.mappings.append(m);
    m_lines.append({line, line, line, line, line});
}

void Reader::readUnitProperties(const QString& unit, QString& server, QString& database,
                                qint64& serverLine, qint64& databaseLine)
{
    const qint64 unitLine = m_xml.lineNumber();
    const QString where = QStringLiteral("DeploymentUnit %1").arg(unit);
    while (nextChild()) {
        if (m_xml.name() != Property) {
            unknownElement(where, {Property});
            continue;
        }
        const qint64 line = m_xml.lineNumber();
        checkAttributes(Property, {Name});
        const QString name = m_xml.attributes().value(Name).toString();
        const QString value = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        qint64* seenAt = name == ServerName     ? &serverLine
                         : name == DatabaseName ? &databaseLine
                                                : nullptr;
        if (!seenAt) {
            problem(line,
                    Text::tr("unknown Property '%1' in %2: it holds ServerName and DatabaseName")
                        .arg(name, where));
        } else if (*seenAt > 0) {
            problem(line, Text::tr("a second Property %1 in %2").arg(name, where));
        } else {
            *seenAt = line;
            (name == ServerName ? server : database) = value;
        }
    }
    for (const auto& [name, line] :
         {std::pair(ServerName, serverLine), std::pair(DatabaseName, databaseLine)}) {
        if (line == 0)
            problem(unitLine, Text::tr("%1 without Property %2").arg(where, name));
    }
}

void Reader::readBam()
{
    const qint64 bamLine = m_xml.lineNumber();
    checkAttributes(Bam, {});
    QHash<QString, qint64> units; // unit name -> line
    int primary = -1;
    while (nextChild()) {
        if (m_xml.name() != Unit) {
            unknownElement(Bam, {Unit});
            continue;
        }
        const qint64 line = m_xml.lineNumber();
        checkAttributes(Unit, {Name});
        const QString unit = m_xml.attributes().value(Name).toString();
        DatabaseRole role = DatabaseRole::Custom;
        for (DatabaseRole r : BamRoles) {
            if (unit == elementName(r))
                role = r;
        }
        if (unit == OldPrimaryImport)
            role = DatabaseRole::BamPrimaryImport;

        if (unit.isEmpty()) {
            problem(line, Text::tr("DeploymentUnit without Name in <BAM>"));
        } else if (units.contains(unit)) {
            problem(line, Text::tr("a second DeploymentUnit %1 (the first is on line %2)")
                              .arg(unit, QString::number(units.value(unit))));
        } else if (unit == QLatin1String("Alert")) {
            problem(line,
                    Text::tr("DeploymentUnit Alert is not handled by this console: list the BAM "
                             "alerts databases under <OtherDatabases> instead"));
        } else if (role == DatabaseRole::Custom) {
            problem(line, Text::tr("unknown DeploymentUnit '%1' in <BAM>").arg(unit));
        }
        if (unit.isEmpty() || units.contains(unit) || role == DatabaseRole::Custom) {
            m_xml.skipCurrentElement();
            continue;
        }
        units.insert(unit, line);

        QString server, database;
        qint64 serverLine = 0, databaseLine = 0;
        readUnitProperties(unit, server, database, serverLine, databaseLine);
        // The primary import is one mapping made of two units, in either order.
        int index = role == DatabaseRole::BamPrimaryImport ? primary : -1;
        if (index < 0) {
            DatabaseMapping m;
            m.role = role;
            m_info.mappings.append(m);
            m_lines.append({line, 0, 0, 0, 0});
            index = m_info.mappings.size() - 1;
            if (role == DatabaseRole::BamPrimaryImport)
                primary = index;
        }
        DatabaseMapping& m = m_info.mappings[index];
        FieldLines& lines = m_lines[index];
        if (unit == OldPrimaryImport) {
            m.oldServer = server;
            m.oldDatabase = database;
            lines.oldServer = serverLine;
            lines.oldDatabase = databaseLine;
        } else {
            m.newServer = server;
            m.newDatabase = database;
            lines.newServer = serverLine;
            lines.newDatabase = databaseLine;
        }
    }
    const QString newPrimary = elementName(DatabaseRole::BamPrimaryImport);
    if (units.isEmpty())
        problem(bamLine, Text::tr("an empty <BAM> section: UpdateDatabase.vbs would still try to "
                                  "restore the BAM configuration; remove it when BAM is not used"));
    else if (units.contains(OldPrimaryImport) != units.contains(newPrimary))
        problem(bamLine, Text::tr("<BAM> needs both %1 and %2").arg(OldPrimaryImport, newPrimary));
}

Result<UpdateInfo> Reader::read()
{
    while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (m_xml.isStartElement() && m_xml.qualifiedName() != Root) {
        problem(m_xml.lineNumber(), Text::tr("the root element is <%1>, not <%2>: this is not an "
                                             "update file for UpdateDatabase.vbs")
                                        .arg(m_xml.qualifiedName().toString(), Root));
        return invalidFile(m_problems);
    }
    const bool rootFound = m_xml.isStartElement();
    bool bamSeen = false;
    bool othersSeen = false;
    while (rootFound && nextChild()) {
        const QStringView name = m_xml.qualifiedName();
        DatabaseRole role = DatabaseRole::Custom;
        for (DatabaseRole r : TopLevelRoles) {
            if (name == elementName(r))
                role = r;
        }
        if (role != DatabaseRole::Custom) {
            readDatabase(role);
        } else if (name == Bam || name == Others) {
            bool& seen = name == Bam ? bamSeen : othersSeen;
            if (seen)
                problem(m_xml.lineNumber(),
                        Text::tr("a second <%1> section: UpdateDatabase.vbs reads "
                                 "only the first")
                            .arg(name.toString()));
            seen = true;
            if (name == Bam) {
                readBam();
            } else {
                checkAttributes(Others, {});
                while (nextChild()) {
                    if (m_xml.name() == Database)
                        readDatabase(DatabaseRole::Custom);
                    else
                        unknownElement(Others, {Database});
                }
            }
        } else {
            unknownElement(
                Root, {elementName(DatabaseRole::MessageBox), elementName(DatabaseRole::Tracking),
                       elementName(DatabaseRole::Management), elementName(DatabaseRole::RuleEngine),
                       elementName(DatabaseRole::TrackingAnalysis), Bam, Others});
        }
    }
    while (!m_xml.atEnd())
        m_xml.readNext(); // content after the root element is an error too
    if (m_xml.hasError())
        problem(m_xml.lineNumber(), m_xml.errorString());
    if (!m_problems.isEmpty())
        return invalidFile(m_problems);
    const QVector<QString> problems = check(m_info, m_lines);
    if (!problems.isEmpty())
        return invalidFile(problems);
    return m_info;
}

} // namespace

QString writeUpdateInfoXml(const UpdateInfo& info)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(Root);
    for (DatabaseRole role : TopLevelRoles) {
        for (const DatabaseMapping& m : info.mappings) {
            if (m.role == role)
                writeDatabase(xml, m);
        }
    }

    const auto hasAny = [&](auto predicate) {
        return std::any_of(info.mappings.begin(), info.mappings.end(),
                           [&](const DatabaseMapping& m) { return predicate(m.role); });
    };
    if (hasAny(isBamUnit)) {
        xml.writeStartElement(Bam);
        for (DatabaseRole role : BamRoles) {
            for (const DatabaseMapping& m : info.mappings) {
                if (m.role != role)
                    continue;
                if (role == DatabaseRole::BamPrimaryImport)
                    writeUnit(xml, OldPrimaryImport, m.oldServer, m.oldDatabase);
                writeUnit(xml, elementName(role), m.newServer, m.newDatabase);
            }
        }
        xml.writeEndElement();
    }
    if (hasAny(isOtherDatabase)) {
        xml.writeStartElement(Others);
        for (const DatabaseMapping& m : info.mappings) {
            if (isOtherDatabase(m.role))
                writeDatabase(xml, m);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return QString::fromUtf8(bytes);
}

Result<UpdateInfo> readUpdateInfoXml(const QString& xml)
{
    return Reader(xml).read();
}

QVector<QString> validateUpdateInfo(const UpdateInfo& info)
{
    return check(info, {});
}

} // namespace bts

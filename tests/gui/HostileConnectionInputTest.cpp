#include "HostileInput.h"

#include "ConnectDialog.h"
#include "environments/ConnectionEditor.h"
#include "environments/EnvironmentForm.h"
#include "mssql/OdbcConnectionString.h"
#include "mssql/SqlServerBackend.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

#include <gtest/gtest.h>

using namespace bts;

namespace {

// A connection string read back the way a driver manager reads it: key=value pairs split at ';',
// a value starting with '{' running to the '}' not doubled, "}}" inside standing for '}'. Empty
// on a string that does not parse, so a value that broke out of its braces fails the comparison.
QVector<QPair<QString, QString>> parseOdbc(const QString& text)
{
    QVector<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return {};
        const QString key = text.mid(i, eq - i);
        QString value;
        i = eq + 1;
        if (i < text.size() && text.at(i) == QLatin1Char('{')) {
            for (++i;; ++i) {
                if (i >= text.size())
                    return {}; // unclosed brace
                if (text.at(i) != QLatin1Char('}')) {
                    value += text.at(i);
                } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
                    value += QLatin1Char('}');
                    ++i;
                } else {
                    break;
                }
            }
            ++i;
            if (i < text.size() && text.at(i) != QLatin1Char(';'))
                return {}; // text after the closing brace
        } else {
            const qsizetype end = text.indexOf(QLatin1Char(';'), i);
            value = text.mid(i, (end < 0 ? text.size() : end) - i);
            i = end < 0 ? text.size() : end;
        }
        ++i; // the ';'
        pairs.append({key, value});
    }
    return pairs;
}

// `connection` parses, names each key once (a value that smuggled in "PWD=" or "Server=" would
// repeat one), and holds every `expected` key with exactly its value.
void expectReadsBack(const QString& connection, const QMap<QString, QString>& expected,
                     const QString& value)
{
    const auto pairs = parseOdbc(connection);
    QMap<QString, QString> read;
    for (const auto& [key, v] : pairs) {
        EXPECT_FALSE(read.contains(key.toUpper())) << key.toStdString() << " twice";
        read.insert(key.toUpper(), v);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(read.value(it.key().toUpper()), it.value())
            << "'" << value.toStdString() << "' in " << connection.toStdString();
}

// A password no other field holds, so that finding it in the redacted form means a leak.
QString passwordFor(const QString& value)
{
    return QStringLiteral("Pw-") + value + QStringLiteral("-9zQ");
}

} // namespace

// The environment form and its connection editor, one instance for every value: a server,
// instance, user name or database is trimmed as a name (as the command line does) and reaches
// the connection string braced; the password reaches only the unredacted string.
TEST(HostileConnectionInput, EnvironmentFormValuesReadBackFromTheConnectionString)
{
    EnvironmentForm form;
    form.show();
    ConnectionEditor* editor = form.connectionEditor();
    auto* name = form.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* server = editor->findChild<QLineEdit*>(QStringLiteral("serverLineEdit"));
    auto* instance = editor->findChild<QLineEdit*>(QStringLiteral("instanceLineEdit"));
    auto* user = editor->findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
    auto* password = editor->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* driver = editor->findChild<QComboBox*>(QStringLiteral("driverCombo"))->lineEdit();
    auto* database = form.findChild<QLineEdit*>(QStringLiteral("managementDatabaseLineEdit"));
    auto* shown = editor->findChild<QLineEdit*>(QStringLiteral("connectionStringLineEdit"));
    auto* problem = form.findChild<QLabel*>(QStringLiteral("formProblemLabel"));
    ASSERT_TRUE(name && server && instance && user && password && driver && database && shown);
    editor->findChild<QComboBox*>(QStringLiteral("authenticationCombo"))->setCurrentIndex(1);

    QLineEdit* fields[] = {name, server, instance, user, password, driver, database};
    const QStringList valid = {QStringLiteral("Production"),
                               QStringLiteral("SQL01"),
                               QString(),
                               QStringLiteral("bts_ops"),
                               QStringLiteral("secret"),
                               QStringLiteral("ODBC Driver 18 for SQL Server"),
                               QStringLiteral("BizTalkMgmtDb")};
    int accepted = 0;
    for (QLineEdit* field : fields) {
        for (const QString& typed : hostileValues()) {
            for (int i = 0; i < 7; ++i)
                fields[i]->setText(valid.at(i));
            const QString value = field == password ? passwordFor(typed) : typed;
            enter(field, value);
            // Only the database has a maximum length: SQL Server names are 128 characters.
            const QString held = field == database ? value.left(128) : value;
            EXPECT_EQ(field->text(), held) << field->objectName().toStdString();
            if (!form.problem().isEmpty()) {
                EXPECT_TRUE(inWords(problem->text())) << problem->text().toStdString();
                continue;
            }
            ++accepted;
            const Environment e = form.environment();
            EXPECT_EQ(e.name, name->text().trimmed());
            QString where = server->text().trimmed();
            if (!instance->text().trimmed().isEmpty())
                where += QLatin1Char('\\') + instance->text().trimmed();
            const QString db =
                database->text().trimmed().isEmpty() ? "master" : database->text().trimmed();
            QMap<QString, QString> expected = {{"Driver", driver->text().trimmed()},
                                               {"Server", where},
                                               {"Database", db},
                                               {"UID", user->text().trimmed()},
                                               {"PWD", QStringLiteral("***")}};
            expectReadsBack(shown->text(), expected, value);
            EXPECT_FALSE(shown->text().contains(password->text())) << "the password shown";
            expected.insert(QStringLiteral("PWD"), password->text());
            expectReadsBack(OdbcConnectionString::build(e.management, db), expected, value);
        }
    }
    EXPECT_GT(accepted, 6 * 50);
}

// Destinations are one server per line, each trimmed; a server of the group reaches Server=
// exactly as listed, with the management server's login.
TEST(HostileConnectionInput, DestinationsReachServerExactly)
{
    EnvironmentForm form;
    auto* destinations = form.findChild<QPlainTextEdit*>(QStringLiteral("destinationsTextEdit"));
    ASSERT_NE(destinations, nullptr);
    for (const QString& value : hostileValues()) {
        destinations->setPlainText(value);
        QStringList lines;
        for (const QString& line : value.split(QRegularExpression(QStringLiteral("[\r\n]")))) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        const Environment e = form.environment();
        EXPECT_EQ(e.destinations, lines) << value.toStdString();
        const SqlServerConnector connector(e.management);
        for (const QString& d : e.destinations)
            expectReadsBack(OdbcConnectionString::build(connector.settingsFor(d), "master"),
                            {{"Server", d}}, value);
    }
}

// A data source and an application name come from a saved environment, not the keyboard:
// they are kept as saved and braced.
TEST(HostileConnectionInput, SavedDataSourceAndApplicationNameReadBack)
{
    ConnectionEditor editor;
    auto* shown = editor.findChild<QLineEdit*>(QStringLiteral("connectionStringLineEdit"));
    for (const QString& value : hostileValues()) {
        ConnectionSettings s;
        s.dsn = value;
        s.applicationName = value;
        s.authentication = ConnectionSettings::Authentication::SqlLogin;
        s.userName = QStringLiteral("bts_ops");
        s.password = passwordFor(value);
        editor.setSettings(s);
        expectReadsBack(shown->text(), {{"DSN", value}, {"APP", value}, {"PWD", "***"}}, value);
        EXPECT_FALSE(shown->text().contains(s.password));
        expectReadsBack(OdbcConnectionString::build(editor.settings(), "master"),
                        {{"DSN", value}, {"APP", value}, {"PWD", s.password}}, value);
    }
}

// The connect dialog: Connect stays off without a server and database (no value of the corpus
// is blank); server and database are trimmed as names, user name and password kept as typed.
TEST(HostileConnectionInput, ConnectDialogValuesReadBackFromTheConnectionString)
{
    ConnectDialog dialog;
    dialog.show();
    auto* server = dialog.findChild<QLineEdit*>(QStringLiteral("serverLineEdit"));
    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("managementDatabaseLineEdit"));
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* driver = dialog.findChild<QComboBox*>(QStringLiteral("driverComboBox"))->lineEdit();
    ASSERT_TRUE(server && database && user && password && driver);
    dialog.findChild<QComboBox*>(QStringLiteral("authenticationComboBox"))->setCurrentIndex(1);
    QLineEdit* fields[] = {server, database, user, password, driver};
    const QStringList valid = {QStringLiteral("SQL01"), QStringLiteral("BizTalkMgmtDb"),
                               QStringLiteral("bts_ops"), QStringLiteral("secret"),
                               QStringLiteral("ODBC Driver 18 for SQL Server")};
    for (QLineEdit* field : fields) {
        for (const QString& typed : hostileValues()) {
            for (int i = 0; i < 5; ++i)
                fields[i]->setText(valid.at(i));
            const QString value = field == password ? passwordFor(typed) : typed;
            enter(field, value);
            EXPECT_EQ(field->text(), field == database ? value.left(128) : value);
            const ConnectionSettings s = dialog.settings();
            const QMap<QString, QString> expected = {{"Driver", driver->text().trimmed()},
                                                     {"Server", server->text().trimmed()},
                                                     {"Database", database->text().trimmed()},
                                                     {"UID", user->text()}};
            const QString redacted = OdbcConnectionString::redacted(s, dialog.managementDatabase());
            expectReadsBack(redacted, expected, value);
            EXPECT_FALSE(redacted.contains(password->text()));
            QMap<QString, QString> withPassword = expected;
            withPassword.insert(QStringLiteral("PWD"), password->text());
            expectReadsBack(OdbcConnectionString::build(s, dialog.managementDatabase()),
                            withPassword, value);
        }
    }
}

#include "CheckCommand.h"
#include "HostileInput.h"
#include "ScriptCommand.h"
#include "TempDir.h"

#include "lab/Lab.h"

#include <QTextStream>

#include <gtest/gtest.h>

namespace bts {
namespace {

// The hostile corpus through every value-taking option of `bts-logship script` and `check`:
// each run either stops with an error in words, or prints a script that carries the value
// exactly. Scripts are printed from one lab per test; nothing is applied.

// A parse-time refusal names the option it is about, so the operator knows what to correct.
void expectNamesOption(const QString& error, const QString& option, const QString& value)
{
    EXPECT_TRUE(inWords(error) && error.contains(QStringLiteral("--") + option))
        << "--" << option.toStdString() << " '" << value.toStdString()
        << "': " << error.toStdString();
}

// Options that take a number or a keyword: every hostile value is refused while parsing.
TEST(HostileCommandLine, NumbersAndKeywordsAreRefusedNamingTheOption)
{
    for (const char* option : {"interval", "days-to-keep", "backup-hour", "compression"}) {
        for (const QString& value : hostileValues()) {
            const ScriptOptions o =
                parseScriptOptions({QStringLiteral("source-job"),
                                    QStringLiteral("--") + QLatin1String(option), value});
            // A whole number passes the parse; its range is the validation's, tested elsewhere.
            if (!o.error.isEmpty() || !parseWholeNumber(value))
                expectNamesOption(o.error, QLatin1String(option), value);
        }
    }
    for (const char* option : {"warning", "critical"}) {
        for (const QString& value : hostileValues()) {
            const CheckOptions o =
                parseCheckOptions({QStringLiteral("--") + QLatin1String(option), value});
            if (!o.error.isEmpty() || !parseWholeNumber(value))
                expectNamesOption(o.error, QLatin1String(option), value);
        }
    }
    for (const QString& value : hostileValues()) {
        // --frequency takes one character here (the validation judges the letter, see below);
        // longer values are refused naming it. --lab-scenario takes a known name.
        const ScriptOptions frequency = parseScriptOptions(
            {QStringLiteral("source-job"), QStringLiteral("--frequency"), value});
        if (value.size() != 1)
            expectNamesOption(frequency.error, QStringLiteral("frequency"), value);
        const CheckOptions scenario = parseCheckOptions({QStringLiteral("--lab-scenario"), value});
        EXPECT_TRUE(inWords(scenario.error) && scenario.error.contains(value))
            << value.toStdString() << ": " << scenario.error.toStdString();
    }
}

// Where to connect is not a statement value: kept as typed, or trimmed as a server name.
TEST(HostileCommandLine, ConnectionOptionsAreKeptOrRefusedNamingTheOption)
{
    for (const QString& value : hostileValues()) {
        const QStringList base = {QStringLiteral("--server"), QStringLiteral("SQL01")};
        for (const char* option : {"server", "database", "driver", "user"}) {
            QStringList arguments = base;
            arguments << QStringLiteral("--") + QLatin1String(option) << value;
            const ScriptOptions s =
                parseScriptOptions(QStringList{QStringLiteral("source-job")} + arguments);
            const CheckOptions c = parseCheckOptions(arguments);
            const QString name = QLatin1String(option);
            const QString parsed = name == QLatin1String("server")     ? s.server
                                   : name == QLatin1String("database") ? s.database
                                   : name == QLatin1String("driver")   ? s.driver
                                                                       : s.user;
            EXPECT_EQ(c.error, s.error) << "check and script read connections alike";
            if (!s.error.isEmpty())
                expectNamesOption(s.error, name, value);
            else
                EXPECT_EQ(parsed, value.trimmed()) << name.toStdString();
        }
        const ScriptOptions lab = parseScriptOptions(
            {QStringLiteral("source-job"), QStringLiteral("--lab-folder"), value});
        EXPECT_EQ(lab.labFolder, value) << "a folder is taken as typed";
        const ScriptOptions port =
            parseScriptOptions({QStringLiteral("source-job"), QStringLiteral("--server"),
                                QStringLiteral("SQL01"), QStringLiteral("--port"), value});
        expectNamesOption(port.error, QStringLiteral("port"), value);
    }
}

class HostileScriptTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_unique<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        const Result<QVector<ServerCommand>> calls = lab->quickStartCalls();
        ASSERT_TRUE(calls.ok());
        for (const ServerCommand& call : calls.value())
            ASSERT_TRUE(lab->backend()->execute(call).ok()) << call.purpose.toStdString();
    }

    int run(const QString& script, const QStringList& arguments)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        return runScriptCommand(QStringList{script, QStringLiteral("--lab-folder"), lab->root()} +
                                    arguments,
                                outStream, errStream);
    }

    // One run of `script` with `arguments`, where `value` went in: refused in words with exit
    // code 1, or printed carrying `value` exactly. Returns whether it was printed.
    bool expectRefusedOrExact(const QString& script, const QStringList& arguments,
                              const QString& value)
    {
        const int code = run(script, arguments);
        const std::string call = arguments.join(QLatin1Char(' ')).toStdString();
        if (code != ScriptPrinted) {
            EXPECT_EQ(code, ScriptInvalidInput) << call << ": " << err.toStdString();
            EXPECT_TRUE(inWords(err)) << call << ": '" << err.toStdString() << "'";
            EXPECT_TRUE(out.isEmpty()) << call << ": nothing printed on a refusal";
            return false;
        }
        if (out.contains(QStringLiteral("-- Nothing to change")))
            return true; // the job has the value already
        EXPECT_FALSE(value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            << call << ": a line break in a printed script would end its comment or batch";
        QString problem;
        EXPECT_TRUE(previewCarries(out, value, &problem)) << call << ": " << problem.toStdString();
        return true;
    }

    std::unique_ptr<Lab> lab;
    QString out;
    QString err;
};

TEST_F(HostileScriptTest, SourceJobValuesAreRefusedInWordsOrPrintedExactly)
{
    const QString job = QStringLiteral("source-job");
    int printed = 0;
    for (const QString& value : hostileValues()) {
        const QString path = QStringLiteral("\\\\BACKUP\\share ") + value;
        for (const char* option : {"path", "full-path", "log-path"}) {
            const QString name = QStringLiteral("--") + QLatin1String(option);
            printed += expectRefusedOrExact(job, {name, value}, value);
            printed += expectRefusedOrExact(job, {name, path}, path);
        }
        printed += expectRefusedOrExact(job, {QStringLiteral("--mark"), value}, value);
        if (value.size() == 1) {
            EXPECT_NE(run(job, {QStringLiteral("--frequency"), value}), ScriptPrinted)
                << err.toStdString();
        }
        run(job, {QStringLiteral("--remove-database"), value});
        EXPECT_TRUE(inWords(err)) << "nothing of that name is listed: '" << value.toStdString()
                                  << "' " << err.toStdString();
        // A custom database: each part of DEFAULTNAME=SERVER/DATABASE@BTSSERVER in turn. The
        // grammar's separators cut values that hold them into other parts, as documented.
        if (value.contains(QRegularExpression(QStringLiteral("[=/@]"))))
            continue;
        const QString spec = QStringLiteral("%1=LABSQL01/ContosoInvoices@%2");
        for (const QString& added : {spec.arg(value, QStringLiteral("LABBTS01")),
                                     spec.arg(QStringLiteral("Contoso"), value)}) {
            printed += expectRefusedOrExact(job, {QStringLiteral("--add-database"), added}, value);
        }
    }
    EXPECT_GT(printed, 150) << "quotes, brackets and semicolons are valid in folders and names";
}

TEST_F(HostileScriptTest, DestinationValuesAreRefusedInWordsOrPrintedExactly)
{
    const QString setup = QStringLiteral("destination");
    const QStringList destination = {QStringLiteral("--destination"), QStringLiteral("LABSQL02")};
    int printed = 0;
    for (const QString& value : hostileValues()) {
        for (const char* option : {"description", "source-server"}) {
            printed += expectRefusedOrExact(
                setup,
                destination + QStringList{QStringLiteral("--") + QLatin1String(option), value},
                value);
        }
        // A folder with the scripts, or a destination server: never reaches a statement as a
        // value, so each is refused (nothing there) in words.
        EXPECT_NE(run(setup, destination + QStringList{QStringLiteral("--schema-folder"), value}),
                  ScriptPrinted);
        EXPECT_TRUE(inWords(err)) << value.toStdString() << ": " << err.toStdString();
        EXPECT_NE(run(setup, {QStringLiteral("--destination"), value}), ScriptPrinted)
            << value.toStdString();
        EXPECT_TRUE(inWords(err)) << value.toStdString() << ": " << err.toStdString();
        EXPECT_NE(run(QStringLiteral("clean-destination"),
                      destination + QStringList{QStringLiteral("--source-id"), value}),
                  ScriptPrinted);
        EXPECT_TRUE(inWords(err)) << value.toStdString() << ": " << err.toStdString();
    }
    EXPECT_GT(printed, 40);
}

} // namespace
} // namespace bts

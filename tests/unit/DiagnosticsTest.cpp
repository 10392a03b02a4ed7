#include "diagnostics/Diagnostics.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace bts;

namespace {

QStringList valuesOf(const QVector<DiagnosticRow>& rows, const QString& key)
{
    for (const DiagnosticRow& row : rows) {
        if (row.key == key)
            return row.values;
    }
    ADD_FAILURE() << "no row " << key.toStdString();
    return {};
}

DiagnosticsPaths paths()
{
    return {QStringLiteral("/data/logs"), QStringLiteral("/data/logs/audit.log"),
            QStringLiteral("/data/lab")};
}

} // namespace

TEST(Diagnostics, ListsQtVersionAndSqlDrivers)
{
    const QVector<DiagnosticRow> rows = collectDiagnostics(paths());
    EXPECT_EQ(valuesOf(rows, QStringLiteral("Qt version")),
              QStringList{QString::fromLatin1(qVersion())});
    const QStringList drivers = valuesOf(rows, QStringLiteral("Qt SQL drivers"));
    EXPECT_TRUE(drivers.contains(QStringLiteral("QSQLITE"))) << drivers.join(' ').toStdString();
    EXPECT_TRUE(drivers.contains(QStringLiteral("QODBC"))) << drivers.join(' ').toStdString();
    EXPECT_FALSE(valuesOf(rows, QStringLiteral("Qt plugin paths")).isEmpty());
    EXPECT_EQ(valuesOf(rows, QStringLiteral("Application")).first().section(' ', -1),
              QStringLiteral(BTS_VERSION));
}

// This machine has FreeTDS registered with unixODBC (scripts/quickstart.sh installs it).
TEST(Diagnostics, ListsTheOdbcDriverManagersDrivers)
{
    const QStringList drivers =
        valuesOf(collectDiagnostics(paths()), QStringLiteral("ODBC drivers"));
    EXPECT_TRUE(drivers.contains(QStringLiteral("FreeTDS"))) << drivers.join(' ').toStdString();
}

TEST(Diagnostics, NamesTheOperatingSystemAndThePathsItWasGiven)
{
    const QVector<DiagnosticRow> rows = collectDiagnostics(paths());
    EXPECT_FALSE(valuesOf(rows, QStringLiteral("Operating system")).first().isEmpty());
    EXPECT_FALSE(valuesOf(rows, QStringLiteral("CPU architecture")).first().isEmpty());
    EXPECT_EQ(valuesOf(rows, QStringLiteral("Audit log")),
              QStringList{QDir::toNativeSeparators(QStringLiteral("/data/logs/audit.log"))});
    EXPECT_EQ(valuesOf(rows, QStringLiteral("spdlog version")).size(), 1);
}

TEST(Diagnostics, PlainTextHasOneLinePerValue)
{
    const QVector<DiagnosticRow> rows = {
        {QStringLiteral("One"), {QStringLiteral("a")}},
        {QStringLiteral("Many"), {QStringLiteral("b"), QStringLiteral("c")}},
        {QStringLiteral("None"), {}},
    };
    EXPECT_EQ(diagnosticsText(rows), QStringLiteral("One: a\nMany:\n    b\n    c\nNone: (none)\n"));
    const QString all = diagnosticsText(collectDiagnostics(paths()));
    EXPECT_TRUE(all.contains(QStringLiteral("Qt version: ") + QString::fromLatin1(qVersion())));
    EXPECT_TRUE(all.contains(QStringLiteral("    QODBC\n")));
}

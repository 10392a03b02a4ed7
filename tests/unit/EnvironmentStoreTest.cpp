#include "TempDir.h"

#include "environments/EnvironmentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace bts;

namespace {

const QString planted = QStringLiteral("Pl4nted-S3cret;{pw}");

// Values that break naive INI, JSON or connection-string handling.
Environment hostile()
{
    Environment e;
    e.name = QStringLiteral("Prod \"EU\" [west] ; x=1 \\ / Zürich ✓ 東京");
    e.management.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    e.management.server = QStringLiteral("PROD-SQL01\\BTS]x");
    e.management.port = 14330;
    e.management.authentication = ConnectionSettings::Authentication::SqlLogin;
    e.management.userName = QStringLiteral("ops=\"a;b\"");
    e.management.password = planted;
    e.management.encrypt = false;
    e.management.trustServerCertificate = true;
    e.management.loginTimeoutSeconds = 7;
    e.management.queryTimeoutSeconds = 321;
    e.managementDatabase = QStringLiteral("BizTalk]Mgmt'Db");
    e.destinations = {QStringLiteral("DR-SQL01\\BTS"), QStringLiteral("[DR2]")};
    e.thresholds = {11, 22, 33, 44, 55, 66};
    e.passwordStorage = Environment::PasswordStorage::Keychain;
    return e;
}

void expectSame(const Environment& a, const Environment& b)
{
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.management.odbcDriver, b.management.odbcDriver);
    EXPECT_EQ(a.management.server, b.management.server);
    EXPECT_EQ(a.management.port, b.management.port);
    EXPECT_EQ(a.management.authentication, b.management.authentication);
    EXPECT_EQ(a.management.userName, b.management.userName);
    EXPECT_EQ(a.management.encrypt, b.management.encrypt);
    EXPECT_EQ(a.management.trustServerCertificate, b.management.trustServerCertificate);
    EXPECT_EQ(a.management.loginTimeoutSeconds, b.management.loginTimeoutSeconds);
    EXPECT_EQ(a.management.queryTimeoutSeconds, b.management.queryTimeoutSeconds);
    EXPECT_EQ(a.managementDatabase, b.managementDatabase);
    EXPECT_EQ(a.destinations, b.destinations);
    EXPECT_EQ(a.thresholds.logWarningMinutes, b.thresholds.logWarningMinutes);
    EXPECT_EQ(a.thresholds.logCriticalMinutes, b.thresholds.logCriticalMinutes);
    EXPECT_EQ(a.thresholds.fullWarningHours, b.thresholds.fullWarningHours);
    EXPECT_EQ(a.thresholds.fullCriticalHours, b.thresholds.fullCriticalHours);
    EXPECT_EQ(a.thresholds.lagWarningMinutes, b.thresholds.lagWarningMinutes);
    EXPECT_EQ(a.thresholds.lagCriticalMinutes, b.thresholds.lagCriticalMinutes);
    EXPECT_EQ(a.passwordStorage, b.passwordStorage);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

class EnvironmentStoreTest : public TempDirTest {
protected:
    QString ini() const { return path(QStringLiteral("settings.ini")); }
};

} // namespace

TEST_F(EnvironmentStoreTest, TheLabIsBuiltInFirstAndCannotBeRemoved)
{
    EnvironmentStore store(ini());
    store.add(hostile());
    const QVector<Environment> all = store.environments();
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(all.first().isLab);
    EXPECT_EQ(all.first().id, EnvironmentStore::labId());
    EXPECT_FALSE(store.remove(EnvironmentStore::labId()));
    EXPECT_FALSE(store.duplicate(EnvironmentStore::labId()).has_value());

    // The lab's thresholds are its only saved part.
    Environment lab = all.first();
    lab.thresholds.lagWarningMinutes = 5;
    lab.name = QStringLiteral("renamed");
    ASSERT_TRUE(store.update(lab));
    const Environment again = *EnvironmentStore(ini()).find(EnvironmentStore::labId());
    EXPECT_EQ(again.thresholds.lagWarningMinutes, 5);
    EXPECT_EQ(again.name, EnvironmentStore::labEnvironment().name);
}

TEST_F(EnvironmentStoreTest, HostileValuesRoundTripThroughSettingsWithoutThePassword)
{
    QString id;
    {
        EnvironmentStore store(ini());
        const Environment saved = store.add(hostile());
        id = saved.id;
        EXPECT_FALSE(id.isEmpty());
        EXPECT_TRUE(saved.management.password.isEmpty());
        store.setLastOpenedId(id);
    }
    EnvironmentStore reopened(ini());
    const std::optional<Environment> read = reopened.find(id);
    ASSERT_TRUE(read.has_value());
    expectSame(*read, hostile());
    EXPECT_TRUE(read->management.password.isEmpty());
    EXPECT_FALSE(read->isLab);
    EXPECT_EQ(reopened.lastOpenedId(), id);

    const QByteArray bytes = fileBytes(ini());
    EXPECT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains("Pl4nted")) << bytes.toStdString();
    EXPECT_FALSE(bytes.toLower().contains("password=")) << bytes.toStdString();
}

TEST_F(EnvironmentStoreTest, UpdateDuplicateAndRemove)
{
    EnvironmentStore store(ini());
    Environment e = store.add(hostile());
    e.name = QStringLiteral("Renamed");
    e.management.password = planted; // as a form would hand it over
    EXPECT_TRUE(store.update(e));
    EXPECT_EQ(store.find(e.id)->name, QStringLiteral("Renamed"));
    Environment unknown = e;
    unknown.id = QStringLiteral("no-such-id");
    EXPECT_FALSE(store.update(unknown));

    const std::optional<Environment> copy = store.duplicate(e.id);
    ASSERT_TRUE(copy.has_value());
    EXPECT_NE(copy->id, e.id);
    EXPECT_EQ(copy->name, QStringLiteral("Renamed (copy)"));
    EXPECT_EQ(copy->management.server, e.management.server);
    EXPECT_EQ(copy->passwordStorage, Environment::PasswordStorage::AskEveryTime)
        << "the keychain entry belongs to the original";
    EXPECT_EQ(store.environments().size(), 3);

    store.setLastOpenedId(e.id);
    EXPECT_TRUE(store.remove(e.id));
    EXPECT_FALSE(store.remove(e.id));
    EXPECT_FALSE(store.find(e.id).has_value());
    EXPECT_TRUE(store.lastOpenedId().isEmpty());
    EXPECT_TRUE(store.find(copy->id).has_value());
    EXPECT_FALSE(fileBytes(ini()).contains("Pl4nted"));
}

TEST_F(EnvironmentStoreTest, ExportImportRoundTripsWithoutPasswordOrLab)
{
    EnvironmentStore source(ini());
    const Environment saved = source.add(hostile());
    const QByteArray json = EnvironmentStore::exportJson(source.environments());
    EXPECT_FALSE(json.contains("Pl4nted"));
    EXPECT_FALSE(json.toLower().contains("password\"")) << "no password field at all";

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toInt(), EnvironmentStore::formatVersion);
    EXPECT_EQ(root.value(QStringLiteral("environments")).toArray().size(), 1) << "no lab";

    EnvironmentStore target(path(QStringLiteral("other.ini")));
    const EnvironmentStore::ImportReport report = target.importJson(json);
    EXPECT_TRUE(report.errors.isEmpty()) << report.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(report.added.size(), 1);
    EXPECT_EQ(report.added.first().id, saved.id);
    expectSame(*target.find(saved.id), hostile());

    // Importing again: skipped by id, or added under a new id.
    const auto again = target.importJson(json);
    EXPECT_TRUE(again.added.isEmpty());
    EXPECT_EQ(again.skipped, QStringList{hostile().name});
    const auto renewed = target.importJson(json, EnvironmentStore::DuplicateIds::AssignNewId);
    ASSERT_EQ(renewed.added.size(), 1);
    EXPECT_NE(renewed.added.first().id, saved.id);
    EXPECT_EQ(target.environments().size(), 3);
}

TEST_F(EnvironmentStoreTest, ImportReportsErrorsInWordsAndKeepsTheGoodOnes)
{
    EnvironmentStore store(ini());
    auto errorsOf = [&store](const QByteArray& json) {
        return store.importJson(json).errors.join(QLatin1Char('\n'));
    };
    EXPECT_TRUE(errorsOf("{ not json").contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(errorsOf("[1,2]").contains(QStringLiteral("not an environments export")));
    EXPECT_TRUE(
        errorsOf(R"({"format": 99, "environments": []})").contains(QStringLiteral("newer")));

    const QByteArray mixed = R"({"format": 1, "environments": [
        {"name": "Good", "management": {"server": "S1", "password": "Pl4nted"}},
        {"name": "No server", "management": {"server": ""}},
        {"name": "Bad port", "management": {"server": "S", "port": "x"}},
        {"name": "Bad auth", "management": {"server": "S", "authentication": "kerberos"}},
        {"name": "Inverted", "management": {"server": "S"},
         "thresholds": {"logWarningMinutes": 90, "logCriticalMinutes": 60}},
        {"management": {"server": "S"}},
        {"name": "Slash id", "id": "a/b\\c", "management": {"server": "S2"}},
        42
    ]})";
    const auto report = store.importJson(mixed);
    const QString words = report.errors.join(QLatin1Char('\n'));
    EXPECT_EQ(report.added.size(), 2) << words.toStdString();
    EXPECT_EQ(report.errors.size(), 6) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("neither a server nor a data source")));
    EXPECT_TRUE(words.contains(QStringLiteral("\"port\" must be a whole number")));
    EXPECT_TRUE(words.contains(QStringLiteral("\"authentication\" must be")));
    EXPECT_TRUE(words.contains(QStringLiteral("warning threshold must be below")));
    EXPECT_TRUE(words.contains(QStringLiteral("no name")));
    EXPECT_TRUE(words.contains(QStringLiteral("\"Bad port\"")));
    for (const Environment& e : report.added) {
        EXPECT_TRUE(e.management.password.isEmpty()) << "a password in the file is ignored";
        EXPECT_FALSE(e.id.contains(QLatin1Char('/')));
        EXPECT_FALSE(e.id.contains(QLatin1Char('\\')));
    }
    EXPECT_FALSE(fileBytes(ini()).contains("Pl4nted"));
}

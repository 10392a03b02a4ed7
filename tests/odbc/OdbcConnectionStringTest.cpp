#include "mssql/OdbcConnectionString.h"

#include <QMap>

#include <gtest/gtest.h>

using bts::ConnectionSettings;
using bts::OdbcConnectionString;

namespace {

// A reader that follows the ODBC rules (braced values, "}}" for "}"), so that the tests check
// what a driver would see rather than the exact spelling.
QMap<QString, QString> parse(const QString& text)
{
    QMap<QString, QString> pairs;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = text.mid(i, eq - i).trimmed().toUpper();
        QString value;
        i = eq + 1;
        if (i < text.size() && text.at(i) == QLatin1Char('{')) {
            ++i;
            while (i < text.size()) {
                if (text.at(i) == QLatin1Char('}')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
                        value += QLatin1Char('}');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += text.at(i++);
            }
            EXPECT_TRUE(i >= text.size() || text.at(i) == QLatin1Char(';')) << text.toStdString();
        } else {
            const qsizetype end = text.indexOf(QLatin1Char(';'), i);
            value = text.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? text.size() : end;
        }
        pairs.insert(key, value);
        ++i; // the ';'
    }
    return pairs;
}

ConnectionSettings sqlLogin(const QString& driver)
{
    ConnectionSettings s;
    s.odbcDriver = driver;
    s.server = QStringLiteral("LABSQL01");
    s.authentication = ConnectionSettings::Authentication::SqlLogin;
    s.userName = QStringLiteral("bts_operator");
    s.password = QStringLiteral("plain");
    return s;
}

const QString msDriver = QStringLiteral("ODBC Driver 18 for SQL Server");

} // namespace

TEST(OdbcConnectionString, QuotesOnlyWhenNeeded)
{
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral("a;b}c")),
              QStringLiteral("{a;b}}c}"));
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral("{x")), QStringLiteral("{{x}"));
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral("k=v")), QStringLiteral("{k=v}"));
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral(" lead")), QStringLiteral("{ lead}"));
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral("trail ")),
              QStringLiteral("{trail }"));
    EXPECT_EQ(OdbcConnectionString::quoteValue(QStringLiteral("two words")),
              QStringLiteral("{two words}"));
}

TEST(OdbcConnectionString, HostilePasswordsSurviveTheRoundTrip)
{
    const QStringList passwords = {
        QStringLiteral("a;b}c"),         QStringLiteral("}}}"),       QStringLiteral("{start"),
        QStringLiteral("x=y;PWD=evil"),  QStringLiteral(" spaced "),  QStringLiteral("}"),
        QStringLiteral("Pässwörd;日本"), QStringLiteral("a}};{b}=c"),
    };
    for (const QString& password : passwords) {
        ConnectionSettings s = sqlLogin(msDriver);
        s.password = password;
        const auto pairs = parse(OdbcConnectionString::build(s, QStringLiteral("BizTalkMgmtDb")));
        EXPECT_EQ(pairs.value(QStringLiteral("PWD")), password) << password.toStdString();
        EXPECT_EQ(pairs.value(QStringLiteral("UID")), QStringLiteral("bts_operator"));
        EXPECT_EQ(pairs.value(QStringLiteral("DATABASE")), QStringLiteral("BizTalkMgmtDb"));
        // An injected "PWD=evil" must stay inside the password, not become a second key.
        EXPECT_EQ(pairs.size(), 8) << OdbcConnectionString::redacted(s, {}).toStdString();
    }
}

TEST(OdbcConnectionString, HostileDatabaseAndUserNamesAreQuoted)
{
    ConnectionSettings s = sqlLogin(msDriver);
    s.userName = QStringLiteral("odd;user=x");
    const auto pairs = parse(OdbcConnectionString::build(s, QStringLiteral("My DB;{1}")));
    EXPECT_EQ(pairs.value(QStringLiteral("UID")), QStringLiteral("odd;user=x"));
    EXPECT_EQ(pairs.value(QStringLiteral("DATABASE")), QStringLiteral("My DB;{1}"));
    EXPECT_EQ(pairs.value(QStringLiteral("APP")), QStringLiteral("BizTalk Log Shipping Console"));
}

TEST(OdbcConnectionString, MicrosoftDriverForm)
{
    ConnectionSettings s = sqlLogin(msDriver);
    s.port = 1433;
    s.encrypt = true;
    s.trustServerCertificate = true;
    const QString text = OdbcConnectionString::build(s, QStringLiteral("master"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Driver={ODBC Driver 18 for SQL Server};")))
        << text.toStdString();
    const auto pairs = parse(text);
    EXPECT_EQ(pairs.value(QStringLiteral("SERVER")), QStringLiteral("LABSQL01,1433"));
    EXPECT_FALSE(pairs.contains(QStringLiteral("PORT")));
    EXPECT_EQ(pairs.value(QStringLiteral("ENCRYPT")), QStringLiteral("yes"));
    EXPECT_EQ(pairs.value(QStringLiteral("TRUSTSERVERCERTIFICATE")), QStringLiteral("yes"));

    s.port = 0;
    s.server = QStringLiteral("LABSQL01\\BIZTALK");
    s.encrypt = false;
    s.trustServerCertificate = false;
    const auto named = parse(OdbcConnectionString::build(s, QStringLiteral("master")));
    EXPECT_EQ(named.value(QStringLiteral("SERVER")), QStringLiteral("LABSQL01\\BIZTALK"));
    EXPECT_EQ(named.value(QStringLiteral("ENCRYPT")), QStringLiteral("no"));
    EXPECT_EQ(named.value(QStringLiteral("TRUSTSERVERCERTIFICATE")), QStringLiteral("no"));
}

TEST(OdbcConnectionString, FreeTdsForm)
{
    ConnectionSettings s = sqlLogin(QStringLiteral("FreeTDS"));
    s.server = QStringLiteral("labsql01");
    s.port = 14330;
    const auto pairs = parse(OdbcConnectionString::build(s, QStringLiteral("master")));
    EXPECT_EQ(pairs.value(QStringLiteral("DRIVER")), QStringLiteral("FreeTDS"));
    EXPECT_EQ(pairs.value(QStringLiteral("SERVER")), QStringLiteral("labsql01"));
    EXPECT_EQ(pairs.value(QStringLiteral("PORT")), QStringLiteral("14330"));
    EXPECT_EQ(pairs.value(QStringLiteral("TDS_VERSION")), QStringLiteral("7.4"));
    EXPECT_EQ(pairs.value(QStringLiteral("ENCRYPTION")), QStringLiteral("require"));
    EXPECT_FALSE(pairs.contains(QStringLiteral("ENCRYPT")));
    EXPECT_FALSE(pairs.contains(QStringLiteral("TRUSTSERVERCERTIFICATE")));

    // A named instance without a port goes as is; with a port, the port wins.
    s.server = QStringLiteral("labsql01\\BIZTALK");
    s.port = 0;
    s.encrypt = false;
    const auto named = parse(OdbcConnectionString::build(s, QStringLiteral("master")));
    EXPECT_EQ(named.value(QStringLiteral("SERVER")), QStringLiteral("labsql01\\BIZTALK"));
    EXPECT_FALSE(named.contains(QStringLiteral("PORT")));
    EXPECT_EQ(named.value(QStringLiteral("ENCRYPTION")), QStringLiteral("request"));

    s.port = 50123;
    const auto both = parse(OdbcConnectionString::build(s, QStringLiteral("master")));
    EXPECT_EQ(both.value(QStringLiteral("SERVER")), QStringLiteral("labsql01"));
    EXPECT_EQ(both.value(QStringLiteral("PORT")), QStringLiteral("50123"));
}

TEST(OdbcConnectionString, WindowsAuthentication)
{
    ConnectionSettings s;
    s.odbcDriver = msDriver;
    s.server = QStringLiteral("LABSQL01");
    s.authentication = ConnectionSettings::Authentication::Windows;
    s.userName = QStringLiteral("ignored");
    s.password = QStringLiteral("ignored-secret");
    const QString text = OdbcConnectionString::build(s, QStringLiteral("BizTalkMgmtDb"));
    const auto pairs = parse(text);
    EXPECT_EQ(pairs.value(QStringLiteral("TRUSTED_CONNECTION")), QStringLiteral("Yes"));
    EXPECT_FALSE(pairs.contains(QStringLiteral("UID")));
    EXPECT_FALSE(pairs.contains(QStringLiteral("PWD")));
    EXPECT_FALSE(text.contains(QStringLiteral("ignored-secret")));

    // FreeTDS on a non-Windows machine: DOMAIN\user with a password means NTLM.
    s.odbcDriver = QStringLiteral("FreeTDS");
    s.userName = QStringLiteral("CORP\\svc_bts");
    s.password = QStringLiteral("ntlm;pw");
    const auto ntlm = parse(OdbcConnectionString::build(s, QString()));
    EXPECT_EQ(ntlm.value(QStringLiteral("UID")), QStringLiteral("CORP\\svc_bts"));
    EXPECT_EQ(ntlm.value(QStringLiteral("PWD")), QStringLiteral("ntlm;pw"));
    EXPECT_FALSE(ntlm.contains(QStringLiteral("TRUSTED_CONNECTION")));
    EXPECT_FALSE(ntlm.contains(QStringLiteral("DATABASE")));
}

TEST(OdbcConnectionString, DsnForm)
{
    ConnectionSettings s = sqlLogin(QString());
    s.dsn = QStringLiteral("BizTalk Lab");
    s.server = QStringLiteral("not-used");
    s.port = 1433;
    const QString text = OdbcConnectionString::build(s, QStringLiteral("BizTalkDTADb"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("DSN={BizTalk Lab};"))) << text.toStdString();
    const auto pairs = parse(text);
    EXPECT_FALSE(pairs.contains(QStringLiteral("DRIVER")));
    EXPECT_FALSE(pairs.contains(QStringLiteral("SERVER")));
    EXPECT_FALSE(pairs.contains(QStringLiteral("PORT")));
    EXPECT_EQ(pairs.value(QStringLiteral("DATABASE")), QStringLiteral("BizTalkDTADb"));
    EXPECT_EQ(pairs.value(QStringLiteral("UID")), QStringLiteral("bts_operator"));
    EXPECT_EQ(s.displayName(), QStringLiteral("DSN=BizTalk Lab"));
}

TEST(OdbcConnectionString, RedactedHidesEveryTraceOfThePassword)
{
    ConnectionSettings s = sqlLogin(msDriver);
    s.password = QStringLiteral("Pl4nt3d;S3cr}et {pw}=");
    const QString secret = OdbcConnectionString::redacted(s, QStringLiteral("BizTalkMgmtDb"));
    EXPECT_FALSE(secret.contains(QStringLiteral("Pl4nt3d"))) << secret.toStdString();
    EXPECT_FALSE(secret.contains(QStringLiteral("S3cr"))) << secret.toStdString();
    EXPECT_TRUE(secret.contains(QStringLiteral("PWD=***;"))) << secret.toStdString();
    // Apart from the password, it is the real string.
    auto real = parse(OdbcConnectionString::build(s, QStringLiteral("BizTalkMgmtDb")));
    auto shown = parse(secret);
    real.remove(QStringLiteral("PWD"));
    shown.remove(QStringLiteral("PWD"));
    EXPECT_EQ(real, shown);
}

TEST(OdbcConnectionString, ConnectOptions)
{
    ConnectionSettings s;
    s.loginTimeoutSeconds = 7;
    s.queryTimeoutSeconds = 90;
    EXPECT_EQ(OdbcConnectionString::connectOptions(s),
              QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=7;SQL_ATTR_CONNECTION_TIMEOUT=90"));
    s.loginTimeoutSeconds = -1;
    EXPECT_TRUE(OdbcConnectionString::connectOptions(s).startsWith(
        QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=0;")));
}

TEST(ConnectionSettings, DisplayName)
{
    ConnectionSettings s;
    s.server = QStringLiteral("LABSQL01\\BIZTALK");
    EXPECT_EQ(s.displayName(), QStringLiteral("LABSQL01\\BIZTALK"));
    s.server = QStringLiteral("labsql01");
    s.port = 14330;
    EXPECT_EQ(s.displayName(), QStringLiteral("labsql01,14330"));
    s.dsn = QStringLiteral("Lab");
    EXPECT_EQ(s.displayName(), QStringLiteral("DSN=Lab"));
}

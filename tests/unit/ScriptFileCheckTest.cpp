#include "tsql/ScriptFileCheck.h"

#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace bts;

namespace {

// Stand-ins with the objects the real scripts define; Microsoft's scripts are not ours to ship.
const QString kSchemaText = QStringLiteral(
    "CREATE TABLE [dbo].[bts_LogShippingDatabases] ([DatabaseName] nvarchar(128))\r\nGO\r\n"
    "CREATE TABLE [dbo].[bts_LogShippingHistory] ([BackupFileName] nvarchar(500))\r\nGO\r\n"
    "CREATE TABLE [dbo].[bts_LogShippingLastRestoreSet] ([SetId] int)\r\nGO\r\n");
const QString kLogicText =
    QStringLiteral("CREATE PROCEDURE [dbo].[bts_ConfigureBizTalkLogShipping] AS\r\n"
                   "/* GO inside a comment\r\nGO\r\n*/\r\nSELECT 'GO'\r\nGO\r\n"
                   "GRANT EXECUTE ON [dbo].[bts_ConfigureBizTalkLogShipping] TO public\r\nGO\r\n");

} // namespace

class ScriptFileCheck : public TempDirTest {
protected:
    // Written as UTF-16LE with a BOM, the way BizTalk ships its scripts.
    void write(const QString& name, const QString& text)
    {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(encoder(text));
    }

    void writeBoth()
    {
        write(QString::fromLatin1(kDestinationSchemaScript), kSchemaText);
        write(QString::fromLatin1(kDestinationLogicScript), kLogicText);
    }
};

TEST_F(ScriptFileCheck, BothScriptsPresentAndRight)
{
    writeBoth();
    const auto checks = checkDestinationScripts(path());
    ASSERT_EQ(checks.size(), 2);
    for (const ScriptCheck& check : checks) {
        EXPECT_TRUE(check.found) << check.path.toStdString();
        EXPECT_TRUE(check.looksRight) << check.problem.toStdString();
        EXPECT_TRUE(check.problem.isEmpty());
    }
    EXPECT_EQ(checks[0].path, path(QString::fromLatin1(kDestinationSchemaScript)));
    EXPECT_EQ(checks[1].path, path(QString::fromLatin1(kDestinationLogicScript)));
    EXPECT_EQ(checks[0].batchCount, 3);
    EXPECT_EQ(checks[1].batchCount, 2);
}

TEST_F(ScriptFileCheck, MissingLogicScriptSaysWhereToPoint)
{
    write(QString::fromLatin1(kDestinationSchemaScript), kSchemaText);
    const auto checks = checkDestinationScripts(path());
    ASSERT_EQ(checks.size(), 2);
    EXPECT_TRUE(checks[0].looksRight);
    EXPECT_FALSE(checks[1].found);
    EXPECT_FALSE(checks[1].looksRight);
    EXPECT_EQ(checks[1].path, path(QString::fromLatin1(kDestinationLogicScript)));
    const QString expected =
        QStringLiteral("LogShipping_Destination_Logic.sql is missing from %1: "
                       "point to the Schema folder of the BizTalk installation")
            .arg(QDir::toNativeSeparators(path()));
    EXPECT_TRUE(checks[1].problem.startsWith(expected)) << checks[1].problem.toStdString();
    EXPECT_TRUE(checks[1].problem.contains(QStringLiteral("Microsoft BizTalk Server\\Schema")));
}

TEST_F(ScriptFileCheck, WrongContentAsksWhetherItIsTheRightFile)
{
    write(QString::fromLatin1(kDestinationSchemaScript),
          QStringLiteral("CREATE TABLE bts_LogShippingDatabases (x int)\nGO\n"));
    write(QString::fromLatin1(kDestinationLogicScript),
          QStringLiteral("CREATE PROCEDURE bts_SomethingElse AS SELECT 1\nGO\n"));
    const auto checks = checkDestinationScripts(path());
    ASSERT_EQ(checks.size(), 2);
    EXPECT_TRUE(checks[0].found);
    EXPECT_FALSE(checks[0].looksRight);
    EXPECT_EQ(checks[0].problem,
              QStringLiteral("LogShipping_Destination_Schema.sql does not define "
                             "bts_LogShippingHistory: is it the right file?"));
    EXPECT_FALSE(checks[1].looksRight);
    EXPECT_EQ(checks[1].problem,
              QStringLiteral("LogShipping_Destination_Logic.sql does not define "
                             "bts_ConfigureBizTalkLogShipping: is it the right file?"));
    EXPECT_EQ(checks[1].batchCount, 1);
}

TEST_F(ScriptFileCheck, FindsNamesInAnotherCase)
{
    write(QStringLiteral("logshipping_destination_schema.SQL"), kSchemaText);
    write(QStringLiteral("LOGSHIPPING_DESTINATION_LOGIC.sql"), kLogicText);
    const auto checks = checkDestinationScripts(path());
    ASSERT_EQ(checks.size(), 2);
    EXPECT_TRUE(checks[0].looksRight) << checks[0].problem.toStdString();
    EXPECT_TRUE(checks[1].looksRight) << checks[1].problem.toStdString();
    EXPECT_EQ(checks[0].path, path(QStringLiteral("logshipping_destination_schema.SQL")));
    EXPECT_EQ(checks[1].path, path(QStringLiteral("LOGSHIPPING_DESTINATION_LOGIC.sql")));
}

TEST_F(ScriptFileCheck, ScriptThatDoesNotSplitNamesTheLine)
{
    writeBoth();
    write(QString::fromLatin1(kDestinationLogicScript),
          QStringLiteral("SELECT 1\nGO\n/* bts_ConfigureBizTalkLogShipping\nGO\n"));
    const auto checks = checkDestinationScripts(path());
    EXPECT_TRUE(checks[1].found);
    EXPECT_FALSE(checks[1].looksRight);
    EXPECT_TRUE(checks[1].problem.contains(QStringLiteral("Line 3")))
        << checks[1].problem.toStdString();
    EXPECT_EQ(checks[1].batchCount, 0);
}

TEST_F(ScriptFileCheck, EmptyScriptIsAProblem)
{
    writeBoth();
    QFile file(path(QString::fromLatin1(kDestinationSchemaScript)));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.close();
    const auto checks = checkDestinationScripts(path());
    EXPECT_TRUE(checks[0].found);
    EXPECT_FALSE(checks[0].looksRight);
    EXPECT_TRUE(checks[0].problem.endsWith(QStringLiteral("is empty")))
        << checks[0].problem.toStdString();
    EXPECT_TRUE(checks[1].looksRight);
}

TEST_F(ScriptFileCheck, MissingOrEmptyFolder)
{
    const auto missing = checkDestinationScripts(path(QStringLiteral("no-such-folder")));
    ASSERT_EQ(missing.size(), 2);
    EXPECT_FALSE(missing[0].found);
    EXPECT_TRUE(missing[0].problem.contains(QStringLiteral("does not exist")))
        << missing[0].problem.toStdString();

    const auto none = checkDestinationScripts(QString());
    ASSERT_EQ(none.size(), 2);
    EXPECT_FALSE(none[1].found);
    EXPECT_TRUE(none[1].problem.contains(QStringLiteral("no folder is given")));
}

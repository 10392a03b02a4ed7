#include "tsql/ExecCall.h"
#include "group/BackupJobSettings.h"
#include "tsql/SqlQuoting.h"

#include <gtest/gtest.h>

using namespace bts;

TEST(ExecCall, ParsesTheDefaultBackupFullStep)
{
    const auto r = parseExecCall(QStringLiteral(
        "exec [dbo].[sp_BackupAllFull_Schedule] 'd' /* Frequency */, 'BTS' /* Name */, "
        "'<destination path>' /* location of backup files */"));
    ASSERT_TRUE(r.call.has_value()) << r.error.toStdString();
    EXPECT_EQ(r.call->nameParts,
              QStringList({QStringLiteral("dbo"), QStringLiteral("sp_BackupAllFull_Schedule")}));
    ASSERT_EQ(r.call->arguments.size(), 3);
    EXPECT_EQ(r.call->arguments[2].value.text, QStringLiteral("<destination path>"));
    EXPECT_EQ(r.call->comments.size(), 3);
}

TEST(ExecCall, ParsesNamedArgumentsUnicodeLiteralsAndDoubledQuotes)
{
    const auto r = parseExecCall(QStringLiteral(
        "EXECUTE dbo.sp_MarkAll @MarkName = N'O''Brien', @BackupPath=N'\\\\srv\\share [x]; --y', "
        "@UseLocalTime = 1; -- trailing comment"));
    ASSERT_TRUE(r.call.has_value()) << r.error.toStdString();
    ASSERT_EQ(r.call->arguments.size(), 3);
    EXPECT_EQ(r.call->arguments[0].name, QStringLiteral("MarkName"));
    EXPECT_EQ(r.call->arguments[0].value.text, QStringLiteral("O'Brien"));
    EXPECT_TRUE(r.call->arguments[0].value.unicode);
    EXPECT_EQ(r.call->arguments[1].value.text, QStringLiteral("\\\\srv\\share [x]; --y"));
    EXPECT_EQ(r.call->arguments[2].value.toInteger(), 1);
}

TEST(ExecCall, NestedCommentsAndBracketsWithClosingBrackets)
{
    const auto r =
        parseExecCall(QStringLiteral("exec [my]]db].[dbo].[p] /* a /* b */ c */ -1, NULL"));
    ASSERT_TRUE(r.call.has_value()) << r.error.toStdString();
    EXPECT_EQ(r.call->nameParts.first(), QStringLiteral("my]db"));
    EXPECT_EQ(r.call->arguments[0].value.toInteger(), -1);
    EXPECT_TRUE(r.call->arguments[1].value.isNull());
}

TEST(ExecCall, RejectsWhatItDoesNotUnderstand)
{
    for (const char* text :
         {"IF (sys.fn_hadr_is_primary_replica('x') = 1) exec dbo.p 1", "exec dbo.p 'unterminated",
          "exec dbo.p @v", "exec dbo.p 1; exec dbo.q 2", "exec dbo.p @a = 1, 2",
          "exec dbo.p /* open comment", "select 1"}) {
        const auto r = parseExecCall(QString::fromUtf8(text));
        EXPECT_FALSE(r.call.has_value()) << text;
        EXPECT_FALSE(r.error.isEmpty()) << text;
    }
}

TEST(ExecCall, RoundTripsThroughToSql)
{
    ExecCall call;
    call.nameParts = {QStringLiteral("dbo"), QStringLiteral("sp_MarkAll")};
    call.arguments = {{{}, SqlLiteral::string(QStringLiteral("B'T]S"))},
                      {QStringLiteral("UseLocalTime"), SqlLiteral::number(1)}};
    const QString sql = call.toSql();
    EXPECT_EQ(sql, QStringLiteral("exec [dbo].[sp_MarkAll] N'B''T]S', @UseLocalTime = 1"));
    const auto back = parseExecCall(sql);
    ASSERT_TRUE(back.call.has_value());
    EXPECT_EQ(back.call->arguments, call.arguments);
}

TEST(ExecCall, BindsPositionalAndNamedArguments)
{
    const auto r = parseExecCall(
        QStringLiteral("exec dbo.sp_BackupAllFull_Schedule 'w', 'BTS', 'c:\\b', @BackupHour = 3"));
    ASSERT_TRUE(r.call.has_value());
    const BoundArguments b = bindArguments(*r.call, ProcedureSignatures::BackupAllFullSchedule);
    ASSERT_TRUE(b.ok()) << b.error.toStdString();
    EXPECT_EQ(b.value(4)->toInteger(), 3);
    EXPECT_FALSE(b.value(3).has_value());
    const auto bad = parseExecCall(QStringLiteral("exec dbo.sp_MarkAll @Nope = 1"));
    EXPECT_FALSE(bindArguments(*bad.call, ProcedureSignatures::MarkAll).ok());
}

TEST(SqlQuoting, QuotesLikeQuoteName)
{
    EXPECT_EQ(quoteName(QStringLiteral("a]b")), QStringLiteral("[a]]b]"));
    EXPECT_EQ(quoteUnicodeLiteral(QStringLiteral("it's")), QStringLiteral("N'it''s'"));
}

TEST(BackupJobSettings, ReadsTheFourStepsAndFlagsThePlaceholder)
{
    BackupJobState job;
    job.steps = {
        {1,
         QStringLiteral("Set Compression Option"),
         QStringLiteral("exec [dbo].[sp_SetBackupCompression] @bCompression = 1"),
         {},
         3,
         3},
        {2,
         QStringLiteral("BackupFull"),
         QStringLiteral("exec [dbo].[sp_BackupAllFull_Schedule] 'W', 'BTS', '<destination path>', "
                        "'1', '2', 1"),
         {},
         3,
         2},
        {3,
         QStringLiteral("MarkAndBackupLog"),
         QStringLiteral("exec [dbo].[sp_MarkAll] 'Log', 'x:\\b', 1"),
         {},
         3,
         2},
        {4,
         QStringLiteral("Clear Backup History"),
         QStringLiteral("exec [dbo].[sp_DeleteBackupHistory] @DaysToKeep=7"),
         {},
         1,
         2},
    };
    const BackupJobSettings s = BackupJobSettings::fromJob(job);
    EXPECT_TRUE(s.problems.isEmpty());
    EXPECT_EQ(s.compression, true);
    ASSERT_TRUE(s.full.has_value());
    EXPECT_EQ(s.full->frequency, QLatin1Char('w'));
    EXPECT_TRUE(s.full->forceFullAfterPartialSet);
    EXPECT_EQ(s.full->backupHour, 2);
    EXPECT_TRUE(s.full->useLocalTime);
    EXPECT_EQ(s.log->markName, QStringLiteral("Log"));
    EXPECT_EQ(s.daysToKeep, 7);
    EXPECT_TRUE(s.hasPlaceholderPath());
}

TEST(BackupJobSettings, ThreeStepLayoutAndUnreadableCommands)
{
    BackupJobState job;
    job.steps = {
        {1,
         QStringLiteral("BackupFull"),
         QStringLiteral("IF 1=1 exec dbo.sp_BackupAllFull_Schedule 'd','BTS','x'"),
         {},
         3,
         2},
        {2,
         QStringLiteral("MarkAndBackupLog"),
         QStringLiteral("exec [dbo].[sp_MarkAll] 'BTS', 'x'"),
         {},
         3,
         2},
    };
    const BackupJobSettings s = BackupJobSettings::fromJob(job);
    EXPECT_FALSE(s.compression.has_value());
    EXPECT_FALSE(s.full.has_value());
    EXPECT_EQ(s.problems.size(), 1);
    EXPECT_TRUE(s.log.has_value());
}

TEST(ExecCall, UglyRealWorldShapes)
{
    // Line breaks, tabs, an empty N'', upper-case EXEC, a trailing comment and semicolon.
    const auto r =
        parseExecCall(QStringLiteral("  EXEC\t[dbo].[sp_BackupAllFull_Schedule]\r\n"
                                     "\t'd' ,\n N'BTS'/*Name*/,\n\tN''  -- no path yet\n;\n"));
    ASSERT_TRUE(r.call.has_value()) << r.error.toStdString();
    ASSERT_EQ(r.call->arguments.size(), 3);
    EXPECT_EQ(r.call->arguments[1].value.text, QStringLiteral("BTS"));
    EXPECT_TRUE(r.call->arguments[2].value.text.isEmpty());
    EXPECT_EQ(r.call->arguments[2].value.kind, SqlLiteral::Kind::String);
    // Optional parameters left out read as absent, not as zero.
    const BoundArguments b = bindArguments(*r.call, ProcedureSignatures::BackupAllFullSchedule);
    ASSERT_TRUE(b.ok());
    EXPECT_FALSE(b.value(3).has_value());
    EXPECT_FALSE(b.value(5).has_value());
}

TEST(ExecCall, QuotesAndCommentMarkersInsideStringsAreData)
{
    const auto r =
        parseExecCall(QStringLiteral("exec dbo.sp_MarkAll N'a''--b', N'/* not a comment */;'"));
    ASSERT_TRUE(r.call.has_value()) << r.error.toStdString();
    EXPECT_EQ(r.call->arguments[0].value.text, QStringLiteral("a'--b"));
    EXPECT_EQ(r.call->arguments[1].value.text, QStringLiteral("/* not a comment */;"));
    EXPECT_TRUE(r.call->comments.isEmpty());
    // And they survive a round trip.
    const auto again = parseExecCall(r.call->toSql());
    ASSERT_TRUE(again.call.has_value());
    EXPECT_EQ(again.call->arguments, r.call->arguments);
}

TEST(ExecCall, ErrorsSayWhere)
{
    const auto r = parseExecCall(QStringLiteral("exec dbo.p 'a' 'b'"));
    ASSERT_FALSE(r.call.has_value());
    EXPECT_EQ(r.error, QStringLiteral("a comma is expected between arguments"));
    EXPECT_EQ(r.errorOffset, 15);
}

#include "tsql/BatchSplitter.h"

#include "TempDir.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace bts;

namespace {

SplitResult split(const char* script)
{
    return splitBatches(QString::fromUtf8(script));
}

QStringList texts(const SplitResult& result)
{
    QStringList list;
    for (const SqlBatch& batch : result.batches)
        list.append(batch.text);
    return list;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

TEST(BatchSplitter, SplitsOnGoLines)
{
    const auto r = split("SELECT 1\nGO\nSELECT 2\nFROM t\nGO\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1", "SELECT 2\nFROM t"}));
    EXPECT_EQ(r.batches[0].firstLine, 1);
    EXPECT_EQ(r.batches[1].firstLine, 3);
    EXPECT_EQ(r.batches[0].repeat, 1);
}

TEST(BatchSplitter, GoIsCaseInsensitive)
{
    const auto r = split("select 1\ngo\nselect 2\nGo\nselect 3\ngO");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"select 1", "select 2", "select 3"}));
}

TEST(BatchSplitter, GoWithCountRepeatsTheBatch)
{
    const auto r = split("INSERT t VALUES (1)\nGO 3\nSELECT 2\nGO 1\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.batches.size(), 2);
    EXPECT_EQ(r.batches[0].repeat, 3);
    EXPECT_EQ(r.batches[1].repeat, 1);
}

TEST(BatchSplitter, GoWithSurroundingSpaceAndTrailingComment)
{
    const auto r = split("SELECT 1\n  GO  -- end of batch\nSELECT 2\n\tgo 2 -- twice\nSELECT 3\n"
                         "GO--tight\nSELECT 4\nGO 5--tight too\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1", "SELECT 2", "SELECT 3", "SELECT 4"}));
    EXPECT_EQ(r.batches[1].repeat, 2);
    EXPECT_EQ(r.batches[3].repeat, 5);
}

TEST(BatchSplitter, GoInsideAStringIsText)
{
    const auto r = split("SELECT 'a\nGO\nb'\nGO\nSELECT 2");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 'a\nGO\nb'", "SELECT 2"}));
}

TEST(BatchSplitter, UnicodeStringsWithDoubledQuotes)
{
    // '' does not close the string, so the GO after it is still inside.
    const auto r = split("SELECT N'it''s\nGO\n'' still text'\nGO\nSELECT N''\nGO\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT N'it''s\nGO\n'' still text'", "SELECT N''"}));
}

TEST(BatchSplitter, GoInsideBracketedNameIsText)
{
    const auto r = split("CREATE TABLE [a]]\nGO\n'b] (x int)\nGO\nSELECT 2");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"CREATE TABLE [a]]\nGO\n'b] (x int)", "SELECT 2"}));
}

TEST(BatchSplitter, GoInsideQuotedNameIsText)
{
    const auto r = split("SELECT 1 AS \"x\"\"\nGO\n'y\"\nGO\nSELECT 2");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1 AS \"x\"\"\nGO\n'y\"", "SELECT 2"}));
}

TEST(BatchSplitter, QuotesInLineCommentsDoNotOpenStrings)
{
    const auto r = split("SELECT 1 -- don't [ \" /*\nGO\nSELECT 2");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1 -- don't [ \" /*", "SELECT 2"}));
}

TEST(BatchSplitter, GoInsideNestedBlockCommentIsText)
{
    const auto r = split("/* outer\n/* inner\nGO\n*/\nGO\n-- still outer */\nSELECT 1\nGO\n"
                         "SELECT 2 /* one-line */\nGO");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.batches.size(), 2);
    EXPECT_TRUE(r.batches[0].text.endsWith(QStringLiteral("still outer */\nSELECT 1")));
    EXPECT_EQ(r.batches[1].text, QStringLiteral("SELECT 2 /* one-line */"));
    EXPECT_EQ(r.batches[1].firstLine, 9);
}

TEST(BatchSplitter, CommentMarkersInsideStringsAreText)
{
    const auto r = split("SELECT '/*', '--', N'['\nGO\nSELECT 2");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT '/*', '--', N'['", "SELECT 2"}));
}

TEST(BatchSplitter, CrLfLineEndsAreKeptInsideBatches)
{
    const auto r = split("SELECT 1\r\nGO\r\nSELECT 2\r\nSELECT 3\r\nGO\r\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1", "SELECT 2\r\nSELECT 3"}));
    EXPECT_EQ(r.batches[1].firstLine, 3);
}

TEST(BatchSplitter, CrOnlyLineEnds)
{
    const auto r = split("SELECT 1\rGO\r\rSELECT 2\rGO 2\r");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1", "SELECT 2"}));
    EXPECT_EQ(r.batches[1].firstLine, 4);
    EXPECT_EQ(r.batches[1].repeat, 2);
}

TEST(BatchSplitter, Utf8BomBeforeTheFirstGoIsIgnored)
{
    const auto r = splitBatches(QChar(0xFEFF) + QStringLiteral("GO\nSELECT 1"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1"}));
    EXPECT_EQ(r.batches[0].firstLine, 2);
}

TEST(BatchSplitter, LastBatchNeedsNoFinalGo)
{
    const auto r = split("SELECT 1\nGO\nSELECT 2\n\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1", "SELECT 2"}));
}

TEST(BatchSplitter, EmptyBatchesAreSkipped)
{
    const auto r = split("\nGO\n  \n\t\nGO\nSELECT 1\nGO\nGO 5\n\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r), list({"SELECT 1"}));
    EXPECT_EQ(r.batches[0].firstLine, 6);
    EXPECT_TRUE(split("").batches.isEmpty());
    EXPECT_TRUE(split("").ok());
}

TEST(BatchSplitter, BlankEdgeLinesAreTrimmedAndFirstLineFollows)
{
    const auto r = split("GO\n\n\n  SELECT 1\n\n  FROM t  \n\n   \nGO\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.batches.size(), 1);
    EXPECT_EQ(r.batches[0].text, QStringLiteral("  SELECT 1\n\n  FROM t  "));
    EXPECT_EQ(r.batches[0].firstLine, 4);
}

TEST(BatchSplitter, GotoGoSemicolonAndTrailingGoAreNotSeparators)
{
    const auto r = split("GOTO label\nlabel:\nSELECT 'x' GO\nGO;\nGOx 1\n/* c */ GO\nGO\nSELECT 2");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(texts(r),
              list({"GOTO label\nlabel:\nSELECT 'x' GO\nGO;\nGOx 1\n/* c */ GO", "SELECT 2"}));
}

TEST(BatchSplitter, BadRepeatCountsAreErrorsWithTheirLine)
{
    const char* counts[] = {"0", "-1", "x", "3x", "+3", "99999999999", "/* c */"};
    for (const char* count : counts) {
        const QString script = QStringLiteral("SELECT 1\nGO\n\nSELECT 2\nGO %1\nSELECT 3")
                                   .arg(QString::fromUtf8(count));
        const auto r = splitBatches(script);
        EXPECT_FALSE(r.ok()) << count;
        EXPECT_EQ(r.errorLine, 5) << count;
        EXPECT_TRUE(r.error.contains(QStringLiteral("Line 5"))) << r.error.toStdString();
        EXPECT_TRUE(r.batches.isEmpty()) << count;
    }
}

TEST(BatchSplitter, TextAfterTheRepeatCountIsAnError)
{
    const auto r = split("SELECT 1\nGO 3 4\n");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 2);
    EXPECT_TRUE(r.error.contains(QStringLiteral("unexpected text"))) << r.error.toStdString();
}

TEST(BatchSplitter, UnterminatedStringNamesTheLineWhereItStarts)
{
    const auto r = split("SELECT 1\nGO\nSELECT 'it''s\n\nGO\nSELECT 2\n");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_TRUE(r.error.contains(QStringLiteral("quoted string"))) << r.error.toStdString();
    EXPECT_TRUE(r.batches.isEmpty());
}

TEST(BatchSplitter, UnterminatedCommentsAndNamesAreErrors)
{
    const auto comment = split("SELECT 1\n/* a /* b */\nGO\n");
    EXPECT_EQ(comment.errorLine, 2);
    EXPECT_TRUE(comment.error.contains(QStringLiteral("comment"))) << comment.error.toStdString();

    const auto bracket = split("SELECT 1\r\nGO\r\nSELECT [x]]\r\n");
    EXPECT_EQ(bracket.errorLine, 3);
    EXPECT_TRUE(bracket.error.contains(QStringLiteral("[bracketed]")));

    const auto quoted = split("SELECT \"x\rGO\r");
    EXPECT_EQ(quoted.errorLine, 1);
    EXPECT_TRUE(quoted.error.contains(QStringLiteral("\"quoted\"")));
}

class ReadScriptFile : public TempDirTest {
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
};

// Non-ASCII and CRLF, as the BizTalk scripts are saved on Windows.
const QString kSample = QStringLiteral("-- Übersicht\r\nSELECT N'é'\r\nGO\r\nSELECT 2\r\n");

TEST_F(ReadScriptFile, ReadsUtf16LittleEndianWithBom)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray bytes = encoder(kSample);
    ASSERT_TRUE(bytes.startsWith("\xFF\xFE"));
    QString error;
    const QString text = readScriptFile(write(QStringLiteral("le.sql"), bytes), &error);
    EXPECT_EQ(text, kSample) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());

    const auto r = splitBatches(text);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.batches.size(), 2);
    EXPECT_EQ(r.batches[1].firstLine, 4);
}

TEST_F(ReadScriptFile, ReadsUtf16LittleEndianWrittenByHand)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const char c : QByteArray("GO\r\n")) {
        bytes.append(c);
        bytes.append('\0');
    }
    QString error;
    EXPECT_EQ(readScriptFile(write(QStringLiteral("hand.sql"), bytes), &error),
              QStringLiteral("GO\r\n"));
}

TEST_F(ReadScriptFile, ReadsUtf16LittleEndianWithoutBomAndAnsiFiles)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    QString error;
    EXPECT_EQ(readScriptFile(write(QStringLiteral("nobom.sql"), encoder(kSample)), &error),
              kSample);
    // 0xE9 alone is not UTF-8: an ANSI (Latin-1) file still reads, its ASCII intact.
    EXPECT_EQ(readScriptFile(write(QStringLiteral("ansi.sql"), "SELECT '\xE9'\r\nGO"), &error),
              QStringLiteral("SELECT '\u00E9'\r\nGO"));
}

TEST_F(ReadScriptFile, ReadsUtf16BigEndianWithBom)
{
    QStringEncoder encoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QString error;
    EXPECT_EQ(readScriptFile(write(QStringLiteral("be.sql"), encoder(kSample)), &error), kSample);
}

TEST_F(ReadScriptFile, ReadsUtf8WithAndWithoutBom)
{
    QString error;
    EXPECT_EQ(readScriptFile(write(QStringLiteral("plain.sql"), kSample.toUtf8()), &error),
              kSample);
    EXPECT_EQ(
        readScriptFile(write(QStringLiteral("bom.sql"), "\xEF\xBB\xBF" + kSample.toUtf8()), &error),
        kSample);
}

TEST_F(ReadScriptFile, MissingAndEmptyFilesAreErrors)
{
    QString error;
    EXPECT_TRUE(readScriptFile(path(QStringLiteral("none.sql")), &error).isNull());
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot open"))) << error.toStdString();

    EXPECT_TRUE(readScriptFile(write(QStringLiteral("empty.sql"), QByteArray()), &error).isNull());
    EXPECT_TRUE(error.endsWith(QStringLiteral("is empty"))) << error.toStdString();

    EXPECT_TRUE(
        readScriptFile(write(QStringLiteral("bom-only.sql"), QByteArray("\xFF\xFE", 2)), &error)
            .isNull());
    EXPECT_TRUE(error.endsWith(QStringLiteral("is empty"))) << error.toStdString();

    // A null error pointer is allowed.
    EXPECT_TRUE(readScriptFile(path(QStringLiteral("none.sql")), nullptr).isNull());
}

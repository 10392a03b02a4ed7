#pragma once

#include <QString>
#include <QStringList>

// Values an operator might type, paste or inherit from a badly named server that must never
// change what a statement means: each is either refused with a clear message or quoted so that
// the server receives exactly what was typed.
inline QStringList hostileValues()
{
    QStringList values = {
        QStringLiteral("O'Brien"),
        QStringLiteral("''"),
        QStringLiteral("'; DROP TABLE dbo.adm_Group; --"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("]"),
        QStringLiteral("[bracketed]"),
        QStringLiteral("a]]b"),
        QStringLiteral("x]; EXEC xp_cmdshell 'dir'; --"),
        QStringLiteral(";"),
        QStringLiteral("a;b"),
        QStringLiteral("--"),
        QStringLiteral("-- comment"),
        QStringLiteral("/*"),
        QStringLiteral("*/"),
        QStringLiteral("/* unclosed"),
        QStringLiteral("a /* b */ c"),
        QStringLiteral("GO"),
        QStringLiteral("\nGO\n"),
        QStringLiteral("%1"),
        QStringLiteral("%n %2 %L1"),
        QStringLiteral("?"),
        QStringLiteral("@p"),
        QStringLiteral("N'x'"),
        QStringLiteral("\\\\server\\share$\\BizTalk"),
        QStringLiteral("C:\\Backups\\"),
        QStringLiteral("C:\\Program Files (x86)\\Microsoft BizTalk Server\\Schema"),
        QStringLiteral("https://acct.blob.core.windows.net/biztalk?sv=1&sig=x%2F"),
        QStringLiteral("SRV\\INST"),
        QStringLiteral("srv,1433"),
        QStringLiteral("SRV\\INST,14330"),
        QStringLiteral("name with spaces"),
        QStringLiteral("  leading and trailing  "),
        QStringLiteral("tab\there"),
        QStringLiteral("line\nbreak"),
        QStringLiteral("carriage\rreturn"),
        QString(QChar(0x0001)) + QStringLiteral("control"),
        QStringLiteral("bell") + QChar(0x0007),
        QStringLiteral("Zürich-Büro"),
        QStringLiteral("数据库"),
        QStringLiteral("База"),
        QStringLiteral("emoji 😀"),
        QString(QChar(0x202E)) + QStringLiteral("rtl-override"),
        QStringLiteral("zero") + QChar(0x200B) + QStringLiteral("width"),
        QStringLiteral("’curly’"),
        QStringLiteral("ʼmodifier apostropheʼ"),
        QStringLiteral("<script>&amp;</script>"),
        QStringLiteral("$(var)"),
        QStringLiteral("`backtick`"),
        QStringLiteral("|pipe|"),
        QStringLiteral("BTS"),       // 3 characters: a valid mark
        QStringLiteral("BTS_MARK"),  // 8: the longest valid mark
        QStringLiteral("BTS_MARKS"), // 9: one too many
        QStringLiteral("O'B"),       // a mark with a quote, within 8
        QStringLiteral("12345678"),
    };
    // Backup paths: 128 characters is the limit, 129 one too many.
    values.append(QStringLiteral("\\\\BACKUP\\") + QString(128 - 9, QLatin1Char('p')));
    values.append(QStringLiteral("\\\\BACKUP\\") + QString(129 - 9, QLatin1Char('p')));
    values.append(QString(300, QLatin1Char('x')));
    return values;
}

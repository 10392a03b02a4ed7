#include "i18n/Translations.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace bts;

namespace {

// One message of a .ts file: its source, its translation (or its plural forms), where it is.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QVector<TsMessage> readTs(const QString& fileName)
{
    QVector<TsMessage> messages;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            message = TsMessage{context, {}, {}, false};
        else if (name == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            message.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural messages hold <numerusform>s; others their text directly.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    text.clear(); // the indentation between the forms is no part of them
                else if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations.append(text);
                    text.clear();
                }
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << fileName.toStdString() << ": "
                                 << xml.errorString().toStdString();
    return messages;
}

QString tsFile(const QString& language)
{
    return QStringLiteral(BTS_PROJECT_SOURCE_DIR "/translations/bts-logship_%1.ts").arg(language);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// Puts the English the other tests expect back, whatever a test installed.
class TranslationsTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        installTranslations(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        setChosenLanguage(QString());
    }
};

} // namespace

TEST_F(TranslationsTest, TheConsoleSpeaksEnglishAndGerman)
{
    EXPECT_EQ(availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    EXPECT_EQ(nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(nativeLanguageName(QStringLiteral("en")), QStringLiteral("English"));
}

TEST_F(TranslationsTest, TheLanguageFollowsTheSystemUnlessOneIsChosen)
{
    const QLocale austrian(QLocale::German, QLocale::Austria);
    const QLocale french(QLocale::French, QLocale::France);
    EXPECT_EQ(effectiveLanguage(QString(), austrian), QStringLiteral("de"));
    EXPECT_EQ(effectiveLanguage(QString(), french), QStringLiteral("en"));
    EXPECT_EQ(effectiveLanguage(QStringLiteral("en"), austrian), QStringLiteral("en"));
    EXPECT_EQ(effectiveLanguage(QStringLiteral("de"), french), QStringLiteral("de"));
    // A saved language the console does not have: the system's.
    EXPECT_EQ(effectiveLanguage(QStringLiteral("xx"), austrian), QStringLiteral("de"));

    setChosenLanguage(QStringLiteral("de"));
    EXPECT_EQ(chosenLanguage(), QStringLiteral("de"));
    setChosenLanguage(QString());
    EXPECT_TRUE(chosenLanguage().isEmpty());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
}

TEST_F(TranslationsTest, GermanReachesWidgetsModelsAndPluralForms)
{
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("de")));
    EXPECT_EQ(QCoreApplication::translate("bts::MainWindow", "&File"), QStringLiteral("&Datei"));
    // A message of models/, under its own context.
    EXPECT_NE(QCoreApplication::translate("bts::DatabaseStatus", "Not configured in this group."),
              QStringLiteral("Not configured in this group."));
    EXPECT_EQ(QCoreApplication::translate("bts::PathsJobsPage", "%n statement(s).", nullptr, 3),
              QStringLiteral("3 Anweisungen."));
    EXPECT_EQ(QLocale().language(), QLocale::German);

    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("bts::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(QCoreApplication::translate("bts::PathsJobsPage", "%n statement(s).", nullptr, 1),
              QStringLiteral("1 statement."));
    EXPECT_EQ(QCoreApplication::translate("bts::PathsJobsPage", "%n statement(s).", nullptr, 2),
              QStringLiteral("2 statements."));
    EXPECT_FALSE(installTranslations(*qApp, QStringLiteral("xx")));
}

TEST_F(TranslationsTest, EveryGermanMessageIsTranslatedWithItsPlaceholdersAndTags)
{
    const QVector<TsMessage> messages = readTs(tsFile(QStringLiteral("de")));
    ASSERT_GT(messages.size(), 1000);
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    const auto tags = [](const QString& text) {
        QStringList found;
        for (auto it = tag.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        return found;
    };
    for (const TsMessage& m : messages) {
        const std::string where = m.context.toStdString() + ": " + m.source.toStdString();
        EXPECT_FALSE(m.unfinished) << where;
        for (const QString& translation : m.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty()) << where;
            QStringList expected = placeholders(m.source);
            QStringList got = placeholders(translation);
            if (m.translations.size() > 1) { // a singular form may say "eine" instead of %n
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            EXPECT_EQ(got, expected) << where << " -> " << translation.toStdString();
            EXPECT_EQ(tags(translation), tags(m.source)) << where;
            EXPECT_EQ(translation.count(QLatin1Char('\n')), m.source.count(QLatin1Char('\n')))
                << where;
        }
    }
}

TEST_F(TranslationsTest, EveryEnglishPluralHasBothForms)
{
    const QVector<TsMessage> messages = readTs(tsFile(QStringLiteral("en")));
    ASSERT_FALSE(messages.isEmpty());
    for (const TsMessage& m : messages) {
        EXPECT_FALSE(m.unfinished) << m.source.toStdString();
        ASSERT_EQ(m.translations.size(), 2) << m.source.toStdString();
        EXPECT_FALSE(m.translations.at(0).contains(QStringLiteral("(s)")));
        EXPECT_EQ(placeholders(m.translations.at(1)), placeholders(m.source));
    }
}

TEST_F(TranslationsTest, TheMainWindowSpeaksGermanAndItsLanguageMenuSavesTheChoice)
{
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("de")));
    MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(u' ').toStdString();
    EXPECT_FALSE(menus.contains(QStringLiteral("&File")));

    auto* english = window.findChild<QAction*>(QStringLiteral("languageAction_en"));
    auto* system = window.findChild<QAction*>(QStringLiteral("languageAction_system"));
    ASSERT_NE(english, nullptr);
    ASSERT_NE(system, nullptr);
    EXPECT_TRUE(system->isChecked());
    english->trigger();
    EXPECT_EQ(chosenLanguage(), QStringLiteral("en"));
    EXPECT_TRUE(english->isChecked());
    // The window stays German until the next start, and says so in German.
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("English")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_NE(window.statusBar()->currentMessage(),
              QStringLiteral("The console speaks English from its next start."));
}

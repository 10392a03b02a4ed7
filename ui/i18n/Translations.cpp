#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace bts {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kEnglish = QStringLiteral("en");

QString embeddedFile(const QString& language)
{
    return QStringLiteral(":/translations/bts-logship_%1.qm").arg(language);
}

// What installTranslations() installed last: its translators are children of the application,
// so that a second call replaces them and none outlives it.
struct Installed {
    QString language;
    QPointer<QTranslator> console;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed current;
    return current;
}

// Qt's own catalogue (the buttons of QWizard, QDialogButtonBox, QMessageBox...): where Qt was
// installed, or beside the executable. windeployqt writes it as qt_<language>.qm, Qt's
// installation as qtbase_<language>.qm.
std::unique_ptr<QTranslator> loadQtTranslator(const QString& language)
{
    auto translator = std::make_unique<QTranslator>();
    const QStringList folders = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../Resources/translations"))};
    for (const QString& folder : folders) {
        for (const QString& prefix : {QStringLiteral("qtbase_"), QStringLiteral("qt_")}) {
            if (translator->load(prefix + language, folder))
                return translator;
        }
    }
    return nullptr;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/translations"))
            .entryList({QStringLiteral("bts-logship_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language = file.mid(12, file.size() - 12 - 3); // between "_" and ".qm"
        if (language != kEnglish)
            languages.append(language);
    }
    languages.prepend(kEnglish);
    return languages;
}

QString nativeLanguageName(const QString& language)
{
    // Qt names English after its default territory ("American English"); the console's English
    // is no one country's.
    if (language == kEnglish)
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    return name.at(0).toUpper() + name.mid(1);
}

QString chosenLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void setChosenLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, language);
}

QString effectiveLanguage(const QString& chosen, const QLocale& system)
{
    const QStringList available = availableLanguages();
    if (available.contains(chosen))
        return chosen;
    // "de-CH", "de_AT" and "de" all take the German translation.
    for (const QString& uiLanguage : system.uiLanguages()) {
        const QString language =
            uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return kEnglish;
}

QString installedLanguage()
{
    return installed().language.isEmpty() ? kEnglish : installed().language;
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    Installed& current = installed();
    for (QPointer<QTranslator>* slot : {&current.console, &current.qt}) {
        if (*slot) {
            app.removeTranslator(*slot);
            delete slot->data();
        }
    }
    current.language.clear();
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(embeddedFile(language)))
        return false;
    app.installTranslator(translator.get());
    current.console = translator.release();
    current.console->setParent(&app);
    if (std::unique_ptr<QTranslator> qt = loadQtTranslator(language)) {
        app.installTranslator(qt.get());
        current.qt = qt.release();
        current.qt->setParent(&app);
    }
    current.language = language;
    // Numbers and dates follow the system's own conventions when it speaks the language (de_AT
    // stays de_AT), the language's otherwise.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(language).language() ? system
                                                                          : QLocale(language));
    return true;
}

} // namespace bts

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

// The translators installed last, children of the application, so that a second call replaces
// them and none outlives it.
QPointer<QTranslator>& consoleTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

// Qt's own catalogue (the buttons of QWizard, QDialogButtonBox, QMessageBox...): where Qt was
// installed, or beside the executable where windeployqt and macdeployqt put it.
std::unique_ptr<QTranslator> loadQtTranslator(const QString& language)
{
    auto translator = std::make_unique<QTranslator>();
    const QString name = QStringLiteral("qtbase_") + language;
    const QStringList folders = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../Resources/translations"))};
    for (const QString& folder : folders) {
        if (translator->load(name, folder))
            return translator;
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

bool installTranslations(QCoreApplication& app, const QString& language)
{
    for (QPointer<QTranslator>* slot : {&consoleTranslator(), &qtTranslator()}) {
        if (*slot) {
            app.removeTranslator(*slot);
            delete slot->data();
        }
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(embeddedFile(language)))
        return false;
    app.installTranslator(translator.get());
    consoleTranslator() = translator.release();
    consoleTranslator()->setParent(&app);
    if (std::unique_ptr<QTranslator> qt = loadQtTranslator(language)) {
        app.installTranslator(qt.get());
        qtTranslator() = qt.release();
        qtTranslator()->setParent(&app);
    }
    // Numbers and dates follow the system's own conventions when it speaks the language (de_AT
    // stays de_AT), the language's otherwise.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(language).language() ? system
                                                                          : QLocale(language));
    return true;
}

} // namespace bts

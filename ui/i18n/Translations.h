#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace bts {

// The languages of the user interface: the console's own translations, compiled from
// translations/*.ts and embedded under :/translations, plus Qt's for its standard dialogs and
// buttons where the system has them.

// The languages the console is translated into, as ISO 639 codes ("en", "de"), English first.
QStringList availableLanguages();

// The language's name in itself ("Deutsch"), for the language menu.
QString nativeLanguageName(const QString& language);

// The language chosen in the settings, or empty to follow the system.
QString chosenLanguage();
void setChosenLanguage(const QString& language);

// The language shown: `chosen` when the console has it, else the first of the system's UI
// languages that it has, else English.
QString effectiveLanguage(const QString& chosen, const QLocale& system = QLocale::system());

// The language installTranslations() installed last; English before any.
QString installedLanguage();

// Installs the translators of `language` on the application, replacing those installed before,
// and makes it the default locale. Returns false when the console has no translation for it
// (English needs none but its plural forms).
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace bts

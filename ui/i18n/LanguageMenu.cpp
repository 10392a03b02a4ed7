#include "LanguageMenu.h"

#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace bts {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::LanguageMenu)
};

void announce(QMainWindow* window, const QString& chosen)
{
    const QString shown = installedLanguage();
    const QString next = effectiveLanguage(chosen);
    const QString message =
        next == shown
            ? Text::tr("The console keeps speaking %1.").arg(nativeLanguageName(next))
            : Text::tr("The console speaks %1 from its next start.").arg(nativeLanguageName(next));
    window->statusBar()->showMessage(message);
}

} // namespace

QMenu* addLanguageMenu(QMenu* menu, QMainWindow* window)
{
    QMenu* languages = menu->addMenu(Text::tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(languages);
    group->setExclusive(true);
    // A saved language the console no longer has falls back to the system's, so it shows as such.
    const QString chosen =
        availableLanguages().contains(chosenLanguage()) ? chosenLanguage() : QString();

    const auto addChoice = [&](const QString& text, const QString& language) {
        QAction* action = languages->addAction(text);
        action->setObjectName(QStringLiteral("languageAction_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setActionGroup(group);
        QObject::connect(action, &QAction::triggered, window, [window, language] {
            setChosenLanguage(language);
            announce(window, language);
        });
    };
    addChoice(
        Text::tr("&System default (%1)").arg(nativeLanguageName(effectiveLanguage(QString()))),
        QString());
    languages->addSeparator();
    for (const QString& language : availableLanguages())
        addChoice(nativeLanguageName(language), language);
    return languages;
}

} // namespace bts

#pragma once

#include <QStringList>

class QWizard;

namespace bts {

// Gives every page of `wizard` its help: a label at its top (pageHelpLabel) says in two
// sentences what the page does in BizTalk terms and why, and a line at its foot (pageFactLabel)
// links the Microsoft Learn article the fact comes from. One table holds the help of the three
// wizards, so that it reads as one text and its translators see it together. Returns the
// objectNames of pages the table does not know (none, unless a page was added without its help).
QStringList applyPageHelp(QWizard* wizard);

} // namespace bts

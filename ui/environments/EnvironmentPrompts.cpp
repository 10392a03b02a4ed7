#include "EnvironmentPrompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace bts {

EnvironmentPrompts EnvironmentPrompts::interactive()
{
    EnvironmentPrompts p;
    p.confirm = [](QWidget* parent, const QString& title, const QString& question) {
        return QMessageBox::question(parent, title, question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    const QString filter = QFileDialog::tr("Environments (*.json);;All files (*)");
    p.openFile = [filter](QWidget* parent, const QString& title) {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    };
    p.saveFile = [filter](QWidget* parent, const QString& title) {
        return QFileDialog::getSaveFileName(parent, title, QStringLiteral("environments.json"),
                                            filter);
    };
    p.password = [](QWidget* parent, const QString& title, const QString& label, bool* ok) {
        return QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), ok);
    };
    return p;
}

} // namespace bts

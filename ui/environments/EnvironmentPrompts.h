#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace bts {

// The modal questions the environments dialog asks, behind functions that tests replace with
// pre-answered ones (a real QMessageBox or QFileDialog would block an offscreen test).
struct EnvironmentPrompts {
    // True when the user confirms.
    std::function<bool(QWidget* parent, const QString& title, const QString& question)> confirm;
    // A file name, or empty when cancelled.
    std::function<QString(QWidget* parent, const QString& title)> openFile;
    std::function<QString(QWidget* parent, const QString& title)> saveFile;
    // The password; *ok is false when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& label, bool* ok)>
        password;

    // QMessageBox, QFileDialog and QInputDialog.
    static EnvironmentPrompts interactive();
};

} // namespace bts

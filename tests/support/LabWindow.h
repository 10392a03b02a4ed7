#pragma once

#include "MainWindow.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"

#include <QDateTime>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

// The pieces GUI tests share to put the console on a lab. Only for suites that link the UI.

// The moment the tests' labs start at, so that their backups are the same on every run.
inline QDateTime labTestStart()
{
    return QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC);
}

// The lab's quick start (backup folder configured, job enabled), then `seconds` of its clock.
inline ::testing::AssertionResult startLabBackups(bts::Lab& lab, int seconds)
{
    auto calls = lab.quickStartCalls();
    if (!calls)
        return ::testing::AssertionFailure() << calls.error().sentence().toStdString();
    for (const bts::ServerCommand& call : calls.value()) {
        if (const bts::Status s = lab.backend()->execute(call); !s)
            return ::testing::AssertionFailure() << s.error().sentence().toStdString();
    }
    if (const bts::Status s = lab.advance(seconds); !s)
        return ::testing::AssertionFailure() << s.error().sentence().toStdString();
    return ::testing::AssertionSuccess();
}

// A main window shown on `lab` once its first picture of the group is in; null if it never came.
inline std::unique_ptr<bts::MainWindow> openWindowOnLab(const std::shared_ptr<bts::Lab>& lab)
{
    auto window = std::make_unique<bts::MainWindow>();
    window->show();
    QSignalSpy ready(window->monitor(), &bts::GroupMonitor::snapshotReady);
    window->openLab(lab, false);
    if (!ready.wait(20000))
        return nullptr;
    return window;
}

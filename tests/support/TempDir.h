#pragma once

#include <QString>
#include <QTemporaryDir>

#include <ostream>

#include <gtest/gtest.h>

// A fresh folder per test, removed afterwards.
class TempDirTest : public ::testing::Test {
protected:
    QString path(const QString& relative = QString()) const
    {
        return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
    }

    QTemporaryDir m_dir;
};

// Readable test names and failure messages for QString parameters.
inline void PrintTo(const QString& value, std::ostream* out)
{
    *out << value.toStdString();
}

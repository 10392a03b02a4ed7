#include "TempDir.h"

#include "destination/CleanDestinationDialog.h"
#include "lab/Lab.h"
#include "lab/LabBackend.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace bts;

// Cleaning drops the restored databases: Apply stays off until the destination's name is typed.
TEST(CleanDestinationDialog, NeedsTheNameTypedAndShowsTheDocumentedSteps)
{
    QTemporaryDir dir;
    Lab lab(dir.filePath(QStringLiteral("lab")));
    ASSERT_TRUE(lab.reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
    auto backend = std::make_shared<LabBackend>(lab.root());

    CleanDestinationDialog unconfigured(backend);
    unconfigured.show();
    auto* sql = unconfigured.findChild<QPlainTextEdit*>(QStringLiteral("applySqlEdit"));
    auto* intro = unconfigured.findChild<QWidget*>(QStringLiteral("applyIntroLabel"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return intro->property("text").toString().contains(QStringLiteral("Restore Databases"));
        },
        10000))
        << intro->property("text").toString().toStdString();
    EXPECT_TRUE(sql->toPlainText().isEmpty()) << "nothing to clean on an unconfigured destination";
    EXPECT_FALSE(unconfigured.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
}

#include "TempDir.h"

#include "MainWindow.h"
#include "environments/ConnectionEditor.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsDialog.h"
#include "group/GroupMonitor.h"
#include "monitoring/ShippingMonitor.h"
#include "mssql/OdbcDrivers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTest>

using namespace bts;

namespace {

const QString planted = QStringLiteral("Gui-Pl4nted-S3cret");

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers every modal question the way the test says, and records what was asked.
struct Answers {
    bool confirm = true;
    QString file;
    QString password;
    QStringList asked;

    EnvironmentPrompts prompts()
    {
        EnvironmentPrompts p;
        p.confirm = [this](QWidget*, const QString&, const QString& q) {
            asked << q;
            return confirm;
        };
        p.openFile = [this](QWidget*, const QString&) {
            return file;
        };
        p.saveFile = [this](QWidget*, const QString&) {
            return file;
        };
        p.password = [this](QWidget*, const QString&, const QString& label, bool* ok) {
            asked << label;
            *ok = true;
            return password;
        };
        return p;
    }
};

Environment sqlEnvironment(const QString& name)
{
    Environment e;
    e.name = name;
    e.management.odbcDriver = QStringLiteral("FreeTDS");
    e.management.server = QStringLiteral("127.0.0.1");
    e.management.port = 1;
    e.management.authentication = ConnectionSettings::Authentication::SqlLogin;
    e.management.userName = QStringLiteral("bts_ops");
    e.management.loginTimeoutSeconds = 2;
    e.thresholds = {7, 8, 9, 10, 11, 12};
    return e;
}

class EnvironmentsDialogTest : public TempDirTest {
protected:
    QString ini() const { return path(QStringLiteral("settings.ini")); }
    QStringList listed(const EnvironmentsDialog& dialog) const
    {
        QStringList names;
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("environmentList"));
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }
    Answers answers;
};

} // namespace

TEST_F(EnvironmentsDialogTest, EveryInputIsNamedForScreenReaders)
{
    ConnectionEditor editor;
    for (const char* name :
         {"driverCombo", "serverLineEdit", "instanceLineEdit", "portSpinBox", "authenticationCombo",
          "userLineEdit", "passwordLineEdit", "encryptCheckBox", "trustCertificateCheckBox",
          "loginTimeoutSpinBox", "queryTimeoutSpinBox", "testConnectionButton", "diagnosisLabel",
          "connectionStringLineEdit", "dsnCombo"}) {
        QWidget* w = child<QWidget>(editor, name);
        ASSERT_NE(w, nullptr);
        EXPECT_FALSE(w->accessibleName().isEmpty()) << name;
    }
    EXPECT_EQ(child<QLineEdit>(editor, "passwordLineEdit")->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(child<QLineEdit>(editor, "connectionStringLineEdit")->isReadOnly());
    int buddies = 0;
    for (QLabel* label : editor.findChildren<QLabel*>())
        buddies += label->buddy() ? 1 : 0;
    EXPECT_GE(buddies, 11);

    const QStringList order =
        ConnectionEditor::orderedDrivers({QStringLiteral("SQLite3"), QStringLiteral("FreeTDS"),
                                          QStringLiteral("ODBC Driver 17 for SQL Server"),
                                          QStringLiteral("ODBC Driver 18 for SQL Server")});
    EXPECT_EQ(order, (QStringList{QStringLiteral("ODBC Driver 18 for SQL Server"),
                                  QStringLiteral("ODBC Driver 17 for SQL Server"),
                                  QStringLiteral("FreeTDS")}));
}

TEST_F(EnvironmentsDialogTest, AddsAnEnvironmentThroughTheFormWithoutSavingThePassword)
{
    EnvironmentsDialog dialog(nullptr, ini());
    dialog.setPrompts(answers.prompts());
    dialog.show();
    EXPECT_EQ(listed(dialog).size(), 1) << "the lab only";

    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    auto* name = child<QLineEdit>(dialog, "nameLineEdit");
    name->clear();
    const QString hostile = QStringLiteral("Prod \"EU\" [west] Zürich");
    // keyClicks types ASCII only: the rest goes in as a paste would.
    QTest::keyClicks(name, QStringLiteral("Prod \"EU\" [west] "));
    name->insert(QStringLiteral("Zürich"));
    ASSERT_EQ(name->text(), hostile);
    QTest::keyClicks(child<QLineEdit>(dialog, "serverLineEdit"), QStringLiteral("PROD-SQL01"));
    QTest::keyClicks(child<QLineEdit>(dialog, "instanceLineEdit"), QStringLiteral("BTS"));
    child<QComboBox>(dialog, "authenticationCombo")->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(dialog, "userLineEdit"), QStringLiteral("bts_ops"));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordLineEdit"), planted);
    auto* connection = child<QLineEdit>(dialog, "connectionStringLineEdit");
    EXPECT_TRUE(connection->text().contains(QStringLiteral("PROD-SQL01\\BTS")))
        << connection->text().toStdString();
    EXPECT_FALSE(connection->text().contains(planted)) << "redacted";
    child<QPlainTextEdit>(dialog, "destinationsTextEdit")
        ->setPlainText(QStringLiteral("DR-SQL01\n\n DR-SQL02 "));

    // Thresholds: a warning after its critical level cannot be saved.
    auto* save = child<QPushButton>(dialog, "saveButton");
    EXPECT_TRUE(save->isEnabled());
    child<QSpinBox>(dialog, "lagWarningSpinBox")->setValue(200);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "formProblemLabel")->text().contains(QStringLiteral("lag")));
    child<QSpinBox>(dialog, "lagWarningSpinBox")->setValue(40);
    child<QSpinBox>(dialog, "lagCriticalSpinBox")->setValue(90);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    EXPECT_EQ(listed(dialog).size(), 2);
    EXPECT_TRUE(listed(dialog).contains(hostile));
    const QVector<Environment> all = EnvironmentStore(ini()).environments();
    ASSERT_EQ(all.size(), 2);
    const Environment& saved = all.at(1);
    EXPECT_EQ(saved.name, hostile);
    EXPECT_EQ(saved.management.server, QStringLiteral("PROD-SQL01\\BTS"));
    EXPECT_EQ(saved.management.userName, QStringLiteral("bts_ops"));
    EXPECT_EQ(saved.destinations,
              (QStringList{QStringLiteral("DR-SQL01"), QStringLiteral("DR-SQL02")}));
    EXPECT_EQ(saved.thresholds.lagWarningMinutes, 40);
    EXPECT_EQ(saved.thresholds.lagCriticalMinutes, 90);
    EXPECT_TRUE(saved.management.password.isEmpty());
    EXPECT_FALSE(fileBytes(ini()).contains(planted.toUtf8()));
}

TEST_F(EnvironmentsDialogTest, DuplicatesRemovesExportsAndImports)
{
    const Environment original =
        EnvironmentStore(ini()).add(sqlEnvironment(QStringLiteral("Prod")));
    EnvironmentsDialog dialog(nullptr, ini());
    dialog.setPrompts(answers.prompts());
    dialog.show();
    dialog.select(original.id);

    QTest::mouseClick(child<QPushButton>(dialog, "duplicateButton"), Qt::LeftButton);
    EXPECT_TRUE(listed(dialog).contains(QStringLiteral("Prod (copy)")));
    EXPECT_EQ(listed(dialog).first(), EnvironmentStore::labEnvironment().name)
        << "the lab is listed first";

    answers.file = path(QStringLiteral("export.json"));
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    const QByteArray exported = fileBytes(answers.file);
    EXPECT_TRUE(exported.contains("Prod (copy)"));
    EXPECT_FALSE(exported.contains(planted.toUtf8()));

    // Remove asks, naming the environment; "no" keeps it.
    dialog.select(original.id);
    answers.confirm = false;
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    ASSERT_EQ(answers.asked.size(), 1);
    EXPECT_TRUE(answers.asked.first().contains(QStringLiteral("\"Prod\"")));
    EXPECT_EQ(listed(dialog).size(), 3);
    answers.confirm = true;
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    EXPECT_EQ(listed(dialog).size(), 2);
    EXPECT_FALSE(listed(dialog).contains(QStringLiteral("Prod")));

    // Import brings the removed one back and skips the copy that is still there.
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    EXPECT_EQ(listed(dialog).size(), 3);
    EXPECT_TRUE(listed(dialog).contains(QStringLiteral("Prod")));
    const QString message = child<QLabel>(dialog, "messageLabel")->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Imported 1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Prod (copy)"))) << message.toStdString();

    // A broken file is reported in words, and nothing changes.
    QFile broken(answers.file);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": 1, \"environments\": [ { \"name\": \"X\" } ] }");
    broken.close();
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    EXPECT_EQ(listed(dialog).size(), 3);
    EXPECT_TRUE(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("\"X\"")));
}

TEST_F(EnvironmentsDialogTest, TestButtonOnAClosedPortSaysRefused)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")) ||
        !installedOdbcDrivers().contains(QStringLiteral("FreeTDS")))
        GTEST_SKIP() << "QODBC or the FreeTDS ODBC driver is not installed";
    ConnectionEditor editor;
    ConnectionSettings s = sqlEnvironment(QStringLiteral("x")).management;
    s.password = planted;
    editor.setSettings(s);
    editor.show();
    QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
    auto* diagnosis = child<QLabel>(editor, "diagnosisLabel");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return diagnosis->text().contains(QStringLiteral("refused")); }, 15000))
        << diagnosis->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(editor, "testConnectionButton")->isEnabled());
    auto* showText = child<QPushButton>(editor, "showDriverTextButton");
    ASSERT_TRUE(showText->isVisible());
    QTest::mouseClick(showText, Qt::LeftButton);
    auto* raw = child<QPlainTextEdit>(editor, "driverTextEdit");
    EXPECT_TRUE(raw->isVisible());
    EXPECT_FALSE(raw->toPlainText().isEmpty());
    EXPECT_FALSE(raw->toPlainText().contains(planted));
    EXPECT_FALSE(diagnosis->text().contains(planted));
}

TEST_F(EnvironmentsDialogTest, MainWindowOpensEnvironmentsFromTheFileMenu)
{
    // The main window's dialog uses the application's (test) settings.
    const Environment sql = EnvironmentStore().add(sqlEnvironment(QStringLiteral("DR drill")));
    MainWindow window;
    window.show();
    auto* label = child<QLabel>(window, "environmentLabel");
    auto* action = child<QAction>(window, "environmentsAction");
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // An SQL login environment asks for its password, then opens with its thresholds.
    action->trigger();
    auto* dialog = window.findChild<EnvironmentsDialog*>();
    ASSERT_NE(dialog, nullptr);
    answers.password = planted;
    dialog->setPrompts(answers.prompts());
    dialog->select(sql.id);
    QTest::mouseClick(child<QPushButton>(*dialog, "openButton"), Qt::LeftButton);
    ASSERT_EQ(answers.asked.size(), 1);
    EXPECT_TRUE(answers.asked.first().contains(QStringLiteral("bts_ops")));
    EXPECT_EQ(label->text(), QStringLiteral("Environment: DR drill"));
    EXPECT_EQ(window.shippingMonitor()->thresholds().lagCriticalMinutes, 12);
    EXPECT_EQ(EnvironmentStore().lastOpenedId(), sql.id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.findChild<EnvironmentsDialog*>(); }, 5000))
        << "the dialog closes once the environment opens";

    // The lab, chosen in the same dialog, switches the window to the lab.
    action->trigger();
    dialog = window.findChild<EnvironmentsDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->select(EnvironmentStore::labId());
    QTest::mouseClick(child<QPushButton>(*dialog, "openButton"), Qt::LeftButton);
    const QString labName = EnvironmentStore::labEnvironment().name;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return label->text() == QStringLiteral("Environment: %1").arg(labName); }, 60000))
        << label->text().toStdString();
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Lab")));
    EXPECT_EQ(window.shippingMonitor()->thresholds().lagCriticalMinutes,
              Thresholds().lagCriticalMinutes);
    EnvironmentStore().remove(sql.id);
}

TEST_F(EnvironmentsDialogTest, TheLabOpenedFromTheFileMenuKeepsTheLabThresholds)
{
    Environment lab = EnvironmentStore::labEnvironment();
    lab.thresholds.lagWarningMinutes = 33;
    lab.thresholds.lagCriticalMinutes = 77;
    ASSERT_TRUE(EnvironmentStore().update(lab));
    const Environment sql = EnvironmentStore().add(sqlEnvironment(QStringLiteral("Production")));
    MainWindow window;
    window.show();
    answers.password = planted;
    // Production first, with its own thresholds...
    child<QAction>(window, "environmentsAction")->trigger();
    auto* dialog = window.findChild<EnvironmentsDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->setPrompts(answers.prompts());
    dialog->select(sql.id);
    QTest::mouseClick(child<QPushButton>(*dialog, "openButton"), Qt::LeftButton);
    ASSERT_EQ(window.shippingMonitor()->thresholds().lagCriticalMinutes, 12);

    // ...then File > Open the lab, outside the dialog: the lab's saved thresholds, not
    // Production's.
    child<QAction>(window, "openLabAction")->trigger();
    auto* label = child<QLabel>(window, "environmentLabel");
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return label->text() == QStringLiteral("Environment: Lab"); }, 60000))
        << label->text().toStdString();
    EXPECT_EQ(window.shippingMonitor()->thresholds().lagWarningMinutes, 33);
    EXPECT_EQ(window.shippingMonitor()->thresholds().lagCriticalMinutes, 77);
    EXPECT_EQ(window.monitor()->thresholds().lagCriticalMinutes, 77);

    lab.thresholds = Thresholds();
    EnvironmentStore().update(lab);
    EnvironmentStore().remove(sql.id);
}

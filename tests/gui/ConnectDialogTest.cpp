#include "ConnectDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace bts;

TEST(ConnectDialog, TurnsTheFormIntoSettingsAndKeepsThePasswordInMemoryOnly)
{
    ConnectDialog dialog;
    auto* server = dialog.findChild<QLineEdit*>(QStringLiteral("serverLineEdit"));
    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("managementDatabaseLineEdit"));
    auto* auth = dialog.findChild<QComboBox*>(QStringLiteral("authenticationComboBox"));
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"));
    ASSERT_TRUE(server && database && auth && user && password && port);

    EXPECT_FALSE(user->isEnabled()) << "Windows authentication is the default";
    QTest::keyClicks(server, QStringLiteral("PROD-SQL01\\BTS"));
    port->setValue(1433);
    database->clear();
    QTest::keyClicks(database, QStringLiteral("BizTalk]Mgmt;Db"));
    auth->setCurrentIndex(1);
    EXPECT_TRUE(user->isEnabled());
    QTest::keyClicks(user, QStringLiteral("bts_ops"));
    QTest::keyClicks(password, QStringLiteral("p@ss;word}"));
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);

    const ConnectionSettings s = dialog.settings();
    EXPECT_EQ(s.server, QStringLiteral("PROD-SQL01\\BTS"));
    EXPECT_EQ(s.port, 1433);
    EXPECT_EQ(s.authentication, ConnectionSettings::Authentication::SqlLogin);
    EXPECT_EQ(s.userName, QStringLiteral("bts_ops"));
    EXPECT_EQ(s.password, QStringLiteral("p@ss;word}"));
    EXPECT_EQ(dialog.managementDatabase(), QStringLiteral("BizTalk]Mgmt;Db"));
}

TEST(ConnectDialog, ConnectNeedsAServerAndADatabase)
{
    ConnectDialog dialog;
    QPushButton* connect = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("onnect")))
            connect = b;
    }
    ASSERT_NE(connect, nullptr);
    EXPECT_FALSE(connect->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("serverLineEdit")),
                     QStringLiteral("srv,1433"));
    EXPECT_TRUE(connect->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("managementDatabaseLineEdit"))->clear();
    EXPECT_FALSE(connect->isEnabled());
}

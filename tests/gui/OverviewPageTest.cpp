#include "overview/OverviewPage.h"
#include "TempDir.h"
#include "environments/EnvironmentStore.h"
#include "lab/Lab.h"
#include "lab/LabTopology.h"
#include "polling/ServerPollModel.h"
#include "polling/ServerPoller.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace bts {
namespace {

class OverviewPageTest : public TempDirTest {};

// The row of `server` in the table, as the operator reads it: status words and message.
QString rowText(QTableView* table, const QString& server)
{
    QAbstractItemModel* m = table->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, ServerPollModel::ServerColumn).data().toString() != server)
            continue;
        return m->index(row, ServerPollModel::StatusColumn).data().toString() +
               QStringLiteral(" | ") +
               m->index(row, ServerPollModel::MessageColumn).data().toString();
    }
    return QStringLiteral("no row for ") + server;
}

TEST_F(OverviewPageTest, RefreshShowsEveryEnvironmentsServers)
{
    Lab lab(path(QStringLiteral("lab")));
    ASSERT_TRUE(lab.ensureCreated().ok());
    const QString ini = path(QStringLiteral("environments.ini"));
    {
        EnvironmentStore store(ini);
        Environment production;
        production.name = QStringLiteral("Production");
        production.management.server = QStringLiteral("PROD-SQL01");
        production.management.authentication = ConnectionSettings::Authentication::SqlLogin;
        production.destinations = {QStringLiteral("DR-SQL01")};
        store.add(production);
    }

    OverviewPage page(lab.root(), ini);
    page.resize(1000, 400);
    auto* table = page.findChild<QTableView*>(QStringLiteral("overviewTable"));
    auto* refresh = page.findChild<QPushButton*>(QStringLiteral("overviewRefreshButton"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(refresh, nullptr);

    QSignalSpy finished(page.poller(), &ServerPoller::roundFinished);
    QTest::mouseClick(refresh, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(table->model()->rowCount(), 4);
    EXPECT_TRUE(rowText(table, LabTopology::SourceServer).startsWith(QStringLiteral("Reachable")))
        << rowText(table, LabTopology::SourceServer).toStdString();
    EXPECT_TRUE(
        rowText(table, LabTopology::DestinationServer).startsWith(QStringLiteral("Reachable")));
    EXPECT_EQ(rowText(table, QStringLiteral("DR-SQL01")),
              QStringLiteral("Not polled | Password needed - open this environment to poll it."));
    // The status is an icon and words, never a colour alone.
    const QModelIndex status = table->model()->index(0, ServerPollModel::StatusColumn);
    EXPECT_FALSE(status.data(Qt::DecorationRole).isNull());

    // Once the operator opened it, its password is in memory and its servers are polled.
    page.rememberPassword(EnvironmentStore(ini).environments().at(1).id, QStringLiteral("x"));
    QTest::mouseClick(refresh, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(
        rowText(table, QStringLiteral("DR-SQL01")).startsWith(QStringLiteral("Not polled")));
}

} // namespace
} // namespace bts

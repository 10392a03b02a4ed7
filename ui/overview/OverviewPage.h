#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace bts {

class ServerPoller;
class ServerPollModel;

// Every saved environment (the lab and the saved ones) with each of its servers, probed in
// parallel on a timer and on Refresh: status in words and icon, round trip, and the message.
// Environments whose password the console does not hold are listed, not polled, never asked.
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    // `environmentsFile`: the EnvironmentStore's INI file ("" = the application's settings).
    explicit OverviewPage(const QString& labRoot, const QString& environmentsFile = QString(),
                          QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setLabRoot(const QString& labRoot);
    // The password of an environment the operator opened, kept in memory for this session.
    void rememberPassword(const QString& environmentId, const QString& password);
    void setIntervalMs(int milliseconds);

    ServerPoller* poller() const { return m_poller; }
    ServerPollModel* model() const { return m_model; }

public slots:
    // Reads the saved environments again, then polls every server.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QString m_labRoot;
    QString m_environmentsFile;
    QHash<QString, QString> m_passwords; // in memory only
    QString m_signature;                 // the polled servers, to keep rows across rounds
    ServerPoller* m_poller = nullptr;
    ServerPollModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace bts

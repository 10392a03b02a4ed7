#pragma once

#include <QWidget>

#include <memory>

namespace bts {

class GroupMonitor;
class JobHistoryModel;
struct GroupSnapshot;
struct ServerCommand;

// The Backup BizTalk Server job at a glance: whether it is enabled, how often it runs, how it
// last ran, the commands an operator gives it (each previewed before it runs) and its history
// from msdb, failures first. Follows the monitor's snapshots; reads the history on a database
// thread whenever the job has run again.
class BackupJobPage : public QWidget {
    Q_OBJECT

public:
    explicit BackupJobPage(GroupMonitor* monitor, QWidget* parent = nullptr);
    ~BackupJobPage() override;

    JobHistoryModel* historyModel() const;

public slots:
    // Reads the history again for the range shown (also done by the page on its own).
    void reloadHistory();

signals:
    // After each history read that was not superseded; rows = entries shown.
    void historyLoaded(int rows);

private:
    void showSnapshot(const GroupSnapshot& snapshot);
    void updateActions();
    void showSelectedMessage();
    void preview(const ServerCommand& call, const QString& title, const QString& explanation);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bts

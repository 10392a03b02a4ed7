#pragma once

#include <QWidget>

#include <memory>

namespace bts {

class ChunkedHistoryModel;
class GroupMonitor;
struct DbError;

// The history tables of the group, whatever their size: the backup history of the management
// database, the log shipping history of each destination, and the SQL Agent job history of each
// server, filtered and sorted by the server and read a page at a time as the grid scrolls.
class HistoryPage : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPage(GroupMonitor* monitor, QWidget* parent = nullptr);
    ~HistoryPage() override;

    ChunkedHistoryModel* model() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void followBackend(); // the monitor's group changed, or its destinations did
    void startKind();     // the selector changed: other table, other columns
    void applyFilter();   // after the filter fields settle
    void showProgress();
    void showError(const DbError& error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bts

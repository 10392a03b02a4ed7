#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace bts {

class AuditLogModel;

// Help > Audit log: every change the console made to a server, newest first, filterable. The
// file grows while the console runs, so it is read on a worker, again on Reload.
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditLogDialog(QString auditLogPath, QWidget* parent = nullptr);

    // Reads the file again on a worker; loaded() follows.
    void reload();

signals:
    void loaded();

private:
    void openFolder();

    QString m_path;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace bts

#pragma once

#include <QSortFilterProxyModel>

namespace bts {

// Sorting on raw values, a filter over every column, and the status icon in the first column.
class DatabaseTableProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit DatabaseTableProxy(QObject* parent = nullptr);

    // Rows that contain `text` in any column, ignoring case; empty shows every row.
    void setFilterText(const QString& text);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace bts

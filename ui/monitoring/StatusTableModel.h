#pragma once

#include "group/DatabaseStatus.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace bts {

// The read-only tables of the log shipping page: rows of text with one column that says a level
// as an icon and a word (never colour alone). Subclasses hold the rows and say what each cell
// reads; this class answers the roles views, sorting and screen readers ask for.
class StatusTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        StatusLevelRole = Qt::UserRole + 1, // int(StatusLevel) of the row
        SortRole,                           // raw value of the cell for sorting
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    // The column drawn as the row's level (icon and word); -1 for none.
    virtual int levelColumn() const = 0;
    virtual StatusLevel levelAt(int row) const = 0;
    virtual QString textAt(int row, int column) const = 0;
    // Defaults to the text; numbers and times sort by value.
    virtual QVariant sortValueAt(int row, int column) const;
    // Columns whose text is often wider than the cell: their tooltip repeats it.
    virtual bool isLongText(int column) const;

    // Replaces the rows through `assign`. With as many rows as before, the rows are updated in
    // place so that the view keeps its selection and scroll position on each refresh.
    template <typename Assign>
    void replaceRows(int newCount, Assign&& assign)
    {
        if (newCount == rows()) {
            // Only the rows whose cells changed are announced: a refresh that brings the same
            // rows again does not make the sorted views and their fitted sizes lay out anew.
            const QVector<QStringList> before = rowTexts();
            assign();
            const QVector<QStringList> after = rowTexts();
            for (int row = 0; row < newCount; ++row) {
                if (after.at(row) != before.at(row))
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            return;
        }
        beginResetModel();
        assign();
        endResetModel();
    }

private:
    // Every cell's text and the row's level, per row: what a refresh compares.
    QVector<QStringList> rowTexts() const;
    mutable int m_columnCount = -1; // headers() builds translated texts: counted once
};

// How the page writes a time: sortable, to the minute, in the frame the server stores.
QString formatShippingTime(const QDateTime& when);
QString formatShippingTime(const std::optional<QDateTime>& when);
// A set id, or a dash when there is none (-1).
QString formatSetId(qint64 setId);

} // namespace bts

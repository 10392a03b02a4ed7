#include "FittedTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace bts {

FittedTableView::FittedTableView(int maxLines, QWidget* parent)
    : QTableView(parent)
    , m_maxLines(maxLines)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    // Rows that wrap grow when the table narrows: the height asked for changes with them.
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
}

void FittedTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    const auto refit = [this] {
        updateGeometry();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refit);
    connect(model, &QAbstractItemModel::layoutChanged, this, refit);
    connect(model, &QAbstractItemModel::rowsInserted, this, refit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refit);
}

int FittedTableView::chromeHeight() const
{
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    return height;
}

QSize FittedTableView::sizeHint() const
{
    const int oneRow = verticalHeader()->defaultSectionSize();
    const int rows = model() && model()->rowCount() > 0 ? verticalHeader()->length() : oneRow;
    const int cap = m_maxLines * fontMetrics().lineSpacing() + oneRow;
    return {QTableView::sizeHint().width(), chromeHeight() + qMin(rows, cap)};
}

QSize FittedTableView::minimumSizeHint() const
{
    return {QTableView::minimumSizeHint().width(),
            chromeHeight() + verticalHeader()->defaultSectionSize()};
}

} // namespace bts

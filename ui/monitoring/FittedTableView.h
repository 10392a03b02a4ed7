#pragma once

#include <QTableView>

namespace bts {

// A table as tall as its rows, up to `maxLines` lines of text, then it scrolls: the page's
// short tables (one row per destination, a few findings) leave no empty band below their rows
// and give the room to the chart.
class FittedTableView : public QTableView {
    Q_OBJECT

public:
    explicit FittedTableView(int maxLines, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int chromeHeight() const; // header, frame and a scroll bar if shown

    int m_maxLines;
};

} // namespace bts

#pragma once

#include "source/SourceJobValidation.h"

#include <QLabel>

namespace bts {

// Validation in words, one line per finding with its level's icon and name.
class FindingsLabel : public QLabel {
    Q_OBJECT

public:
    explicit FindingsLabel(QWidget* parent = nullptr);

    void setFindings(const QVector<Finding>& findings);
};

} // namespace bts

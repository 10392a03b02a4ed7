#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QTableWidget;

namespace bts {

// Which standby SQL Servers restore the group: one for every source database, or one per
// source server (@SourceServerName).
class DestinationChoicePage : public QWizardPage {
    Q_OBJECT

public:
    DestinationChoicePage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void addRow(const QString& server, const QString& source);
    QStringList sourceServers() const;

    DestinationWizardState& m_state;
    QTableWidget* m_table;
};

} // namespace bts

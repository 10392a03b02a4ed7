#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace bts {

class ChoiceDelegate;

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
    QString problem() const; // why Next is off, in words; empty when it is on

    DestinationWizardState& m_state;
    QTableWidget* m_table;
    ChoiceDelegate* m_sources =
        nullptr; // the Restores column's choices, as initializePage read them
    QLabel* m_problem;
};

} // namespace bts

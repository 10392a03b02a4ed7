#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace bts {

class FindingsLabel;

// The five parameters of bts_ConfigureBizTalkLogShipping.
class ConfigurePage : public QWizardPage {
    Q_OBJECT

public:
    ConfigurePage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QVector<DestinationConfig> edited() const;
    QVector<Finding> findings(const DestinationConfig& config) const;
    void update();

    DestinationWizardState& m_state;
    QLineEdit* m_description;
    QLineEdit* m_server;
    QLineEdit* m_database;
    QCheckBox* m_link;
    FindingsLabel* m_findings;
};

} // namespace bts

#pragma once

#include "destination/DestinationState.h"
#include "group/GroupBackend.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bts {

class ApplyPanel;

// Cleans a destination (sp_LogShippingClean) with the documented steps around it. It drops the
// restored databases there, so it needs the destination's name typed before Apply is possible.
class CleanDestinationDialog : public QDialog {
    Q_OBJECT

public:
    CleanDestinationDialog(std::shared_ptr<const GroupBackend> backend, QWidget* parent = nullptr);

signals:
    void applied();

private:
    void read();
    void plan();

    std::shared_ptr<const GroupBackend> m_backend;
    QComboBox* m_destination;
    QLineEdit* m_sourceId;
    QLineEdit* m_confirm;
    QLabel* m_warning;
    ApplyPanel* m_panel;
    DestinationState m_state;
};

} // namespace bts

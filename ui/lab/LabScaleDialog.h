#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>

#include <atomic>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bts {

class LabSimulation;

// The lab at scale: generates years of older backup history (on a database thread, with
// progress and Cancel) and sets the round trip each simulated server adds to the console's
// statements. The lab's clock is paused while history is written, since a job run in between
// would take a backup set id the generator is moving.
class LabScaleDialog : public QDialog {
    Q_OBJECT

public:
    LabScaleDialog(QString labRoot, LabSimulation* simulation = nullptr, QWidget* parent = nullptr);
    ~LabScaleDialog() override;

    bool isGenerating() const { return m_future.isRunning(); }

signals:
    void historyGenerated(qint64 rows);

protected:
    void reject() override;

private:
    void generate();
    void finished(const Result<qint64>& rows, qint64 milliseconds);
    void updateEstimate();
    void fillLatencyTable();

    QString m_root;
    QPointer<LabSimulation> m_simulation;
    bool m_resumeSimulation = false;
    QDoubleSpinBox* m_years;
    QSpinBox* m_interval;
    QLabel* m_estimate;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_generate;
    QPushButton* m_cancel;
    QTableWidget* m_latency;
    QFuture<Result<qint64>> m_future;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace bts

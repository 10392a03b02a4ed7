#include "LabScaleDialog.h"

#include "core/DatabasePool.h"
#include "lab/LabHistoryGenerator.h"
#include "lab/LabLatency.h"
#include "lab/LabSimulation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bts {

LabScaleDialog::LabScaleDialog(QString labRoot, LabSimulation* simulation, QWidget* parent)
    : QDialog(parent)
    , m_root(std::move(labRoot))
    , m_simulation(simulation)
    , m_years(new QDoubleSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_estimate(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_cancel(new QPushButton(tr("Cancel generation"), this))
    , m_latency(new QTableWidget(this))
{
    setObjectName(QStringLiteral("labScaleDialog"));
    setWindowTitle(tr("Lab at scale"));
    m_years->setObjectName(QStringLiteral("yearsSpin"));
    m_years->setRange(0.1, 20.0);
    m_years->setDecimals(1);
    m_years->setSingleStep(0.5);
    m_years->setValue(10.0);
    m_years->setSuffix(tr(" years"));
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 1440);
    m_interval->setValue(15);
    m_interval->setSuffix(tr(" minutes"));
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_latency->setObjectName(QStringLiteral("latencyTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    m_latency->setTabKeyNavigation(false);
    m_latency->setAccessibleName(tr("Round-trip latency of each simulated server"));

    auto* form = new QFormLayout;
    form->addRow(tr("History before the lab's oldest backup:"), m_years);
    form->addRow(tr("Log backup every:"), m_interval);
    form->addRow(QString(), m_estimate);
    auto* run = new QHBoxLayout;
    run->addWidget(m_progress, 1);
    run->addWidget(m_generate);
    run->addWidget(m_cancel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Round trip the console waits before each statement:"), this));
    layout->addWidget(m_latency);
    layout->addWidget(buttons);

    connect(m_years, &QDoubleSpinBox::valueChanged, this, &LabScaleDialog::updateEstimate);
    connect(m_interval, &QSpinBox::valueChanged, this, &LabScaleDialog::updateEstimate);
    connect(m_generate, &QPushButton::clicked, this, &LabScaleDialog::generate);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelled->store(true);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling after the chunk being written..."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEstimate();
    fillLatencyTable();
}

LabScaleDialog::~LabScaleDialog()
{
    // The work reports progress to this dialog: it stops after its current chunk.
    m_cancelled->store(true);
    m_future.waitForFinished();
}

void LabScaleDialog::reject()
{
    if (isGenerating()) {
        m_cancelled->store(true);
        m_status->setText(tr("Cancel the generation first, or wait for it to finish."));
        return;
    }
    QDialog::reject();
}

void LabScaleDialog::updateEstimate()
{
    const LabHistoryScale scale = LabHistoryScale::years(m_years->value(), m_interval->value());
    m_estimate->setText(tr("About %1 backup sets.").arg(QLocale().toString(scale.sets)));
}

void LabScaleDialog::fillLatencyTable()
{
    // Every server folder of the lab (LABSQL01, LABSQL02, ...), whatever the topology became.
    QStringList servers;
    const QDir root(m_root);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(root.filePath(name + QStringLiteral("/master.sqlite"))))
            servers.append(name.toUpper());
    }
    const QHash<QString, int> latencies = LabLatency::all(m_root);
    m_latency->setColumnCount(2);
    m_latency->setHorizontalHeaderLabels({tr("Server"), tr("Latency")});
    m_latency->setRowCount(int(servers.size()));
    m_latency->verticalHeader()->hide();
    m_latency->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < servers.size(); ++row) {
        const QString server = servers.at(row);
        auto* name = new QTableWidgetItem(server);
        name->setFlags(Qt::ItemIsEnabled);
        m_latency->setItem(row, 0, name);
        auto* spin = new QSpinBox(m_latency);
        spin->setObjectName(QStringLiteral("latency_") + server);
        spin->setRange(0, 10000);
        spin->setSuffix(tr(" ms"));
        spin->setValue(latencies.value(server));
        connect(spin, &QSpinBox::valueChanged, this, [this, server](int ms) {
            if (Status s = LabLatency::set(m_root, server, ms); !s)
                m_status->setText(s.error().sentence());
        });
        m_latency->setCellWidget(row, 1, spin);
    }
}

void LabScaleDialog::generate()
{
    if (isGenerating())
        return;
    const LabHistoryScale scale = LabHistoryScale::years(m_years->value(), m_interval->value());
    m_resumeSimulation = m_simulation && m_simulation->isRunning();
    if (m_simulation)
        m_simulation->stop();
    m_cancelled->store(false);
    m_generate->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1 backup sets...").arg(QLocale().toString(scale.sets)));

    const QString root = m_root;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const QPointer<QProgressBar> bar = m_progress;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_future = runAsync(
        this,
        [root, scale, cancelled, bar] {
            return generateLabHistory(root, scale, [cancelled, bar](int percent) {
                // The dialog waits for this work before it is destroyed: `bar` outlives it.
                QMetaObject::invokeMethod(
                    bar.data(), [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
                return !cancelled->load();
            });
        },
        [this, timer](const Result<qint64>& rows) { finished(rows, timer->elapsed()); });
}

void LabScaleDialog::finished(const Result<qint64>& rows, qint64 milliseconds)
{
    m_generate->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_simulation && m_resumeSimulation)
        m_simulation->start();
    if (!rows) {
        m_status->setText(rows.error().sentence());
    } else {
        m_progress->setValue(100);
        m_status->setText(tr("Wrote %1 history rows in %2 s.")
                              .arg(QLocale().toString(rows.value()))
                              .arg(QLocale().toString(milliseconds / 1000.0, 'f', 1)));
    }
    // Cancelled or not, what was written is in the lab now: the monitors should show it.
    emit historyGenerated(rows ? rows.value() : 0);
}

} // namespace bts

#include "ScaleLab.h"

#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabHistoryGenerator.h"
#include "lab/LabScenario.h"
#include "lab/LabTopology.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace bts::bench {
namespace {

// No lab, no figure: said as a missed goal, so that the run does not look like a pass.
QString cannotMake(Context& context, qint64 rows, const QString& why)
{
    Figure failed;
    failed.name = QStringLiteral("A lab with %1 history rows").arg(rows);
    failed.failure = why;
    context.report(failed);
    return QString();
}

} // namespace

QString sourceManagementFile(const QString& labRoot)
{
    return LabConnector(labRoot).databaseFile(LabTopology::SourceServer,
                                              LabTopology::ManagementDatabase);
}

QString destinationMasterFile(const QString& labRoot)
{
    return LabConnector(labRoot).databaseFile(LabTopology::DestinationServer,
                                              QStringLiteral("master"));
}

QString scaleLab(Context& context, qint64 rows)
{
    const QString root =
        QDir(context.workFolder()).filePath(QStringLiteral("lab-%1-rows").arg(rows));
    const QString ready = QDir(root).filePath(QStringLiteral("generated"));
    if (QFile::exists(ready))
        return root;
    std::printf("Generating a lab with %lld history rows in %s (once; later runs reuse it)...\n",
                static_cast<long long>(rows), root.toLocal8Bit().constData());
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    auto lab = std::make_shared<Lab>(root);
    if (Status s = applyLabScenario(lab, LabScenario::Healthy); !s) {
        return cannotMake(context, rows, s.error().sentence());
    }
    // As many older sets as make `rows` rows per table, whatever the lab's number of databases.
    const Result<QVariant> databases = LabConnector(root).scalar(
        LabTopology::SourceServer, LabTopology::ManagementDatabase,
        QStringLiteral("SELECT COUNT(DISTINCT DatabaseName) FROM adm_BackupHistory"));
    if (!databases || databases.value().toLongLong() <= 0) {
        return cannotMake(context, rows, QStringLiteral("the lab has no backup history to extend"));
    }
    LabHistoryScale scale;
    scale.sets = rows / databases.value().toLongLong();
    const Result<qint64> written = generateLabHistory(root, scale);
    if (!written) {
        return cannotMake(context, rows, written.error().sentence());
    }
    std::printf("%lld rows in %.1f s\n", static_cast<long long>(written.value()),
                double(timer.elapsed()) / 1000.0);
    QFile marker(ready);
    marker.open(QIODevice::WriteOnly);
    return root;
}

} // namespace bts::bench

#include "CallSequence.h"

#include "core/AuditLog.h"

#include <QElapsedTimer>

namespace bts {

QVector<CallOutcome> runCallSequence(const GroupBackend& backend,
                                     const QVector<ServerCommand>& calls)
{
    QVector<CallOutcome> outcomes;
    bool failed = false;
    for (const ServerCommand& call : calls) {
        CallOutcome outcome;
        outcome.call = call;
        if (failed) {
            DbError notRun;
            notRun.kind = DbError::Kind::Cancelled;
            notRun.summary = QStringLiteral("Not run: an earlier statement failed");
            outcome.status = notRun;
        } else {
            outcome.ran = true;
            outcome.startedAt = QDateTime::currentDateTimeUtc();
            QElapsedTimer timer;
            timer.start();
            outcome.status = backend.execute(call);
            outcome.milliseconds = timer.elapsed();
            auditStatement(call.server, call.database, call.previewSql(), outcome.status);
            failed = !outcome.status;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

QString scriptFor(const QVector<ServerCommand>& calls)
{
    QStringList parts;
    for (const ServerCommand& call : calls) {
        QString part;
        if (!call.purpose.isEmpty())
            part += QStringLiteral("-- %1\n").arg(call.purpose);
        part += QStringLiteral("-- on %1\n").arg(call.server);
        part += call.previewSql();
        parts.append(part);
    }
    return parts.join(QStringLiteral("\nGO\n\n")) + QStringLiteral("\nGO\n");
}

} // namespace bts

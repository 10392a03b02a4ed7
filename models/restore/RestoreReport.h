#pragma once

#include "actions/CallSequence.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace bts {

// One entry of a failover's timeline: a statement that ran (with its outcome and duration) or
// a step the operator did by hand and ticked.
struct RestoreEvent {
    QDateTime when; // UTC
    QString step;
    QString server;
    QString sql; // empty for a manual step
    QString outcome;
    bool succeeded = true;
    qint64 milliseconds = -1; // -1 for a manual step
};

// The record a DR drill needs: who failed which group over, when, every statement with its
// outcome and duration, and what was done by hand.
struct RestoreReport {
    QString group; // "BizTalkMgmtDb on LABSQL01"
    QString destinations;
    QString operatorName;
    QString preflight; // the pre-flight's sentence
    QVector<RestoreEvent> events;

    void addOutcomes(const QString& step, const QVector<CallOutcome>& outcomes);
    void addManualStep(const QString& step, const QString& what);
    QString toHtml() const;
};

QString currentOperatorName();

} // namespace bts

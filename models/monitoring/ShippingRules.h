#pragma once

// Internal to the monitoring engine and its outputs: the pieces the rule files share. Pages and
// commands use ShippingStatus.h, ShippingCheckOutput.h and ShippingExport.h instead.

#include "ShippingStatus.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace bts::shipping {

// Every rule's messages share one translation context.
struct ShippingText {
    Q_DECLARE_TR_FUNCTIONS(bts::ShippingStatus)
};

// A verdict with the destinations it is about (indexes into ShippingFacts::destinations), so that
// a destination's level does not depend on how its name appears in a subject.
struct Finding {
    ShippingVerdict verdict;
    QVector<int> destinations;
};
using Findings = QVector<Finding>;

// Words shared by the rules.
QString timeText(const QDateTime& time);       // "2024-05-01 10:15 UTC", history frame
QString serverTimeText(const QDateTime& time); // msdb's times: the server's local clock, no zone
QString setText(const SetSummary& set);        // "set 27 (mark BTS_2024_05_01_10_15_00_000, ...)"
QString errorText(const DbError& error);       // the error's summary and location, no final period
QString messageText(const QString& message);   // a job message on one line, no final period
QString setsText(int sets);                    // "1 set", "12 sets"

// Source rules: reachability, the Backup BizTalk Server job, the age of the newest sets, the
// source's partial sets.
void addSourceFindings(const ShippingFacts& facts, const Thresholds& thresholds,
                       Findings& findings);

// Everything about destination `index`: reachability, lag, gap, partial sets, jobs, missing files
// and its databases. Fills `status` (but its level and sentence, which come from the findings).
void addDestinationFindings(const ShippingFacts& facts, const Thresholds& thresholds, int index,
                            DestinationStatus& status, QVector<DatabaseShippingStatus>& databases,
                            Findings& findings);

// The parts of addDestinationFindings kept in their own files: the three SQL Agent jobs of a
// reachable, configured destination, and its databases (DatabaseShippingStatus rows and the
// verdicts about databases that trail `lastRestoredSetId`, the destination's last restored set).
void addJobFindings(const ShippingFacts& facts, int index, Findings& findings);
void addDatabaseFindings(const ShippingFacts& facts, int index, qint64 lastRestoredSetId,
                         QVector<DatabaseShippingStatus>& databases, Findings& findings);

// Destinations at different last restored sets.
void addDisagreementFindings(const ShippingFacts& facts, Findings& findings);

// Stable, untranslated names for machine-readable outputs (JSON, CSV): "ok", "warning"...,
// "lag", "partial set"...
QString levelKey(StatusLevel level);
QString topicKey(ShippingTopic topic);

} // namespace bts::shipping

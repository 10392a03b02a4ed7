#pragma once

#include "DestinationState.h"
#include "sql/SqlConnector.h"

namespace bts {

// Reads a destination's log-shipping tables and jobs. An unreachable server or one where the
// scripts were never run is not an error: the state says so. Blocks (database thread).
DestinationState readDestination(const SqlConnector& connector, const QString& server);
QVector<DestinationState> readDestinations(const SqlConnector& connector,
                                           const QStringList& servers);

} // namespace bts

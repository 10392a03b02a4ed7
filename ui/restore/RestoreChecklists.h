#pragma once

#include <QStringList>

namespace bts {

// What an operator does by hand around a failover, with the exact commands (facts §3.1, §3.2,
// §3.6, §7). The console cannot do these: they need the BizTalk servers themselves.
QStringList stopProcessingChecklist();
QStringList afterRestoreChecklist(const QString& newManagementServer,
                                  const QString& managementDatabase);

} // namespace bts

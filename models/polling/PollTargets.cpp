#include "PollTargets.h"

#include "lab/LabConnector.h"
#include "mssql/SqlServerBackend.h"

#include <QCoreApplication>

#include <algorithm>

namespace bts {

QVector<PollTarget> pollTargets(const QVector<Environment>& environments,
                                const QHash<QString, QString>& passwords, const QString& labRoot,
                                int timeoutMs)
{
    QVector<PollTarget> targets;
    const int timeoutSeconds = std::max(1, (timeoutMs + 999) / 1000);
    for (const Environment& environment : environments) {
        std::shared_ptr<const SqlConnector> connector;
        QString unavailable;
        if (environment.isLab) {
            // The console's view of the lab: lost servers and latency apply.
            connector = std::make_shared<LabConnector>(labRoot, true);
        } else if (environment.needsPassword() && !passwords.contains(environment.id)) {
            unavailable = QCoreApplication::translate(
                "PollTargets", "Password needed - open this environment to poll it.");
        } else {
            ConnectionSettings settings = environment.management;
            settings.password = passwords.value(environment.id);
            settings.loginTimeoutSeconds =
                std::min(std::max(1, settings.loginTimeoutSeconds), timeoutSeconds);
            settings.queryTimeoutSeconds =
                std::min(std::max(1, settings.queryTimeoutSeconds), timeoutSeconds);
            connector = std::make_shared<SqlServerConnector>(settings);
        }
        PollTarget management;
        management.environmentId = environment.id;
        management.environmentName = environment.name;
        management.server = environment.management.displayName();
        management.role = PollTarget::Role::Management;
        management.connector = connector;
        management.unavailableReason = unavailable;
        targets.append(management);
        for (const QString& destination : environment.destinations) {
            PollTarget target = management;
            target.server = destination;
            target.role = PollTarget::Role::Destination;
            targets.append(target);
        }
    }
    return targets;
}

} // namespace bts

#include "PollTarget.h"

#include <QCoreApplication>

namespace bts {

QString PollResult::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return QCoreApplication::translate("PollResult", "Polling...");
    case State::Reachable:
        return QCoreApplication::translate("PollResult", "Reachable");
    case State::Unreachable:
        return QCoreApplication::translate("PollResult", "Unreachable");
    case State::TimedOut:
        return QCoreApplication::translate("PollResult", "Timed out");
    case State::NotPolled:
        return QCoreApplication::translate("PollResult", "Not polled");
    }
    return QString();
}

QString roleText(PollTarget::Role role)
{
    return role == PollTarget::Role::Management
               ? QCoreApplication::translate("PollTarget", "Management (source)")
               : QCoreApplication::translate("PollTarget", "Destination");
}

} // namespace bts

#pragma once

#include "group/DatabaseStatus.h"
#include "sql/SqlConnector.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace bts {

// One SQL Server the overview keeps an eye on: a server of one environment, in one role.
struct PollTarget {
    enum class Role { Management, Destination };

    QString environmentId;
    QString environmentName;
    QString server;
    QString database = QStringLiteral("master"); // exists on every SQL Server (and lab server)
    Role role = Role::Management;
    // How to reach it; nullptr when it cannot be polled (see unavailableReason).
    std::shared_ptr<const SqlConnector> connector;
    // In words, why there is no connector: "Password needed - open the environment to poll it."
    QString unavailableReason;

    // Identifies the server across rounds, whatever its position in the list.
    QString key() const { return environmentId + QLatin1Char('|') + server.toUpper(); }
};

// What one probe of one target found.
struct PollResult {
    enum class State {
        Pending,     // not polled yet, or this round's reply not in yet
        Reachable,   // answered the probe
        Unreachable, // refused, failed the login or the query: see message
        TimedOut,    // no answer within the target's timeout
        NotPolled,   // no connector (password needed): see message
    };

    State state = State::Pending;
    int roundTripMs = -1; // -1 when there was no answer
    QString message;      // a sentence for the operator
    QString driverText;   // the raw driver text, when there was one
    StatusLevel level = StatusLevel::Info;
    QString reportedName; // the name the server gives itself, when reachable

    bool reachable() const { return state == State::Reachable; }
    // "Reachable", "Unreachable", "Timed out", ...: the words that go with the icon.
    static QString stateText(State state);
};

QString roleText(PollTarget::Role role);

} // namespace bts

Q_DECLARE_METATYPE(bts::PollResult)

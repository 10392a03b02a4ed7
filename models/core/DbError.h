#pragma once

#include <QString>

namespace bts {

// What went wrong talking to a server, in words an operator can act on.
// `summary` says what failed, `location` where (server / database), `advice` what to do;
// `driverText` keeps the raw driver message for the "details" click.
struct DbError {
    enum class Kind {
        DriverMissing,
        ConnectionFailed,
        LoginFailed,
        Timeout,
        QueryFailed,
        ObjectMissing,
        InvalidInput,
        Cancelled,
        Internal,
    };

    Kind kind = Kind::Internal;
    QString summary;
    QString location;
    QString advice;
    QString driverText;

    // A statement that failed with the message the server gave.
    static DbError queryFailed(const QString& message, const QString& location = QString());

    // One sentence for a status bar or a banner: "<summary> on <location>. <advice>"
    QString sentence() const;
};

} // namespace bts

#pragma once

namespace bts {

// When a missing backup becomes worth a warning, and when it is critical.
struct Thresholds {
    int logWarningMinutes = 30; // two 15-minute job intervals
    int logCriticalMinutes = 60;
    int fullWarningHours = 26; // a daily full backup, with slack for the backup hour
    int fullCriticalHours = 50;
};

} // namespace bts

#pragma once

namespace bts {

// When a missing backup becomes worth a warning, and when it is critical.
struct Thresholds {
    int logWarningMinutes = 30; // two 15-minute job intervals
    int logCriticalMinutes = 60;
    int fullWarningHours = 26; // a daily full backup, with slack for the backup hour
    int fullCriticalHours = 50;
    // How far a destination's last restored set may trail the source's newest complete log set.
    // One set behind is normal (the newest log is held back, facts §2.7): with 15-minute log
    // backups that is up to 30 minutes.
    int lagWarningMinutes = 45;
    int lagCriticalMinutes = 120;
};

} // namespace bts

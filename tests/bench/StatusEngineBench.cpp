#include "Bench.h"
#include "ScaleLab.h"

#include "lab/LabBackend.h"
#include "monitoring/ShippingReader.h"
#include "monitoring/ShippingStatus.h"

// The log shipping status engine (read the facts, judge them) over 1,000,000 history rows on
// each side, against one SQL query in the sqlite3 shell that answers the same main question:
// per database, the newest set imported and the newest restored.
BTS_BENCH(StatusEngineOverAMillionRows)
{
    const QString root = bts::bench::scaleLab(context, 1000000);
    if (root.isEmpty())
        return;
    bts::LabBackend backend(root);
    bool ok = true;
    const auto judge = [&] {
        const bts::Result<bts::ShippingFacts> facts = bts::readShippingFacts(backend);
        ok = ok && facts.ok();
        if (facts)
            (void)bts::evaluateShipping(facts.value());
    };
    judge(); // the first opens the connections
    bts::bench::Figure f;
    f.name = QStringLiteral("Status engine over 1,000,000 history rows");
    f.value = bts::bench::bestOf(5, judge);
    f.unit = QStringLiteral("ms");
    f.maxValue = 150;
    f.maxRatio = 1.5;
    f.baselineName = QStringLiteral("sqlite3 shell, one equivalent query");
    const QString equivalent = QStringLiteral(
        "SELECT DatabaseName, MAX(BackupSetId), MAX(CASE WHEN Restored = 1 THEN BackupSetId END), "
        "MAX(BackupDateTime) FROM dbo.bts_LogShippingHistory GROUP BY DatabaseName");
    f.baseline =
        bts::bench::sqliteShellMilliseconds(bts::bench::destinationMasterFile(root), equivalent)
            .value_or(0);
    f.note = QStringLiteral("best of 5: every query of the source and the destination, then the "
                            "verdicts; the shell's time includes starting it");
    if (!ok)
        f.failure = QStringLiteral("reading the facts failed");
    context.report(f);
}

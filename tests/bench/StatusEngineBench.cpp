#include "Bench.h"
#include "ScaleLab.h"

#include "lab/LabBackend.h"
#include "monitoring/ShippingReader.h"
#include "monitoring/ShippingStatus.h"

#include <utility>

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
    const double engine = bts::bench::bestOf(5, judge);
    const QString file = bts::bench::destinationMasterFile(root);
    // Two single queries that answer the main question (per database: the newest set imported
    // and the newest restored): the one a DBA would write, a GROUP BY over every row; and one as
    // index-friendly as the engine's own statements, each a seek on (DatabaseName, BackupSetId)
    // from the databases walked along that index.
    const QString groupBy = QStringLiteral(
        "SELECT DatabaseName, MAX(BackupSetId), MAX(CASE WHEN Restored = 1 THEN BackupSetId END) "
        "FROM dbo.bts_LogShippingHistory GROUP BY DatabaseName");
    const QString seeks = QStringLiteral(
        "WITH RECURSIVE n(DatabaseName) AS ("
        "SELECT MIN(DatabaseName) FROM dbo.bts_LogShippingHistory UNION ALL "
        "SELECT (SELECT MIN(x.DatabaseName) FROM dbo.bts_LogShippingHistory AS x "
        "WHERE x.DatabaseName > n.DatabaseName) FROM n WHERE n.DatabaseName IS NOT NULL) "
        "SELECT n.DatabaseName, "
        "(SELECT MAX(i.BackupSetId) FROM dbo.bts_LogShippingHistory AS i "
        "WHERE i.DatabaseName = n.DatabaseName), "
        "(SELECT MAX(r.BackupSetId) FROM dbo.bts_LogShippingHistory AS r "
        "WHERE r.DatabaseName = n.DatabaseName AND r.Restored = 1) "
        "FROM n WHERE n.DatabaseName IS NOT NULL");
    for (const auto& [sql, name] :
         {std::pair{groupBy, QStringLiteral("sqlite3 shell, one GROUP BY query")},
          std::pair{seeks, QStringLiteral("sqlite3 shell, one query of index seeks")}}) {
        bts::bench::Figure f;
        f.name = QStringLiteral("Status engine over 1,000,000 history rows");
        f.value = engine;
        f.unit = QStringLiteral("ms");
        f.maxValue = 150;
        f.maxRatio = 1.5;
        f.baselineName = name;
        f.baseline = bts::bench::sqliteShellMilliseconds(file, sql).value_or(0);
        f.note = QStringLiteral("best of 5: every statement on the source and the destination, "
                                "then the verdicts; the shell's time includes starting it");
        if (!ok)
            f.failure = QStringLiteral("reading the facts failed");
        context.report(f);
    }
}

#include "ScriptFileCheck.h"

#include "BatchSplitter.h"

#include <QDir>
#include <QStringList>

namespace bts {
namespace {

const QString kSchemaFolderHint =
    QStringLiteral("point to the Schema folder of the BizTalk installation, e.g. "
                   "C:\\Program Files (x86)\\Microsoft BizTalk Server\\Schema");

// Lists the folder rather than probing one path, so that a name in another case is found on
// case-sensitive file systems too. The exact name wins over one that differs only in case.
QString findFile(const QDir& dir, const QString& name)
{
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    if (entries.contains(name))
        return dir.filePath(name);
    for (const QString& entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    }
    return QString();
}

ScriptCheck checkScript(const QString& folder, const QString& name, const QStringList& objects)
{
    ScriptCheck check;
    // An empty folder would mean the working directory to QDir: never look there by accident.
    if (folder.trimmed().isEmpty()) {
        check.path = name;
        check.problem = QStringLiteral("%1 cannot be checked because no folder is given: %2")
                            .arg(name, kSchemaFolderHint);
        return check;
    }
    const QDir dir(folder);
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    check.path = findFile(dir, name);
    if (check.path.isEmpty()) {
        check.path = dir.filePath(name);
        if (!dir.exists())
            check.problem = QStringLiteral("%1 cannot be checked because the folder %2 does not "
                                           "exist: %3")
                                .arg(name, nativeFolder, kSchemaFolderHint);
        else
            check.problem = QStringLiteral("%1 is missing from %2: %3")
                                .arg(name, nativeFolder, kSchemaFolderHint);
        return check;
    }
    check.found = true;

    QString error;
    const QString text = readScriptFile(check.path, &error);
    if (text.isNull()) {
        check.problem = QStringLiteral("%1 cannot be used: %2").arg(name, error);
        return check;
    }
    const SplitResult split = splitBatches(text);
    if (!split.ok()) {
        check.problem =
            QStringLiteral("%1 cannot be split into batches: %2").arg(name, split.error);
        return check;
    }
    check.batchCount = split.batches.size();

    QStringList missing;
    for (const QString& object : objects) {
        if (!text.contains(object, Qt::CaseInsensitive))
            missing.append(object);
    }
    if (!missing.isEmpty()) {
        check.problem = QStringLiteral("%1 does not define %2: is it the right file?")
                            .arg(name, missing.join(QStringLiteral(" and ")));
        return check;
    }
    check.looksRight = true;
    return check;
}

} // namespace

QVector<ScriptCheck> checkDestinationScripts(const QString& schemaFolder)
{
    return {
        checkScript(
            schemaFolder, QLatin1String(kDestinationSchemaScript),
            {QStringLiteral("bts_LogShippingDatabases"), QStringLiteral("bts_LogShippingHistory")}),
        checkScript(schemaFolder, QLatin1String(kDestinationLogicScript),
                    {QStringLiteral("bts_ConfigureBizTalkLogShipping")}),
    };
}

} // namespace bts

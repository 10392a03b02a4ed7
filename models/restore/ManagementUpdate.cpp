#include "ManagementUpdate.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::ManagementUpdate)
};

const QString TrackedMessagesJobProcedure = QStringLiteral("bts_UpdateCopyTrackedMessagesJob");
const QString MasterJobProcedure =
    QStringLiteral("ops_UpdateOperationsOperateOnInstancesOnMasterJob");

bool moved(const DatabaseMapping& m)
{
    return !sameName(m.oldServer, m.newServer) || !sameName(m.oldDatabase, m.newDatabase);
}

const DatabaseMapping* findRole(const UpdateInfo& info, DatabaseRole role, bool masterOnly = false)
{
    for (const DatabaseMapping& m : info.mappings) {
        if (m.role == role && (!masterOnly || m.isMaster))
            return &m;
    }
    return nullptr;
}

const DatabaseMapping* movedRole(const UpdateInfo& info, DatabaseRole role, bool masterOnly = false)
{
    const DatabaseMapping* m = findRole(info, role, masterOnly);
    return m && moved(*m) ? m : nullptr;
}

QString where(const QString& server, const QString& database)
{
    return server + QLatin1Char('.') + database;
}

// A typed NULL: bound as an nvarchar NULL, which COALESCE turns into "keep the column".
QVariant keep()
{
    return QVariant(QMetaType::fromType<QString>());
}

class Planner {
public:
    Planner(const UpdateInfo& info, const ManagementUpdateFacts& facts,
            const ManagementUpdateOptions& options, ManagementUpdatePlan& plan)
        : m_info(info)
        , m_facts(facts)
        , m_options(options)
        , m_plan(plan)
    {}

    void run()
    {
        planGroup();
        for (const DatabaseMapping& m : m_info.mappings) {
            if (m.role == DatabaseRole::MessageBox)
                planMessageBox(m);
        }
        planBizTalkServers();
        planTrackingDestinations();
        for (const DatabaseMapping& m : m_info.mappings) {
            if (!m.name.isEmpty())
                planOtherDatabase(m.name, m);
        }
        if (const DatabaseMapping* rules = movedRole(m_info, DatabaseRole::RuleEngine))
            planOtherDatabase(RuleEngineOtherDatabaseName, *rules);
        planBam();
    }

private:
    void add(const QString& statement, const QVector<QPair<QString, QVariant>>& values,
             const QString& purpose)
    {
        m_plan.commands.append(ServerCommand::fromStatement(
            m_plan.management.server, m_plan.management.database, statement, values, purpose));
    }

    void planGroup()
    {
        QVector<QPair<QString, QVariant>> values;
        bool changes = false;
        const auto pair = [&](DatabaseRole role, const QString& serverColumn,
                              const QString& databaseColumn, bool masterOnly = false) {
            const DatabaseMapping* m = movedRole(m_info, role, masterOnly);
            changes = changes || m;
            values.append({serverColumn, m ? QVariant(m->newServer) : keep()});
            if (!databaseColumn.isEmpty())
                values.append({databaseColumn, m ? QVariant(m->newDatabase) : keep()});
        };
        pair(DatabaseRole::TrackingAnalysis, QStringLiteral("TrackAnalysisServerName"),
             QStringLiteral("TrackAnalysisDBName"));
        pair(DatabaseRole::Tracking, QStringLiteral("TrackingDBServerName"),
             QStringLiteral("TrackingDBName"));
        pair(DatabaseRole::MessageBox, QStringLiteral("SubscriptionDBServerName"),
             QStringLiteral("SubscriptionDBName"), true);
        pair(DatabaseRole::RuleEngine, QStringLiteral("RuleEngineDBServerName"),
             QStringLiteral("RuleEngineDBName"));
        pair(DatabaseRole::BamPrimaryImport, QStringLiteral("BamDBServerName"),
             QStringLiteral("BamDBName"));
        pair(DatabaseRole::SingleSignOn, QStringLiteral("SSOServerName"), QString());
        if (!changes) {
            m_plan.notes.append(Text::tr("adm_Group: no database it names has moved."));
            return;
        }
        add(QStringLiteral("update_group_databases"), values,
            Text::tr("Point the group (adm_Group) at the moved tracking, master MessageBox, rule "
                     "engine, BAM and SSO databases"));
    }

    void planMessageBox(const DatabaseMapping& m)
    {
        if (moved(m)) {
            add(QStringLiteral("update_message_box"),
                {{QStringLiteral("DBName"), m.newDatabase},
                 {QStringLiteral("DBServerName"), m.newServer},
                 {QStringLiteral("DBName"), m.oldDatabase},
                 {QStringLiteral("DBServerName"), m.oldServer}},
                Text::tr("Move MessageBox %1 to %2 in adm_MessageBox")
                    .arg(where(m.oldServer, m.oldDatabase), where(m.newServer, m.newDatabase)));
            planTrackingSource(m);
        }
        const QString key = (m.newServer + QLatin1Char('/') + m.newDatabase).toLower();
        if (const DatabaseMapping* tracking = movedRole(m_info, DatabaseRole::Tracking)) {
            callInMessageBox(
                m, key, TrackedMessagesJobProcedure,
                {{QStringLiteral("trackingDBServer"), tracking->newServer},
                 {QStringLiteral("trackingDBName"), tracking->newDatabase}},
                Text::tr("Point the tracked-message copy job of %1 at the moved tracking "
                         "database"));
        }
        if (const DatabaseMapping* master = movedRole(m_info, DatabaseRole::MessageBox, true)) {
            callInMessageBox(
                m, key, MasterJobProcedure,
                {{QStringLiteral("nvcMasterMsgBoxDBServer"), master->newServer},
                 {QStringLiteral("nvcMasterMsgBoxDBName"), master->newDatabase}},
                Text::tr("Point the operations job of %1 at the moved master MessageBox"));
        }
    }

    void planTrackingSource(const DatabaseMapping& m)
    {
        if (!m_facts.hasTrackingSources) {
            m_plan.notes.append(
                Text::tr("The management database has no TDDS_Sources table with "
                         "SourceName and ConnectionString: the tracking sources are "
                         "not changed."));
            return;
        }
        const QString oldName = m.oldServer + QLatin1Char('_') + m.oldDatabase;
        for (const ManagementUpdateFacts::TrackingSource& source : m_facts.trackingSources) {
            if (!sameName(source.name, oldName))
                continue;
            const ConnectionTarget target{m.newServer, m.newDatabase};
            const QString connection = retargetConnectionString(source.connectionString, target)
                                           .value_or(defaultTrackingSourceConnectionString(target));
            add(QStringLiteral("update_tdds_source"),
                {{QStringLiteral("SourceName"), m.newServer + QLatin1Char('_') + m.newDatabase},
                 {QStringLiteral("ConnectionString"), connection},
                 {QStringLiteral("SourceName"), source.name}},
                Text::tr("Point the tracking service (TDDS_Sources) at MessageBox %1")
                    .arg(where(m.newServer, m.newDatabase)));
            return;
        }
        m_plan.notes.append(
            Text::tr("TDDS_Sources has no source named %1: nothing to change there.").arg(oldName));
    }

    void callInMessageBox(const DatabaseMapping& m, const QString& key, const QString& procedure,
                          const QVector<QPair<QString, QVariant>>& parameters,
                          const QString& purpose)
    {
        const QString location = where(m.newServer, m.newDatabase);
        if (m_facts.messageBoxErrors.contains(key)) {
            m_plan.notes.append(Text::tr("%1 was not called in %2: %3")
                                    .arg(procedure, location, m_facts.messageBoxErrors.value(key)));
            return;
        }
        const QStringList present = m_facts.messageBoxProcedures.value(key);
        if (!present.contains(procedure, Qt::CaseInsensitive)) {
            m_plan.notes.append(
                Text::tr("%1 does not exist in %2: that job keeps its old server; run "
                         "UpdateDatabase.vbs or change the job by hand.")
                    .arg(procedure, location));
            return;
        }
        ServerCommand call;
        call.server = m.newServer;
        call.database = m.newDatabase;
        call.procedure = {m.newDatabase, QStringLiteral("dbo"), procedure};
        call.parameters = parameters;
        call.purpose = purpose.arg(location);
        m_plan.commands.append(call);
    }

    void planBizTalkServers()
    {
        if (!m_options.renameBizTalkServers) {
            m_plan.notes.append(
                Text::tr("adm_Server is left as it is: UpdateDatabase.vbs would rename "
                         "every BizTalk server to %1, which is right only when BizTalk "
                         "runs on that machine.")
                    .arg(m_plan.management.server));
            return;
        }
        if (!m_facts.hasBizTalkServers) {
            m_plan.notes.append(Text::tr("The management database has no adm_Server table with a "
                                         "Name column: the BizTalk servers are not renamed."));
            return;
        }
        add(QStringLiteral("update_biztalk_servers"),
            {{QStringLiteral("Name"), m_plan.management.server}},
            Text::tr("Rename the BizTalk servers of the group (adm_Server) to %1")
                .arg(m_plan.management.server));
    }

    void planTrackingDestinations()
    {
        const DatabaseMapping* tracking = movedRole(m_info, DatabaseRole::Tracking);
        if (!tracking)
            return;
        if (!m_facts.hasTrackingDestinations) {
            m_plan.notes.append(Text::tr("The management database has no TDDS_Destinations table: "
                                         "the tracking destination is not changed."));
            return;
        }
        bool found = false;
        for (const QString& connection : m_facts.trackingDestinations) {
            const std::optional<ConnectionTarget> target = connectionTarget(connection);
            if (!target || !sameName(target->server, tracking->oldServer) ||
                !sameName(target->database, tracking->oldDatabase))
                continue;
            found = true;
            add(QStringLiteral("update_tdds_destination"),
                {{QStringLiteral("ConnectionString"),
                  *retargetConnectionString(connection,
                                            {tracking->newServer, tracking->newDatabase})},
                 {QStringLiteral("ConnectionString"), connection}},
                Text::tr("Point the tracking service (TDDS_Destinations) at tracking database %1")
                    .arg(where(tracking->newServer, tracking->newDatabase)));
        }
        if (!found)
            m_plan.notes.append(Text::tr("TDDS_Destinations names no connection to %1: nothing to "
                                         "change there.")
                                    .arg(where(tracking->oldServer, tracking->oldDatabase)));
    }

    void planOtherDatabase(const QString& name, const DatabaseMapping& m)
    {
        if (!moved(m))
            return;
        const QVector<QPair<QString, QVariant>> values = {
            {QStringLiteral("DatabaseName"), m.newDatabase},
            {QStringLiteral("ServerName"), m.newServer},
            {QStringLiteral("DefaultDatabaseName"), name}};
        add(QStringLiteral("update_other_backup_database"), values,
            Text::tr("Move '%1' to %2 in the backup job's list (adm_OtherBackupDatabases)")
                .arg(name, where(m.newServer, m.newDatabase)));
        if (m_facts.hasOtherDatabases)
            add(QStringLiteral("update_other_database"), values,
                Text::tr("Move '%1' to %2 in adm_OtherDatabases")
                    .arg(name, where(m.newServer, m.newDatabase)));
    }

    void planBam()
    {
        for (const DatabaseMapping& m : m_info.mappings) {
            switch (m.role) {
            case DatabaseRole::BamPrimaryImport:
            case DatabaseRole::BamArchive:
            case DatabaseRole::BamStarSchema:
            case DatabaseRole::BamAnalysis:
                m_plan.bamNeedsScript = true;
                break;
            default:
                break;
            }
        }
        if (m_plan.bamNeedsScript)
            m_plan.notes.append(
                Text::tr("BAM is updated by a component of the BizTalk servers: run "
                         "UpdateDatabase.vbs on one of them (see the next page)."));
    }

    const UpdateInfo& m_info;
    const ManagementUpdateFacts& m_facts;
    const ManagementUpdateOptions& m_options;
    ManagementUpdatePlan& m_plan;
};

} // namespace

Result<ConnectionTarget> newManagementDatabase(const UpdateInfo& info)
{
    const DatabaseMapping* m = findRole(info, DatabaseRole::Management);
    if (!m || m->newServer.trimmed().isEmpty() || m->newDatabase.trimmed().isEmpty()) {
        DbError error;
        error.kind = DbError::Kind::InvalidInput;
        error.summary = Text::tr("SampleUpdateInfo.xml names no new management database");
        error.advice = Text::tr("Fill in the new server and database of the ManagementDB line.");
        return error;
    }
    return ConnectionTarget{m->newServer.trimmed(), m->newDatabase.trimmed()};
}

Result<ManagementUpdatePlan> planManagementUpdate(const UpdateInfo& info,
                                                  const ManagementUpdateFacts& facts,
                                                  const ManagementUpdateOptions& options)
{
    const Result<ConnectionTarget> management = newManagementDatabase(info);
    if (!management)
        return management.error();
    ManagementUpdatePlan plan;
    plan.management = management.value();
    Planner(info, facts, options, plan).run();
    return plan;
}

} // namespace bts

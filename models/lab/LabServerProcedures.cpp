#include "LabServerProcedures.h"

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
const QString ShowAdvanced = QStringLiteral("show advanced options");

// The options of lab_Configurations that sp_configure hides until 'show advanced options' is 1.
bool isAdvanced(const QString& name)
{
    return name.compare(QLatin1String("Ad Hoc Distributed Queries"), Qt::CaseInsensitive) == 0;
}

} // namespace

Status LabServerProcedures::configure(const std::optional<QString>& name,
                                      const std::optional<QString>& value) const
{
    if (!name)
        return success(); // lists the options: nothing changes
    Result<QSqlQuery> row = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT name, value_in_use FROM lab_Configurations WHERE name = ? "
                       "COLLATE NOCASE"),
        {name->trimmed()});
    if (!row)
        return row.error();
    Result<QVariant> advanced = m_connector.scalar(
        m_server, Master,
        QStringLiteral("SELECT value_in_use FROM lab_Configurations WHERE name = ?"),
        {ShowAdvanced});
    if (!advanced)
        return advanced.error();
    const bool found = row.value().next();
    if (!found || (isAdvanced(row.value().value(0).toString()) && advanced.value().toInt() == 0)) {
        return DbError::queryFailed(QStringLiteral("The configuration option '%1' does not exist, "
                                                   "or it may be an advanced option.")
                                        .arg(*name),
                                    location());
    }
    const QString option = row.value().value(0).toString();
    const int before = row.value().value(1).toInt();
    if (!value)
        return success();
    bool ok = false;
    const int after = value->trimmed().toInt(&ok);
    // Both options of the lab are switches.
    if (!ok || after < 0 || after > 1) {
        return DbError::queryFailed(
            QStringLiteral("'%1' is not a valid value for configuration option '%2'.")
                .arg(*value, option),
            location());
    }
    Result<QSqlQuery> update = m_connector.run(
        m_server, Master,
        QStringLiteral("UPDATE lab_Configurations SET value_in_use = ? WHERE name = ?"),
        {after, option});
    if (!update)
        return update.error();
    m_messages.append(QStringLiteral("Configuration option '%1' changed from %2 to %3. Run the "
                                     "RECONFIGURE statement to install.")
                          .arg(option, QString::number(before), QString::number(after)));
    return success();
}

} // namespace bts

#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

namespace bts {

class GroupBackend;
class GroupMonitor;
class Lab;
class ShippingMonitor;
struct ConnectionSettings;
struct Environment;
struct Thresholds;
enum class LabScenario;
enum class StatusLevel;

// The console's main window: the database grid of one BizTalk group, its details, and the
// actions on it. Composes feature widgets; holds no SQL.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the lab's group. With `simulate`, the lab's clock runs fast so that sets arrive.
    void openLab(std::shared_ptr<Lab> lab, bool simulate = true);
    // Shows a group on SQL Server.
    void openSqlServer(const ConnectionSettings& settings, const QString& managementDatabase,
                       const QStringList& destinations = {});
    // Opens a saved environment (the lab or a group on SQL Server) with its thresholds; the
    // password (empty for the lab or Windows login) stays in memory only.
    void openEnvironment(const Environment& environment, const QString& password);
    // Shows the group a failover made, and opens the source wizard on it.
    void openFailedOverGroup(std::shared_ptr<GroupBackend> backend);

    // Where the console logs, for Help > Diagnostics and Help > Audit log (ui/ cannot ask app/).
    void setLogPaths(const QString& logFolder, const QString& auditLog);

    GroupMonitor* monitor() const;
    // Keeps the log shipping status of the same group, on the same backend and interval.
    ShippingMonitor* shippingMonitor() const;

public slots:
    // Reads the job's current configuration, then opens the source wizard on it.
    void openSourceWizard();
    // Opens the destination wizard on the group as last read.
    void openDestinationWizard();

private:
    // Both monitors read again: after anything that changed the group.
    void refreshAll();
    // Switches both monitors to `backend` (nullptr: neither reads) and to its refresh interval.
    void setBackend(std::shared_ptr<const GroupBackend> backend, int refreshMilliseconds);
    // Both monitors judge with `thresholds`.
    void setThresholds(const Thresholds& thresholds);
    void addLabScenarioMenu();
    void prepareLabScenario(LabScenario scenario);
    void notifyLevelChange(StatusLevel level, const QString& message);

    struct Private;
    std::unique_ptr<Private> d;
    QString m_logFolder; // set by setLogPaths
    QString m_auditLog;
};

} // namespace bts

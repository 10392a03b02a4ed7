#pragma once

#include "group/DatabaseStatus.h"

#include <QWidget>

#include <memory>

namespace bts {

class ShippingMonitor;
struct DbError;
struct ShippingStatus;

// Log shipping at a glance: one line that says whether the standby would restore, every
// destination with how far it trails, every finding, the databases per destination, the jobs of
// both sides, a lag chart with the thresholds, and the status exported for a report. Follows
// the monitor's statuses; reads nothing itself.
class LogShippingPage : public QWidget {
    Q_OBJECT

public:
    explicit LogShippingPage(ShippingMonitor* monitor, QWidget* parent = nullptr);
    ~LogShippingPage() override;

    // Writes the status shown to `path`: HTML for .html and .htm, CSV for .csv. False when there
    // is no status yet, the extension is neither, or the file cannot be written.
    bool exportTo(const QString& path);

private:
    void showStatus(const ShippingStatus& status);
    void showError(const DbError& error);
    void setSummary(StatusLevel level, const QString& text, const QString& toolTip = QString());
    // The reason the export failed, empty when it succeeded.
    QString writeExport(const QString& path) const;
    void exportWithDialog(bool html);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bts

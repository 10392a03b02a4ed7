#pragma once

#include "ShippingStatus.h"

#include <QString>

namespace bts {

// The current status for a report or a spreadsheet. Words and icons' names, never colour alone.
QString shippingStatusHtml(const ShippingStatus& status);
// One row per verdict, then one per database: level, topic, subject, destination, sentence.
// RFC 4180 quoting; the first line names the columns.
QString shippingStatusCsv(const ShippingStatus& status);

} // namespace bts

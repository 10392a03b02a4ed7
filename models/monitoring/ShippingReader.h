#pragma once

#include "ShippingFacts.h"
#include "core/Result.h"

namespace bts {

class GroupBackend;

// Reads everything the status engine needs (blocking; a database thread): the group snapshot,
// the source's newest complete and partial sets, and on every destination its imported and
// restored sets, gaps, partial sets, missing files and the lag history of the sets restored in
// the last `lagHistoryHours`. A lost source is not an error: the destinations are read alone and
// sourceReachable is false. Fails only when nothing at all can be read.
Result<ShippingFacts> readShippingFacts(const GroupBackend& backend, int lagHistoryHours = 48);

} // namespace bts

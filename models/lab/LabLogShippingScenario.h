#pragma once

#include "core/Result.h"

#include <memory>

namespace bts {

class Lab;

// Takes the lab from "backups running" to "log shipping running", the way an operator would with
// the wizards, through the same planners: the SIMPLE custom database out of the job, a forced
// full backup, and LABSQL02 set up from the lab's Schema folder with its jobs enabled. Blocks:
// call on a database thread.
Status setUpLabLogShipping(const std::shared_ptr<Lab>& lab);

} // namespace bts

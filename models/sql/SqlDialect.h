#pragma once

namespace bts {

// The reading SQL is shared between SQL Server and the lab wherever the two dialects allow;
// a statement the lab needs in another form has an override under :/sql/lab/.
enum class SqlDialect { SqlServer, Lab };

} // namespace bts

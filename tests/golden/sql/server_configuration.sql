-- A server configuration option's value in use, e.g. Ad Hoc Distributed Queries.
SELECT CAST(value_in_use AS int) AS value_in_use
FROM sys.configurations
WHERE name = ?

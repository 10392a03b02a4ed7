-- SQLite lists a table's columns with pragma_table_info.
SELECT name AS COLUMN_NAME FROM pragma_table_info(?, 'dbo')

-- What sys.objects and sys.database_principals would list in each simulated database.
CREATE TABLE lab_Objects (name sysname NOT NULL, type char(2) NOT NULL);

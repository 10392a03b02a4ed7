-- Recovery model and state of every database on one server (run in master).
SELECT name, recovery_model_desc, state_desc
FROM sys.databases

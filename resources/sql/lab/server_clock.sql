-- The lab's simulated clock.
SELECT UtcNow, UtcOffsetSeconds
FROM dbo.lab_Clock

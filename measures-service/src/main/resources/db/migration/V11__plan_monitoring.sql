-- How a plan as a whole is monitored and reported on, and by whom (seed 002's paragraph on
-- monitoring the plan), beside each measure's own monitoring.
ALTER TABLE plan ADD COLUMN monitoring text;

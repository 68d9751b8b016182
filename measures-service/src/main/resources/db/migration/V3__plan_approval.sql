-- Who approved the plan, as the agency's documents name them: the head of agency (or whoever signs
-- for them), their position, and the day they signed. approved_at/approved_by stay what they were:
-- when the approval was recorded on the platform, and by whom. Plans approved before this
-- migration have no approver on record.
ALTER TABLE plan
    ADD COLUMN approver_name_th     varchar(300),
    ADD COLUMN approver_position_th varchar(300),
    ADD COLUMN approved_on          date;

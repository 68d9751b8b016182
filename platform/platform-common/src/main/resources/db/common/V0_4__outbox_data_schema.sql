-- The version of an event's data contract, sent as the CloudEvent attribute dataschema
-- (ce_dataschema), e.g. urn:ita:events:result-published:v2. Null for events whose contract has a
-- single version: the relay then sends no dataschema, as before.
ALTER TABLE outbox_event ADD COLUMN data_schema varchar(200);

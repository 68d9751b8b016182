-- Baseline of measures-service's own schema. Plans, measures, milestones and evidence follow in
-- later migrations; the shared outbox, inbox and agency directory come from platform-common.
COMMENT ON TABLE agency_directory IS 'Agencies as known from ita.agencies events';

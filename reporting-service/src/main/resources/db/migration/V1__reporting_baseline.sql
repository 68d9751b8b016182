-- Baseline of reporting-service's own read model. Results, plans and measures projections follow
-- in later migrations; the shared inbox and agency directory come from platform-common.
COMMENT ON TABLE agency_directory IS 'Agencies as known from ita.agencies events';

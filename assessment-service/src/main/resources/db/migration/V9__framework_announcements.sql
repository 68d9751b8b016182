-- The framework version last announced with FrameworkPublished on ita.frameworks. A framework whose
-- version differs (one loaded or stored before the event existed) is announced at the next start;
-- the UPDATE that claims it makes one replica announce it, however many start at once.
ALTER TABLE framework ADD COLUMN announced_version bigint;

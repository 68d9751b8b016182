-- Every instance keeps the result views it showed to those who may see drafts (KeptViews). A
-- transaction that changes what such a GET shows, on any instance, notifies the channel
-- ita_results when it commits, with the table's name; each instance listening (ResultChanges)
-- then drops what it kept. PostgreSQL merges the same notification sent many times in one
-- transaction into one (an import group writes hundreds of rows).
CREATE FUNCTION notify_results_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ita_results', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

-- Drafts, edits, publications and corrections.
CREATE TRIGGER assessment_result_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON assessment_result
    FOR EACH STATEMENT EXECUTE FUNCTION notify_results_changed();

-- A view shows its agency's names: a view rendered before a rename, on an instance whose fill the
-- rename then refused, must not be answered on. Agencies change rarely.
CREATE TRIGGER agency_changed
    AFTER UPDATE OR DELETE ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION notify_results_changed();

-- A stored view emptied (its agency renamed) or removed. A view stored (at publish, with its
-- revision's own change) or filled by the first GET that needs it (it shows what was shown
-- before) changes nothing a GET shows, and notifies nothing: after an import, the first read of
-- each of thousands of agencies fills one.
CREATE TRIGGER published_result_view_emptied
    AFTER UPDATE ON published_result_view
    FOR EACH ROW WHEN (OLD.view IS NOT NULL AND NEW.view IS NULL)
    EXECUTE FUNCTION notify_results_changed();

CREATE TRIGGER published_result_view_removed
    AFTER DELETE OR TRUNCATE ON published_result_view
    FOR EACH STATEMENT EXECUTE FUNCTION notify_results_changed();

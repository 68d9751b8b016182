-- Every instance keeps the result views it showed to those who may see drafts (KeptViews). A
-- transaction that changes a result or a stored view, on any instance, notifies the channel
-- ita_results when it commits; each instance listening (ResultChanges) then drops what it kept.
-- Statement-level, with one payload: PostgreSQL sends one notification per transaction however
-- many rows it wrote (an import group writes hundreds).
CREATE FUNCTION notify_results_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ita_results', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_result_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON assessment_result
    FOR EACH STATEMENT EXECUTE FUNCTION notify_results_changed();

CREATE TRIGGER published_result_view_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON published_result_view
    FOR EACH STATEMENT EXECUTE FUNCTION notify_results_changed();

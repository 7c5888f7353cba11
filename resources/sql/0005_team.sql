-- RegTracker schema 5: the team database.
-- company_editors names the database users who may edit a company's checklist; where a team limits editors to
-- their companies (regtracker db init-roles --limit-editors), PostgreSQL's row-level security enforces it.

CREATE TABLE company_editors (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    user_name TEXT NOT NULL,
    PRIMARY KEY (company_id, user_name)
);
CREATE INDEX company_editors_user ON company_editors (user_name, company_id);

--@postgresql
-- Every commit that changes something takes a number: clients compare it with what they saw to know whether a
-- colleague wrote in between (SQLite's data_version does this for a file).
CREATE SEQUENCE change_counter;

-- The server, not the client, names who made a change: the database user of the session.
CREATE FUNCTION regtracker_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION regtracker_audit_actor();
--@end

-- Runs once, when the postgres container initialises an empty data volume
-- (files in /docker-entrypoint-initdb.d run as the POSTGRES_USER superuser).
-- One database per service plus one for Keycloak, each owned by its own login role, so that a
-- service can only reach its own data. The passwords are demo values for docker compose only.

CREATE ROLE assessment LOGIN PASSWORD 'assessment';
CREATE DATABASE assessment OWNER assessment;

CREATE ROLE measures LOGIN PASSWORD 'measures';
CREATE DATABASE measures OWNER measures;

CREATE ROLE reporting LOGIN PASSWORD 'reporting';
CREATE DATABASE reporting OWNER reporting;

CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE keycloak OWNER keycloak;

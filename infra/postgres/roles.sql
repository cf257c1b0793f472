-- Roles for a production PostgreSQL (run once per cluster as a superuser).
-- elderwork_owner owns the schema and runs migrations (DATABASE_URL);
-- elderwork_app is what the API's queries run as (DATABASE_APP_URL): no superuser,
-- no BYPASSRLS, owns nothing, so row-level security always applies (docs/decisions/0002).
-- Set the passwords with \password afterwards, or pass them with psql -v.
CREATE ROLE elderwork_owner LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB;
CREATE ROLE elderwork_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE elderwork OWNER elderwork_owner;

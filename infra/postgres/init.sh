#!/usr/bin/env bash
# docker-entrypoint-initdb.d hook for the compose stack: the two roles with passwords from the environment.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE elderwork_owner LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB PASSWORD '${ELDERWORK_OWNER_PASSWORD}';
CREATE ROLE elderwork_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${ELDERWORK_APP_PASSWORD}';
CREATE DATABASE elderwork OWNER elderwork_owner;
SQL

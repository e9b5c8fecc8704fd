-- The roles and databases of the system: psql -v ON_ERROR_STOP=1 -f databases.sql, as postgres.
-- Each service owns its database (its Flyway migrations create the tables at start); Keycloak keeps its realm in
-- keycloak. Set each password with \password <role> afterwards, the same as in /etc/asean-review/<service>.env.
CREATE ROLE registry LOGIN;
CREATE ROLE ingest LOGIN;
CREATE ROLE report LOGIN;
CREATE ROLE keycloak LOGIN;
CREATE DATABASE registry OWNER registry ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE ingest OWNER ingest ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE report OWNER report ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE registry, ingest, report, keycloak FROM PUBLIC;

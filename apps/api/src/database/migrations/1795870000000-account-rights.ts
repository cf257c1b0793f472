import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-urls';

/** Every function below runs as the owner, with a search path the caller cannot bend. */
const DEFINER = `SECURITY DEFINER SET search_path = pg_catalog, public`;

/** At most this many wrong password checks per account in an hour, whoever asks (decision 0027). */
const CHECK_FAILURES_PER_HOUR = 100;

const FUNCTIONS = [
  'elderwork_password_settings(uuid)',
  'elderwork_password_matches(uuid, text)',
  'elderwork_change_password(uuid, text, text)',
  'elderwork_set_password_by_link(text, text, text)',
  'elderwork_create_account(uuid, text, text, text, uuid)',
  'elderwork_set_role(uuid, text, uuid)',
];

/**
 * Password hashes, roles and org units closed to the app role except through narrow functions
 * (decision 0027). The app role reads every column of app_user but password_hash, changes only the
 * display name and the active flag, and never inserts: accounts are made, roles changed and
 * passwords set only by the functions, which check the rules and write account_change themselves.
 * Hashes never leave the database: the API gets an account's argon2 settings and salt, computes the
 * candidate hash of a typed password and asks whether it matches.
 */
export class AccountRights1795870000000 implements MigrationInterface {
  name = 'AccountRights1795870000000';

  async up(runner: QueryRunner): Promise<void> {
    // Wrong checks per account, for the functions only (no grant): the app's own throttle lives in login_throttle.
    await runner.query(
      `CREATE TABLE password_check (
         user_id uuid PRIMARY KEY CONSTRAINT fk_password_check_user REFERENCES app_user (id) ON DELETE CASCADE,
         failures integer NOT NULL,
         since timestamptz NOT NULL)`,
    );
    await runner.query(`REVOKE ALL ON password_check FROM PUBLIC`);

    await runner.query(`REVOKE SELECT, INSERT, UPDATE ON app_user FROM ${APP_ROLE}`);
    await runner.query(`GRANT SELECT (id, email, display_name, role, org_unit_id, active, created_at) ON app_user TO ${APP_ROLE}`);
    await runner.query(`GRANT UPDATE (display_name, active) ON app_user TO ${APP_ROLE}`);

    // Whether an account of this role in this org unit is the actor's to manage (decision 0022), org type included.
    await runner.query(
      `CREATE FUNCTION elderwork_may_manage(actor_role text, actor_org uuid, actor_province text, role text, org_type text, org_id uuid, org_province text)
       RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $fn$
         SELECT COALESCE(
           CASE actor_role
             WHEN 'dla_officer' THEN role IN ('dla_officer', 'province_officer', 'lao_admin')
             WHEN 'province_officer' THEN role = 'lao_admin' AND org_type = 'lao' AND org_province = actor_province
             WHEN 'lao_admin' THEN role = 'staff' AND org_id = actor_org
             ELSE false END
           AND org_type = CASE role WHEN 'staff' THEN 'lao' WHEN 'lao_admin' THEN 'lao' WHEN 'province_officer' THEN 'province' WHEN 'dla_officer' THEN 'dla' END,
           false)
       $fn$`,
    );

    // The stored hash without its last part: algorithm, version, parameters and salt. NULL: no password yet.
    await runner.query(
      `CREATE FUNCTION elderwork_password_settings(p_user_id uuid) RETURNS text
       LANGUAGE sql STABLE ${DEFINER} AS $fn$
         SELECT left(password_hash, length(password_hash) - position('$' IN reverse(password_hash)))
         FROM app_user WHERE id = p_user_id AND password_hash IS NOT NULL
       $fn$`,
    );

    await runner.query(
      `CREATE FUNCTION elderwork_password_matches(p_user_id uuid, p_candidate text) RETURNS boolean
       LANGUAGE plpgsql VOLATILE ${DEFINER} AS $fn$
       DECLARE
         stored text;
         seen password_check%ROWTYPE;
       BEGIN
         IF p_user_id IS NULL OR p_candidate IS NULL THEN RETURN false; END IF;
         SELECT password_hash INTO stored FROM app_user WHERE id = p_user_id;
         IF stored IS NULL THEN RETURN false; END IF;
         SELECT * INTO seen FROM password_check WHERE user_id = p_user_id FOR UPDATE;
         IF FOUND AND seen.since > now() - interval '1 hour' AND seen.failures >= ${CHECK_FAILURES_PER_HOUR} THEN RETURN false; END IF;
         IF stored = p_candidate THEN
           DELETE FROM password_check WHERE user_id = p_user_id;
           RETURN true;
         END IF;
         INSERT INTO password_check AS c (user_id, failures, since) VALUES (p_user_id, 1, now())
         ON CONFLICT (user_id) DO UPDATE SET
           failures = CASE WHEN c.since > now() - interval '1 hour' THEN c.failures + 1 ELSE 1 END,
           since = CASE WHEN c.since > now() - interval '1 hour' THEN c.since ELSE now() END;
         RETURN false;
       END
       $fn$`,
    );

    // The owner's change: the current password's candidate, checked here, then the new hash.
    await runner.query(
      `CREATE FUNCTION elderwork_change_password(p_user_id uuid, p_current_candidate text, p_new_hash text) RETURNS boolean
       LANGUAGE plpgsql VOLATILE ${DEFINER} AS $fn$
       BEGIN
         IF p_new_hash IS NULL OR p_new_hash NOT LIKE '$argon2id$%' THEN
           RAISE EXCEPTION 'not an argon2id hash' USING ERRCODE = '22023';
         END IF;
         IF NOT elderwork_password_matches(p_user_id, p_current_candidate) THEN RETURN false; END IF;
         UPDATE app_user SET password_hash = p_new_hash WHERE id = p_user_id AND active;
         IF NOT FOUND THEN RETURN false; END IF;
         UPDATE account_link SET used_at = now() WHERE user_id = p_user_id AND used_at IS NULL;
         INSERT INTO account_change (user_id, actor_id, action, changes, at) VALUES (p_user_id, p_user_id, 'password', NULL, clock_timestamp());
         RETURN true;
       END
       $fn$`,
    );

    // Activation or reset: the open link of this token hash and purpose, used once; every open link of the account ends.
    await runner.query(
      `CREATE FUNCTION elderwork_set_password_by_link(p_token_hash text, p_purpose text, p_new_hash text) RETURNS uuid
       LANGUAGE plpgsql VOLATILE ${DEFINER} AS $fn$
       DECLARE
         owner_id uuid;
       BEGIN
         IF p_new_hash IS NULL OR p_new_hash NOT LIKE '$argon2id$%' THEN
           RAISE EXCEPTION 'not an argon2id hash' USING ERRCODE = '22023';
         END IF;
         SELECT l.user_id INTO owner_id FROM account_link l JOIN app_user u ON u.id = l.user_id
         WHERE l.token_hash = p_token_hash AND l.purpose = p_purpose AND l.used_at IS NULL AND l.expires_at > now() AND u.active
         FOR UPDATE OF l;
         IF owner_id IS NULL THEN RETURN NULL; END IF;
         UPDATE app_user SET password_hash = p_new_hash WHERE id = owner_id;
         UPDATE account_link SET used_at = now() WHERE user_id = owner_id AND used_at IS NULL;
         INSERT INTO account_change (user_id, actor_id, action, changes, at) VALUES (owner_id, owner_id, p_purpose, NULL, clock_timestamp());
         RETURN owner_id;
       END
       $fn$`,
    );

    // A new account without a password, inside the actor's scope; no actor only for the first DLA officer.
    await runner.query(
      `CREATE FUNCTION elderwork_create_account(p_actor uuid, p_email text, p_display_name text, p_role text, p_org_unit_id uuid) RETURNS uuid
       LANGUAGE plpgsql VOLATILE ${DEFINER} AS $fn$
       DECLARE
         org record;
         actor record;
         created uuid;
       BEGIN
         SELECT id, type, province_code INTO org FROM org_unit WHERE id = p_org_unit_id;
         IF NOT FOUND THEN RAISE EXCEPTION 'no such org unit' USING ERRCODE = '42501'; END IF;
         IF p_actor IS NULL THEN
           IF p_role <> 'dla_officer' OR org.type <> 'dla' OR EXISTS (SELECT 1 FROM app_user WHERE role = 'dla_officer') THEN
             RAISE EXCEPTION 'only the first DLA officer is made without an actor' USING ERRCODE = '42501';
           END IF;
         ELSE
           SELECT u.role, u.active, u.org_unit_id, o.province_code INTO actor
           FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = p_actor;
           IF NOT FOUND OR NOT actor.active
              OR NOT elderwork_may_manage(actor.role, actor.org_unit_id, actor.province_code, p_role, org.type, org.id, org.province_code) THEN
             RAISE EXCEPTION 'this account is not the actor''s to create' USING ERRCODE = '42501';
           END IF;
         END IF;
         INSERT INTO app_user (email, display_name, role, org_unit_id) VALUES (p_email, p_display_name, p_role, p_org_unit_id)
         ON CONFLICT (email) DO NOTHING RETURNING id INTO created;
         IF created IS NULL THEN RETURN NULL; END IF;
         INSERT INTO account_change (user_id, actor_id, action, changes, at) VALUES (created, p_actor, 'create',
           jsonb_build_object('email', jsonb_build_array(NULL, p_email), 'displayName', jsonb_build_array(NULL, p_display_name),
                              'role', jsonb_build_array(NULL, p_role), 'orgUnit', jsonb_build_array(NULL, p_org_unit_id)),
           clock_timestamp());
         RETURN created;
       END
       $fn$`,
    );

    // A role change by someone who manages the account before and after it; never one's own.
    await runner.query(
      `CREATE FUNCTION elderwork_set_role(p_user_id uuid, p_role text, p_actor uuid) RETURNS void
       LANGUAGE plpgsql VOLATILE ${DEFINER} AS $fn$
       DECLARE
         target record;
         actor record;
       BEGIN
         IF p_actor IS NULL OR p_actor = p_user_id THEN
           RAISE EXCEPTION 'nobody changes their own role' USING ERRCODE = '42501';
         END IF;
         SELECT u.role, u.org_unit_id, o.type, o.province_code INTO target
         FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = p_user_id FOR UPDATE OF u;
         IF NOT FOUND THEN RAISE EXCEPTION 'no such account' USING ERRCODE = '42501'; END IF;
         SELECT u.role, u.active, u.org_unit_id, o.province_code INTO actor
         FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = p_actor;
         IF NOT FOUND OR NOT actor.active
            OR NOT elderwork_may_manage(actor.role, actor.org_unit_id, actor.province_code, target.role, target.type, target.org_unit_id, target.province_code)
            OR NOT elderwork_may_manage(actor.role, actor.org_unit_id, actor.province_code, p_role, target.type, target.org_unit_id, target.province_code) THEN
           RAISE EXCEPTION 'this role change is not the actor''s to make' USING ERRCODE = '42501';
         END IF;
         IF target.role = p_role THEN RETURN; END IF;
         UPDATE app_user SET role = p_role WHERE id = p_user_id;
         INSERT INTO account_change (user_id, actor_id, action, changes, at)
         VALUES (p_user_id, p_actor, 'role', jsonb_build_object('role', jsonb_build_array(target.role, p_role)), clock_timestamp());
       END
       $fn$`,
    );

    await runner.query(`REVOKE ALL ON FUNCTION elderwork_may_manage(text, uuid, text, text, text, uuid, text) FROM PUBLIC`);
    for (const fn of FUNCTIONS) {
      await runner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await runner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await runner.query(`DROP FUNCTION ${fn}`);
    await runner.query(`DROP FUNCTION elderwork_may_manage(text, uuid, text, text, text, uuid, text)`);
    await runner.query(`REVOKE ALL ON app_user FROM ${APP_ROLE}`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE ON app_user TO ${APP_ROLE}`);
    await runner.query(`DROP TABLE password_check`);
  }
}

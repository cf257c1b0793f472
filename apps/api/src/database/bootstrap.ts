import { Client } from 'pg';
import { APP_ROLE, databaseName, withDatabase } from './database-urls';
import { ownerDataSource } from './data-sources';

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database of `url` when it is missing (embedded server, test databases). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(withDatabase(url, 'postgres'), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  });
}

/**
 * Makes sure the login role the API runs as exists, cannot bypass row-level security and has
 * the configured password. Needs CREATEROLE; in production the role is made by infra/postgres.
 */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const me = await client.query<{ can: boolean }>(
      'SELECT rolsuper OR rolcreaterole AS can FROM pg_roles WHERE rolname = current_user',
    );
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    if (!me.rows[0]?.can) {
      if (exists.rowCount === 0) throw new Error(`Role ${APP_ROLE} is missing: create it with infra/postgres/roles.sql`);
      return;
    }
    const literal = (await client.query<{ q: string }>('SELECT quote_literal($1) AS q', [password])).rows[0]?.q;
    const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
    await client.query(`${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`);
  });
}

export async function runMigrations(ownerUrl: string): Promise<void> {
  const dataSource = ownerDataSource(ownerUrl);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Database, app role and schema: everything before the API can serve. */
export async function prepareDatabase(ownerUrl: string, appPassword: string): Promise<void> {
  await ensureDatabase(ownerUrl);
  await ensureAppRole(ownerUrl, appPassword);
  await runMigrations(ownerUrl);
}

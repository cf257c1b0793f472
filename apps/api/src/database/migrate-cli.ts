// Runs the migrations against DATABASE_URL (used before migration:generate). Not used at runtime.
import { ensureAppRole, ensureDatabase, runMigrations } from './bootstrap';

const url = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/elderwork_dev';
(async () => {
  await ensureDatabase(url);
  await ensureAppRole(url, process.env['DATABASE_APP_PASSWORD'] || 'elderwork-app-local');
  await runMigrations(url);
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegenArgs, SCHEMA_TYPES_FILE } from '../src/database/schema-types';
import { testOwnerUrl } from './support/test-env';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The typed query builder is only as true as its schema types: they are generated from the
 * database the migrations build (decision 0059). A migration that adds, drops or retypes a column
 * without `npm run db:types` fails here, as a migration without its entity fails schema.spec.
 */
describe('the generated schema types', () => {
  it('are what kysely-codegen generates from the migrated test database', () => {
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'kysely-codegen'), [...codegenArgs(testOwnerUrl()), '--print', '--log-level', 'silent'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const committed = readFileSync(join(ROOT, SCHEMA_TYPES_FILE), 'utf8');
    // `npm run db:types` regenerates the file when this fails.
    expect(run.stdout.trim()).toBe(committed.trim());
  }, 90_000);
});

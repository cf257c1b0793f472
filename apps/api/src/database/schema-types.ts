import { join } from 'node:path';

/** Where the generated schema types live, from the repository root. */
export const SCHEMA_TYPES_FILE = join('apps', 'api', 'src', 'database', 'schema.generated.ts');

/**
 * kysely-codegen's arguments for the app's schema (public tables only; pg's default parsers:
 * numeric and bigint as text, dates and timestamps as Date). Used by `npm run db:types` and by
 * the test that fails when the committed types are stale.
 */
export function codegenArgs(url: string): string[] {
  return ['--url', url, '--dialect', 'postgres', '--default-schema', 'public', '--include-pattern', 'public.*', '--log-level', 'error'];
}

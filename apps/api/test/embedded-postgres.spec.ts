import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `npm start` keeps its data in .data/: the second start must find the first one's data and start. */
describe('embedded PostgreSQL with a kept data directory', () => {
  it('starts again on the same directory and still has what was written', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'elderwork-kept-')), 'data');
    const script = join(__dirname, 'support', 'start-twice.ts');
    const { stdout } = await run(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', script, dataDir], {
      cwd: join(__dirname, '..', '..', '..'),
      // Nx sets TS_NODE_* options of its own for loading the Jest config; the script needs the API's.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TS_NODE_'))),
        TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
        TS_NODE_TRANSPILE_ONLY: '1',
      },
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual([{ v: 'แกลง' }]);
  }, 120_000);
});

import { withDatabase } from '../../apps/api/src/database/database-urls';
import { runBench, table } from '../src/bench';

/** The benchmarks are not tests; this smoke run at scale 0.001 keeps them working. */
describe('benchmarks (smoke, scale 0.001)', () => {
  it('generate data, measure every figure and print the table', async () => {
    const serverUrl = withDatabase(process.env['ELDERWORK_TEST_OWNER_URL']!, 'postgres');
    const figures = await runBench({ scale: 0.001, importRows: 200, loadSeconds: 1, connections: 4, samples: 3, log: () => undefined, serverUrl });
    expect(figures.map((f) => f.name.split(' ')[0])).toEqual(['import', 'peak', 'yearly', 'yearly', 'DLA', 'GET']);
    const out = table(figures);
    expect(out).toMatch(/\| import 200 rows \(\d+ MB CSV\) via POST \/api\/residents\/import \| [\d,]+ rows\/s \|/);
    expect(out).toMatch(/\| peak RSS of the API process during that import \| \d+ MB \| \d+ MB before it \|/);
    expect(out).toMatch(/errors 0/);
    // Every figure says whether its target is met, or by how much it is missed.
    for (const f of figures) expect(f.verdict).toMatch(/met|missed × [\d.]+|not comparable/);
  }, 240_000);
});

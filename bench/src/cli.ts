import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { runBench, table } from './bench';

/** npm run bench -- --scale 0.1 [--import-rows 100000] [--seconds 30] [--connections 50] [--samples 30] */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

(async () => {
  // The benchmark runs the built API as `npm start` does (nx skips the build when nothing changed).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TS_NODE_')));
  execSync('npx nx build api --output-style=static', { stdio: 'inherit', env });
  const scale = arg('scale', 0.01);
  const figures = await runBench({
    scale,
    importRows: arg('import-rows', 1_000_000),
    loadSeconds: arg('seconds', 30),
    connections: arg('connections', 50),
    samples: arg('samples', 30),
  });
  console.log(`\nElderwork benchmark — scale ${scale}, ${cpus().length} cores ${cpus()[0]?.model ?? ''}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}\n`);
  console.log(table(figures));
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A file shipped under src/assets: beside the bundle in dist, under src/assets in the source tree. */
export function assetPath(relative: string): string {
  const candidates = [join(__dirname, 'assets', relative), join(__dirname, '..', 'assets', relative), join(__dirname, '..', '..', 'assets', relative)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`asset ${relative} not found (looked in ${candidates.join(', ')})`);
  return found;
}

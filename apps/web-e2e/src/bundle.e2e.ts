import { existsSync, readFileSync } from 'node:fs';
import { API_DEMO, API_MAIN } from './support/server';

/** Issue 16: the server's bundle carries no demo; the demo seeds from a bundle of its own that `npm start` runs first. */
describe('the built API', () => {
  it('main.js holds no demo code, demo.js holds it', () => {
    const main = readFileSync(API_MAIN, 'utf8');
    for (const marker of ['seedDemo', 'DEMO_PASSWORD', 'elderwork-demo-2569', 'khlaengkachet.demo']) expect(main).not.toContain(marker);
    expect(existsSync(API_DEMO)).toBe(true);
    expect(readFileSync(API_DEMO, 'utf8')).toContain('seedDemoThroughServices');
  });
});

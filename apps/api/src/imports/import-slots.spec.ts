import { CONNECTIONS_KEPT_FOR_THE_API, CONNECTIONS_PER_IMPORT, ImportSlots, importConcurrency } from './import-slots';
import { Rejections } from './rejections';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ImportSlots', () => {
  it('runs `size` at once; the others wait in order, each slot passing to the next in line', async () => {
    const queues: string[][] = [];
    const slots = new ImportSlots(2, (q) => queues.push(q));
    const started: string[] = [];
    const releases = new Map<string, () => void>();
    for (const key of ['a', 'b', 'c', 'd']) void slots.acquire(key).then((release) => (started.push(key), releases.set(key, release)));
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(slots.queue).toEqual(['c', 'd']);
    expect(slots.full).toBe(true);
    releases.get('b')!();
    releases.get('b')!(); // a second release changes nothing
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(slots.queue).toEqual(['d']);
    expect(queues).toEqual([['c'], ['c', 'd'], ['d']]);
  });

  it('a waiting key can leave (its job was cancelled): it is refused, the others move up', async () => {
    const slots = new ImportSlots(1);
    const first = await slots.acquire('a');
    const waiting = slots.acquire('b');
    const after = slots.acquire('c');
    expect(slots.leave('b', new Error('cancelled'))).toBe(true);
    await expect(waiting).rejects.toThrow('cancelled');
    expect(slots.queue).toEqual(['c']);
    expect(slots.leave('zzz', null)).toBe(false);
    first();
    (await after)();
    expect(slots.full).toBe(false);
  });

  it('run() releases its slot when the work fails', async () => {
    const slots = new ImportSlots(1);
    await expect(slots.run('a', () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(slots.full).toBe(false);
  });

  it('the pool keeps connections for the API: concurrency lowered to fit, never below one', () => {
    expect([CONNECTIONS_PER_IMPORT, CONNECTIONS_KEPT_FOR_THE_API]).toEqual([2, 4]);
    expect(importConcurrency(2, 10)).toBe(2);
    expect(importConcurrency(8, 10)).toBe(3);
    expect(importConcurrency(2, 2)).toBe(1);
  });
});

describe('Rejections', () => {
  it('counts every row and lists whole rows up to the cap', () => {
    const r = new Rejections(3);
    r.add([{ row: 2, field: 'a', message: 'x' }]);
    r.add([{ row: 3, field: 'a', message: 'x' }, { row: 3, field: 'b', message: 'y' }]);
    expect(r.truncated).toBe(false);
    r.add([{ row: 4, field: 'a', message: 'x' }, { row: 4, field: 'b', message: 'y' }]);
    r.add([{ row: 5, field: 'a', message: 'x' }]);
    expect(r.rows).toBe(4);
    expect(r.listed.map((e) => e.row)).toEqual([2, 3, 3]);
    expect(r.truncated).toBe(true);
  });
});

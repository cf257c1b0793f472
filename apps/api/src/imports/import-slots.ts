/** Pool connections an import may hold at once: its own transaction, and one for its progress and heartbeat. */
export const CONNECTIONS_PER_IMPORT = 2;
/** Pool connections kept for the rest of the API whatever the imports do. */
export const CONNECTIONS_KEPT_FOR_THE_API = 4;

/**
 * The import slots the pool can give without starving the API: IMPORT_CONCURRENCY, fewer when the
 * pool is too small for it (never fewer than one; with a pool that small the API waits meanwhile).
 */
export function importConcurrency(configured: number, poolSize: number): number {
  const fits = Math.floor((poolSize - CONNECTIONS_KEPT_FOR_THE_API) / CONNECTIONS_PER_IMPORT);
  return Math.max(1, Math.min(configured, fits));
}

interface Waiter {
  key: string;
  grant: (release: () => void) => void;
  refuse: (error: unknown) => void;
}

/**
 * The imports of one process run a few at a time (decision 0017): each holds at most
 * CONNECTIONS_PER_IMPORT pool connections, so however many files are uploaded, the rest of
 * the pool serves the API. The others wait here, first come first served, holding nothing.
 */
export class ImportSlots {
  private busy = 0;
  private readonly waiting: Waiter[] = [];

  /** `onQueueChange` hears the keys waiting, in order, whenever the queue moves. */
  constructor(
    readonly size: number,
    private readonly onQueueChange: (keys: string[]) => void = () => undefined,
  ) {}

  /** No slot is free: a job asking now would wait. */
  get full(): boolean {
    return this.busy >= this.size;
  }

  get queue(): string[] {
    return this.waiting.map((w) => w.key);
  }

  /** Resolves with the slot's release once one is free; `leave(key)` refuses it while it waits. */
  acquire(key: string): Promise<() => void> {
    if (!this.full) {
      this.busy += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((grant, refuse) => {
      this.waiting.push({ key, grant, refuse });
      this.onQueueChange(this.queue);
    });
  }

  /** Takes a waiting key out of the queue (its job was cancelled); false when it is not waiting. */
  leave(key: string, reason: unknown): boolean {
    const at = this.waiting.findIndex((w) => w.key === key);
    if (at < 0) return false;
    const [waiter] = this.waiting.splice(at, 1);
    waiter!.refuse(reason);
    this.onQueueChange(this.queue);
    return true;
  }

  /** Runs `work` in a slot (waiting for one first). */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(key);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) {
        // The slot passes straight to the next in line.
        next.grant(this.releaser());
        this.onQueueChange(this.queue);
      } else {
        this.busy -= 1;
      }
    };
  }
}

/** Counts updates being handled so a stop can wait for them, and remembers the newest update id. */
export class InFlightUpdates {
  private count = 0;
  private waiters: (() => void)[] = [];
  /** Highest update_id that reached the bot, for confirming the offset on stop. */
  maxUpdateId: number | undefined;

  async track<T>(updateId: number, work: () => Promise<T>): Promise<T> {
    this.count += 1;
    if (this.maxUpdateId === undefined || updateId > this.maxUpdateId) this.maxUpdateId = updateId;
    try {
      return await work();
    } finally {
      this.count -= 1;
      if (this.count === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  get size(): number {
    return this.count;
  }

  /** Resolves once no update is being handled. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

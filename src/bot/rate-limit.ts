/**
 * Per-user sliding window: at most `limit` events per `windowMs` for each key. Memory stays
 * bounded: keys whose events all left the window are dropped, and at most `maxKeys` are kept.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();
  /** When each limited key may be told again, least recently told first. */
  private readonly noticed = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event and returns 0 when allowed, else the milliseconds until one is allowed. */
  take(key: string): number {
    const now = this.now();
    const recent = (this.events.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return this.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    // Re-insert so the Map's order is least recently active first.
    this.events.delete(key);
    this.events.set(key, recent);
    if (this.events.size > this.maxKeys) this.prune(now);
    return 0;
  }

  /**
   * Whether to tell `key` that it is limited: once per window, so a flood of questions gets one
   * notice rather than one per message.
   */
  noticeDue(key: string): boolean {
    const now = this.now();
    const until = this.noticed.get(key);
    if (until !== undefined && now < until) return false;
    this.noticed.delete(key);
    this.noticed.set(key, now + this.windowMs);
    for (const oldest of this.noticed.keys()) {
      if (this.noticed.size <= this.maxKeys) break;
      this.noticed.delete(oldest);
    }
    return true;
  }

  private prune(now: number): void {
    for (const [key, times] of this.events) {
      if (times.every((t) => now - t >= this.windowMs)) this.events.delete(key);
    }
    // Still too many active users: forget the least recently active ones.
    for (const key of this.events.keys()) {
      if (this.events.size <= this.maxKeys) break;
      this.events.delete(key);
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Counts failed logins per account and per client address in a sliding window; past the limit
 * every attempt (even a right one) is refused with 429 until the window has passed.
 * In memory: one API process per deployment today (see docs/decisions).
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  isBlocked(email: string, ip: string, now = Date.now()): boolean {
    return [`email:${email}`, `ip:${ip}`].some((key) => this.recent(key, now).length >= this.limit(key));
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [`email:${email}`, `ip:${ip}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  // An address is shared by a whole office, so it gets more room than one account.
  private limit(key: string): number {
    return key.startsWith('ip:') ? this.config.loginMaxFailures * 10 : this.config.loginMaxFailures;
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.config.loginWindowSeconds * 1000;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }
}

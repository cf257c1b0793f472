import { Injectable } from '@nestjs/common';
import { UsersRepository, type AccountStatus } from './users.repository';

const TTL_MS = 30_000;

/**
 * Whether a token's account is still active with the same role and org unit. Cached for 30 s
 * (one query per user per half minute, not per request); changes made through this API
 * forget the entry at once, so a deactivated account is locked out on its next request.
 */
@Injectable()
export class AccountStatusCache {
  private readonly entries = new Map<string, { status: AccountStatus | null; until: number }>();

  constructor(private readonly users: UsersRepository) {}

  async get(userId: string, now = Date.now()): Promise<AccountStatus | null> {
    const hit = this.entries.get(userId);
    if (hit && hit.until > now) return hit.status;
    const status = await this.users.status(userId);
    this.entries.set(userId, { status, until: now + TTL_MS });
    return status;
  }

  forget(userId: string): void {
    this.entries.delete(userId);
  }
}

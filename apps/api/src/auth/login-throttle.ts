import { isIPv4, isIPv6 } from 'node:net';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { authError } from './auth-errors';
import { LoginThrottleRepository, type ThrottleRule } from './login-throttle.repository';
import { sha256 } from './second-factor/totp';

/**
 * Failed logins, counted in PostgreSQL so every API process sees the same numbers (decision 0024).
 * Two keys: the account at one address, and the address. Past the free attempts each key waits a
 * delay that doubles with every failure (at most LOGIN_WINDOW_SECONDS); there is no key for the
 * account alone, so a stranger elsewhere cannot keep the right user out: a right password from an
 * address without recent failures always gets through. An attempt is counted before the password
 * is checked and taken back when it was right.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly repository: LoginThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt of this email from this address, or refuses it with 429 while a delay runs. */
  async attempt(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const account = await this.repository.count(keys.account, this.rule(1), keys.owner);
    // An office shares one address: it gets ten times the room of one account.
    const address = account.counted ? await this.repository.count(keys.address, this.rule(10)) : null;
    if (Math.random() < 0.01) void this.repository.deleteStale(this.config.loginWindowSeconds).catch(() => undefined);
    const refused = !account.counted ? account : address && !address.counted ? address : null;
    if (!refused) return;
    this.logger.warn(`login throttled: email=${email} ip=${ip} key=${!account.counted ? 'account+address' : 'address'}`);
    const minutes = Math.max(1, Math.ceil(((refused.blockedUntil?.getTime() ?? Date.now()) - Date.now()) / 60_000));
    throw authError(429, 'tooManyAttempts', { minutes });
  }

  /** A login finished: the account starts afresh at this address, and the address gets its attempt back. */
  async succeeded(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.repository.clear(keys.account);
    await this.repository.refund(keys.address);
  }

  /**
   * The password was right but a second factor is still to come: the address gets its attempt
   * back, the account's stays counted until the code is right (so a known password does not buy
   * unlimited code guesses).
   */
  async passwordAccepted(email: string, ip: string): Promise<void> {
    await this.repository.refund(this.keys(email, ip).address);
  }

  /** A manager unlocked the account, or its owner set a password through a link: it starts afresh everywhere. */
  async forgetAccount(email: string): Promise<void> {
    await this.repository.clearAccount(ownerKey(email));
  }

  private keys(email: string, ip: string): { account: string; address: string; owner: string } {
    const normalised = email.trim().toLowerCase();
    const address = throttleAddress(ip);
    return { account: sha256(`account\0${normalised}\0${address}`), address: sha256(`address\0${address}`), owner: ownerKey(email) };
  }

  private rule(factor: number): ThrottleRule {
    return { free: this.config.loginMaxFailures * factor, windowSeconds: this.config.loginWindowSeconds, delaySeconds: this.config.loginDelaySeconds };
  }
}

const ownerKey = (email: string): string => sha256(`owner\0${email.trim().toLowerCase()}`);

/**
 * The address a throttle key counts: an IPv4 address as it is (also when mapped into IPv6), an
 * IPv6 address by its /64, the block one host or one customer line gets, so a client cannot
 * rotate through its own prefix for fresh keys.
 */
export function throttleAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('%')[0]!.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per key (an account at an address, or an address), shared by every API process
 * on the database (decision 0024). The key is a SHA-256 of what it counts, so typed emails and
 * addresses are not kept in the clear.
 */
@Entity('login_throttle')
@Index('ix_login_throttle_last_failure', ['lastFailureAt'])
@Index('ix_login_throttle_account', ['account'])
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  /** SHA-256 of the account's email on account-at-address keys, so an unlock can forget them all (decision 0023). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  account!: string | null;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt!: Date;

  /** No attempt under this key until then (the delay doubles with each failure past the free ones). */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}

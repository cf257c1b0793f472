import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

export type AccountLinkPurpose = 'activate' | 'reset';

/**
 * A one-time link mailed to an account: activation (72 h) or password reset (1 h). Only the
 * SHA-256 of its random token is stored; it is used once, and a newer link of the account voids
 * the older ones (decision 0023). Global like app_user.
 */
@Entity('account_link')
@Index('uq_account_link_token', ['tokenHash'], { unique: true })
@Index('ix_account_link_user', ['userId'])
export class AccountLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  purpose!: AccountLinkPurpose;

  /** Hex SHA-256 of the token: a leaked table holds no usable link. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the link is used or voided by a newer one. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

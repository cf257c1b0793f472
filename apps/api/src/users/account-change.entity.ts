import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountChangeAction } from '@elderwork/contracts';
import { UserEntity } from './user.entity';

/**
 * Every change of an account (create, role, deactivate/reactivate, reset, unlock, password):
 * who, when, what. Append-only for the app role; readable by whoever manages the account (decision 0022).
 */
@Entity('account_change')
@Index('ix_account_change_user', ['userId', 'at'])
export class AccountChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** NULL: the system (bootstrap) or the account's owner through a link. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 16 })
  action!: AccountChangeAction;

  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, [unknown, unknown]> | null;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

/** Who read a list of personal data, in which LAO, with which filters, and how many rows (decision 0018). Append-only. */
@Entity('access_log')
@Index('ix_access_log_at', ['laoId', 'at'])
export class AccessLogEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid', primaryKeyConstraintName: 'PK_access_log' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_access_log' })
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id', foreignKeyConstraintName: 'FK_access_log_lao' })
  lao?: OrgUnitEntity;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_access_log_actor' })
  actor?: UserEntity;

  /** The list read, as METHOD path (e.g. "GET /api/residents"). */
  @Column({ type: 'varchar', length: 100 })
  list!: string;

  @Column({ type: 'jsonb' })
  filters!: Record<string, unknown>;

  @Column({ type: 'integer' })
  count!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { ResidentEntity } from './resident.entity';

/** Who created, changed, removed or opened a person's record (PDPA accountability). Append-only. */
@Entity('audit_entry')
@Index('ix_audit_entry_resident', ['laoId', 'residentId', 'at'])
@Index('ix_audit_entry_subject', ['laoId', 'subject', 'subjectId', 'at'])
@Check('ck_audit_entry_subject', `"resident_id" IS NOT NULL OR ("subject" IS NOT NULL AND "subject_id" IS NOT NULL)`)
export class AuditEntryEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  /** The person whose record changed; null when the subject is not a resident's record (decision 0018). */
  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId!: string | null;

  /** What else changed (e.g. 'employer': its contact person is personal data), with its id. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  subject!: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  // Tenant-to-tenant foreign key carries lao_id, so both rows live on one Citus shard.
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'resident_id', referencedColumnName: 'id' },
  ])
  resident?: ResidentEntity;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, [unknown, unknown]> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

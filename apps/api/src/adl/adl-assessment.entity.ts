import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { UserEntity } from '../users/user.entity';

/** The ten item columns, in ADL_ITEMS order. */
export const ADL_ITEM_COLUMNS = ['feeding', 'bathing', 'grooming', 'dressing', 'bowels', 'bladder', 'toilet_use', 'transfers', 'mobility', 'stairs'] as const;

/**
 * Either all ten items (each within its range, and the total is their sum) or none (a total only).
 * num_nulls() rather than IS NULL chains: a partly filled row must fail, not pass on NULL.
 */
export const ADL_SCORES_CHECK =
  `total BETWEEN 0 AND 20 AND num_nulls(${ADL_ITEM_COLUMNS.join(', ')}) IN (0, 10) AND (feeding IS NULL OR (` +
  'feeding BETWEEN 0 AND 2 AND bathing BETWEEN 0 AND 1 AND grooming BETWEEN 0 AND 1 AND dressing BETWEEN 0 AND 2 AND bowels BETWEEN 0 AND 2 ' +
  'AND bladder BETWEEN 0 AND 2 AND toilet_use BETWEEN 0 AND 2 AND transfers BETWEEN 0 AND 3 AND mobility BETWEEN 0 AND 3 AND stairs BETWEEN 0 AND 2 ' +
  `AND total = ${ADL_ITEM_COLUMNS.join(' + ')}))`;

/** A Barthel ADL assessment of an elder (append-only: a correction is a new assessment). Tenant table. */
@Entity('adl_assessment')
@Index('ix_adl_assessment_resident', ['laoId', 'residentId', 'assessedOn'])
@Check('ck_adl_assessment_scores', ADL_SCORES_CHECK)
export class AdlAssessmentEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'resident_id', referencedColumnName: 'id' },
  ])
  resident?: ResidentEntity;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ type: 'smallint', nullable: true }) feeding!: number | null;
  @Column({ type: 'smallint', nullable: true }) bathing!: number | null;
  @Column({ type: 'smallint', nullable: true }) grooming!: number | null;
  @Column({ type: 'smallint', nullable: true }) dressing!: number | null;
  @Column({ type: 'smallint', nullable: true }) bowels!: number | null;
  @Column({ type: 'smallint', nullable: true }) bladder!: number | null;
  @Column({ name: 'toilet_use', type: 'smallint', nullable: true }) toiletUse!: number | null;
  @Column({ type: 'smallint', nullable: true }) transfers!: number | null;
  @Column({ type: 'smallint', nullable: true }) mobility!: number | null;
  @Column({ type: 'smallint', nullable: true }) stairs!: number | null;

  /** Barthel total 0–20: the sum of the items, or the score recorded on its own. */
  @Column({ type: 'smallint' })
  total!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

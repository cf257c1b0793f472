import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { CaregiverEntity } from './caregiver.entity';

/**
 * A caregiver's stipend for one month, pro-rated by the days active in it. One per caregiver and
 * month (the unique index makes generation idempotent). Tenant table.
 */
@Entity('stipend')
@Index('uq_stipend_caregiver_month', ['laoId', 'caregiverId', 'month'], { unique: true })
@Check(
  'ck_stipend_paid_visits',
  'num_nulls(paid_visit_days, paid_visit_minutes) IN (0, 2) AND (paid_visit_days IS NULL OR (paid_on IS NOT NULL AND paid_visit_days BETWEEN 0 AND days_in_month AND paid_visit_minutes >= 0))',
)
@Check(
  'ck_stipend',
  'extract(day FROM month) = 1 AND days_in_month BETWEEN 28 AND 31 AND days_active BETWEEN 1 AND days_in_month AND monthly_stipend > 0 AND amount >= 0',
)
export class StipendEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'caregiver_id', type: 'uuid' })
  caregiverId!: string;

  @ManyToOne(() => CaregiverEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'caregiver_id', referencedColumnName: 'id' },
  ])
  caregiver?: CaregiverEntity;

  /** The first day of the month. */
  @Column({ type: 'date' })
  month!: string;

  /** The monthly rate the amount was computed from (a later change of the caregiver's rate leaves it). */
  @Column({ name: 'monthly_stipend', type: 'numeric', precision: 10, scale: 2 })
  monthlyStipend!: string;

  @Column({ name: 'days_active', type: 'smallint' })
  daysActive!: number;

  @Column({ name: 'days_in_month', type: 'smallint' })
  daysInMonth!: number;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  amount!: string;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn!: string | null;

  /** Distinct visit days of the month when it was marked paid (decision 0039); null until paid. */
  @Column({ name: 'paid_visit_days', type: 'smallint', nullable: true })
  paidVisitDays!: number | null;

  /** Visit minutes of the month when it was marked paid; null until paid. */
  @Column({ name: 'paid_visit_minutes', type: 'integer', nullable: true })
  paidVisitMinutes!: number | null;

  @Column({ name: 'paid_by', type: 'uuid', nullable: true })
  paidBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'paid_by' })
  payer?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

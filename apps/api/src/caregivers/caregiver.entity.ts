import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ResidentEntity } from '../residents/resident.entity';

/**
 * An elder of the LAO engaged as a local caregiver volunteer (อาสาสมัครบริบาลท้องถิ่น). Status is
 * derived (end date, course hours), never stored. Tenant table.
 */
@Entity('caregiver')
@Index('ix_caregiver_resident', ['laoId', 'residentId'])
@Check('ck_caregiver_dates', 'end_date IS NULL OR end_date >= start_date')
@Check('ck_caregiver_figures', 'training_hours >= 0 AND extra_course_hours >= 0 AND (monthly_stipend IS NULL OR monthly_stipend > 0)')
export class CaregiverEntity {
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

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Inclusive. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'training_hours', type: 'smallint' })
  trainingHours!: number;

  @Column({ name: 'certified_on', type: 'date', nullable: true })
  certifiedOn!: string | null;

  @Column({ name: 'extra_course_hours', type: 'smallint', default: 0 })
  extraCourseHours!: number;

  @Column({ name: 'care_manager', type: 'varchar', length: 100 })
  careManager!: string;

  /** Baht a month when set by the LAO; NULL means the default (5,000, or 6,000 with the extra course). */
  @Column({ name: 'monthly_stipend', type: 'numeric', precision: 10, scale: 2, nullable: true })
  monthlyStipend!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

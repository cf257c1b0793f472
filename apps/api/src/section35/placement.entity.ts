import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Modality, PlacementStatus } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { EmployerEntity } from './employer.entity';

/** A Section 35 arrangement: an employer funds a disabled elder's job or occupational grant. Tenant table. */
@Entity('placement')
@Index('ix_placement_resident', ['laoId', 'residentId'])
@Index('ix_placement_employer', ['laoId', 'employerId'])
@Check('ck_placement_dates', 'end_date >= start_date AND (terminated_on IS NULL OR terminated_on BETWEEN start_date AND end_date)')
@Check('ck_placement_daily_rate', 'daily_rate > 0')
@Check('ck_placement_concurrent_reason', 'NOT concurrent OR concurrent_reason IS NOT NULL')
export class PlacementEntity {
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

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'employer_id', referencedColumnName: 'id' },
  ])
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 24 })
  modality!: Modality;

  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status!: PlacementStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Inclusive. */
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn!: string | null;

  @Column({ name: 'termination_reason', type: 'varchar', length: 500, nullable: true })
  terminationReason!: string | null;

  /** Baht per day, exact. */
  @Column({ name: 'daily_rate', type: 'numeric', precision: 10, scale: 2 })
  dailyRate!: string;

  @Column({ name: 'contract_no', type: 'varchar', length: 50, nullable: true })
  contractNo!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** Deliberately alongside an overlapping placement of the same elder at another employer (decision 0033). */
  @Column({ type: 'boolean', default: false })
  concurrent!: boolean;

  @Column({ name: 'concurrent_reason', type: 'varchar', length: 500, nullable: true })
  concurrentReason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

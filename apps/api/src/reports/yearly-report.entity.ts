import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReportStatus } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

/** One LAO's yearly income report for a BE year cut by fiscal or calendar year, and where it stands. */
@Entity('yearly_report')
@Index('uq_yearly_report', ['laoId', 'year', 'yearType'], { unique: true })
@Check('ck_yearly_report_year_type', `year_type IN ('fiscal', 'calendar')`)
@Check('ck_yearly_report_status', `status IN ('draft', 'submitted', 'approved', 'reopened', 'returned', 'withdrawn')`)
export class YearlyReportEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'year_type', type: 'varchar', length: 8 })
  yearType!: 'fiscal' | 'calendar';

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ReportStatus;

  /** The snapshot of the last submission (the whole YearlyReport document), computed once at submission (decision 0019). */
  @Column({ name: 'submitted_figures', type: 'jsonb', nullable: true })
  submittedFigures!: unknown;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The signed report while approved: the submitted snapshot, as it was submitted. */
  @Column({ name: 'approved_figures', type: 'jsonb', nullable: true })
  approvedFigures!: unknown;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

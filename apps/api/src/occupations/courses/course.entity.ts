import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CourseKind, JobField, SchoolSubject } from '@elderwork/contracts';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';

/** Occupation training or an elderly-school term, with a weekly schedule. Tenant table. */
@Entity('course')
@Index('ix_course_dates', ['laoId', 'startDate'])
@Check('ck_course_dates', 'end_date >= start_date')
@Check('ck_course_hours', 'hours_per_session > 0 AND hours_per_session <= 12')
@Check('ck_course_threshold', 'completion_threshold > 0 AND completion_threshold <= 1')
@Check('ck_course_weekdays', 'cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]')
export class CourseEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 24 })
  kind!: CourseKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 32, array: true })
  subjects!: SchoolSubject[];

  @Column({ name: 'job_fields', type: 'varchar', length: 32, array: true })
  jobFields!: JobField[];

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Inclusive. */
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint', array: true })
  weekdays!: number[];

  @Column({ name: 'start_time', type: 'time' })
  startTime!: string;

  @Column({ name: 'hours_per_session', type: 'numeric', precision: 4, scale: 2 })
  hoursPerSession!: string;

  @Column({ name: 'partner_organisations', type: 'varchar', length: 200, array: true })
  partnerOrganisations!: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  @Column({ name: 'completion_threshold', type: 'numeric', precision: 3, scale: 2 })
  completionThreshold!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

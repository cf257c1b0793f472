import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { CourseEntity } from './course.entity';

/** One meeting of a course, generated from its weekly schedule and editable. Tenant table. */
@Entity('course_session')
@Index('ix_course_session_course', ['laoId', 'courseId', 'date'])
@Check('ck_course_session_hours', 'hours > 0 AND hours <= 12')
export class CourseSessionEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'course_id', referencedColumnName: 'id' },
  ])
  course?: CourseEntity;

  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'start_time', type: 'time' })
  startTime!: string;

  @Column({ type: 'numeric', precision: 4, scale: 2 })
  hours!: string;

  @Column({ type: 'boolean', default: false })
  cancelled!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

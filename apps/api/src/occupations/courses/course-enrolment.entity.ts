import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { FollowUpOutcome } from '@elderwork/contracts';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { ResidentEntity } from '../../residents/resident.entity';
import { CourseEntity } from './course.entity';

/** An elder enrolled in a course, with what they went on to do after it. Tenant table. */
@Entity('course_enrolment')
@Index('uq_course_enrolment', ['laoId', 'courseId', 'residentId'], { unique: true })
@Index('ix_course_enrolment_resident', ['laoId', 'residentId'])
export class CourseEnrolmentEntity {
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

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'resident_id', referencedColumnName: 'id' },
  ])
  resident?: ResidentEntity;

  @Column({ name: 'follow_up', type: 'varchar', length: 16, nullable: true })
  followUp!: FollowUpOutcome | null;

  @Column({ name: 'follow_up_note', type: 'varchar', length: 500, nullable: true })
  followUpNote!: string | null;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt!: Date;
}

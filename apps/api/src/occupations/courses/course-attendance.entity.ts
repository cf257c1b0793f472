import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { CourseEnrolmentEntity } from './course-enrolment.entity';
import { CourseSessionEntity } from './course-session.entity';

/** An enrolled elder present at a session. Keyed by enrolment, so only enrolled elders attend. Tenant table. */
@Entity('course_attendance')
@Index('uq_course_attendance', ['laoId', 'sessionId', 'enrolmentId'], { unique: true })
@Index('ix_course_attendance_enrolment', ['laoId', 'enrolmentId'])
export class CourseAttendanceEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CourseSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'session_id', referencedColumnName: 'id' },
  ])
  session?: CourseSessionEntity;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => CourseEnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'enrolment_id', referencedColumnName: 'id' },
  ])
  enrolment?: CourseEnrolmentEntity;
}

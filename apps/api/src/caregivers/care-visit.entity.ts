import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { VisitActivity } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { UserEntity } from '../users/user.entity';
import { CareAssignmentEntity } from './care-assignment.entity';
import { CaregiverEntity } from './caregiver.entity';

export const VISIT_CHECK =
  "minutes BETWEEN 1 AND 720 AND cardinality(activities) >= 1 AND activities <@ ARRAY['personal_hygiene', 'feeding', 'medication', " +
  "'mobility_exercise', 'vital_signs', 'home_environment', 'companionship', 'referral']::varchar[]";

/** A caregiver's visit to an elder in their care, within an assignment. Tenant table. */
@Entity('care_visit')
@Index('ix_care_visit_caregiver', ['laoId', 'caregiverId', 'visitedOn'])
@Index('ix_care_visit_recipient', ['laoId', 'recipientId', 'visitedOn'])
@Index('ix_care_visit_assignment', ['laoId', 'assignmentId'])
@Check('ck_care_visit', VISIT_CHECK)
export class CareVisitEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => CareAssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'assignment_id', referencedColumnName: 'id' },
  ])
  assignment?: CareAssignmentEntity;

  /** The assignment's caregiver and recipient, kept on the visit for the monthly and yearly figures. */
  @Column({ name: 'caregiver_id', type: 'uuid' })
  caregiverId!: string;

  @ManyToOne(() => CaregiverEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'caregiver_id', referencedColumnName: 'id' },
  ])
  caregiver?: CaregiverEntity;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'recipient_id', referencedColumnName: 'id' },
  ])
  recipient?: ResidentEntity;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column({ type: 'smallint' })
  minutes!: number;

  @Column({ type: 'varchar', length: 24, array: true })
  activities!: VisitActivity[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_care_visit_updated_by' })
  updater?: UserEntity;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;
}

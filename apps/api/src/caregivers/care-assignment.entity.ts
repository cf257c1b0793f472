import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { UserEntity } from '../users/user.entity';
import { CaregiverEntity } from './caregiver.entity';

/** A dependent elder in a caregiver's care from `from_date` to `to_date` (inclusive; open while NULL). Tenant table. */
@Entity('care_assignment')
@Index('ix_care_assignment_caregiver', ['laoId', 'caregiverId'])
@Index('ix_care_assignment_recipient', ['laoId', 'recipientId'])
@Check('ck_care_assignment_dates', 'to_date IS NULL OR to_date >= from_date')
export class CareAssignmentEntity {
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

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'recipient_id', referencedColumnName: 'id' },
  ])
  recipient?: ResidentEntity;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 500, nullable: true })
  endReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

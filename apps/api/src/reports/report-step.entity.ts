import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportStepAction } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { YearlyReportEntity } from './yearly-report.entity';

/** Audit of the approval workflow: who submitted, approved, returned, withdrew or reopened, when, with what note or reason. */
@Entity('report_step')
@Check('ck_report_step_action', `action IN ('submit', 'approve', 'reopen', 'return', 'withdraw')`)
export class ReportStepEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => YearlyReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'report_id', referencedColumnName: 'id' },
  ])
  report?: YearlyReportEntity;

  @Column({ type: 'varchar', length: 8 })
  action!: ReportStepAction;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  /** The note of a submission or approval, the reason of a return or reopening. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { YearlyReportEntity } from './yearly-report.entity';

/** Audit of the approval workflow: who submitted, approved or reopened, when and why. */
@Entity('report_step')
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
  action!: 'submit' | 'approve' | 'reopen';

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

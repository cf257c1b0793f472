import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProductCategory } from '@elderwork/contracts';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { CourseEntity } from '../courses/course.entity';

/** A product elders make and sell. Names are unique within an LAO (the import finds products by name). Tenant table. */
@Entity('product')
@Index('uq_product_name', ['laoId', 'name'], { unique: true })
@Check('ck_product_price', 'price > 0')
export class ProductEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 24 })
  category!: ProductCategory;

  @Column({ type: 'varchar', length: 50, nullable: true })
  unit!: string | null;

  /** Baht per unit, exact. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  price!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId!: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'course_id', referencedColumnName: 'id' },
  ])
  course?: CourseEntity;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

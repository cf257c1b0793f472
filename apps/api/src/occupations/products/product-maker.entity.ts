import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { ResidentEntity } from '../../residents/resident.entity';
import { ProductEntity } from './product.entity';

/** An elder who makes a product. Tenant table. */
@Entity('product_maker')
@Index('uq_product_maker', ['laoId', 'productId', 'residentId'], { unique: true })
@Index('ix_product_maker_resident', ['laoId', 'residentId'])
export class ProductMakerEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'product_id', referencedColumnName: 'id' },
  ])
  product?: ProductEntity;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'resident_id', referencedColumnName: 'id' },
  ])
  resident?: ResidentEntity;
}

import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { WhenPresent } from '../validation/decorators';
import { th } from '../validation/messages';
import { IsBahtAmount, MONEY_LIMITS, ToBaht } from '../validation/money';
import { ToInt, Trim } from '../validation/transforms';
import { PRODUCT_CATEGORIES, type ProductCategory } from './occupations';
import { OccField } from './fields';

/** A product elders make (e.g. Lam Narai's แฉ่ง toothpaste). Names are unique within an LAO. */
export class CreateProductDto {
  @OccField.required() @OccField.text(200, 'productName')
  name!: string;
  @OccField.required() @OccField.oneOf(PRODUCT_CATEGORIES, 'productCategory')
  category!: ProductCategory;
  @IsOptional() @OccField.text(50, 'unit')
  unit?: string | null;
  @IsOptional() @ToBaht() @IsBahtAmount(th('price'), MONEY_LIMITS.price)
  price?: number | null;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  /** The course it came from. */
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  courseId?: string | null;
  /** The elders who make it. */
  @IsOptional() @OccField.residentIds()
  makerIds?: string[];
}

export class UpdateProductDto {
  @ToInt() @IsDefined({ message: th('version') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
  @WhenPresent() @OccField.text(200, 'productName')
  name?: string;
  @WhenPresent() @OccField.oneOf(PRODUCT_CATEGORIES, 'productCategory')
  category?: ProductCategory;
  @IsOptional() @OccField.text(50, 'unit')
  unit?: string | null;
  @IsOptional() @ToBaht() @IsBahtAmount(th('price'), MONEY_LIMITS.price)
  price?: number | null;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  courseId?: string | null;
  /** Replaces the list of makers. */
  @WhenPresent() @OccField.residentIds()
  makerIds?: string[];
}

export class ProductQueryDto {
  @IsOptional() @IsIn([...PRODUCT_CATEGORIES], { message: th('productCategory') })
  category?: ProductCategory;
  @IsOptional() @Trim() @IsString({ message: th('query') }) @MaxLength(100, { message: th('query') })
  q?: string;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  makerId?: string;
}

import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateProductDto, ProductQueryDto, UpdateProductDto, type ProductView } from '@elderwork/contracts';
import { PersonLevel } from '../../auth/access.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { ProductsService } from './products.service';

@ApiTags('occupations')
@ApiBearerAuth()
@PersonLevel()
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ProductQueryDto): Promise<{ items: ProductView[]; total: number }> {
    return this.products.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateProductDto): Promise<ProductView> {
    return this.products.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<ProductView> {
    return this.products.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateProductDto): Promise<ProductView> {
    return this.products.update(ctx, id, dto);
  }
}

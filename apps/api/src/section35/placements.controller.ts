import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreatePaymentDto, CreatePlacementDto, PlacementQueryDto, UpdatePlacementDto, type PaymentView, type PlacementView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { PlacementsService } from './placements.service';

@ApiTags('section35')
@ApiBearerAuth()
@PersonLevel()
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: PlacementQueryDto): Promise<{ items: PlacementView[]; total: number }> {
    return this.placements.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreatePlacementDto): Promise<PlacementView> {
    return this.placements.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<PlacementView> {
    return this.placements.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdatePlacementDto): Promise<PlacementView> {
    return this.placements.update(ctx, id, dto);
  }

  @Post(':id/payments')
  addPayment(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: CreatePaymentDto): Promise<PaymentView> {
    return this.placements.addPayment(ctx, id, dto);
  }
}

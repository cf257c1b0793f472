import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CareVisitQueryDto, CreateCareVisitDto, type CareVisitView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/request-context';
import { CareVisitsService } from './care-visits.service';

@ApiTags('caregivers')
@ApiBearerAuth()
@PersonLevel()
@Controller('care-visits')
export class CareVisitsController {
  constructor(private readonly visits: CareVisitsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: CareVisitQueryDto): Promise<CareVisitView[]> {
    return this.visits.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateCareVisitDto): Promise<CareVisitView> {
    return this.visits.create(ctx, dto);
  }
}

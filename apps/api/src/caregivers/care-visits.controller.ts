import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CareVisitQueryDto, CreateCareVisitDto, DeleteCareVisitDto, UpdateCareVisitDto, type CareVisitView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
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

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateCareVisitDto): Promise<CareVisitView> {
    return this.visits.update(ctx, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: DeleteCareVisitDto): Promise<void> {
    return this.visits.remove(ctx, id, dto);
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AssignRecipientDto, CaregiverQueryDto, CreateCaregiverDto, EndAssignmentDto, UpdateCaregiverDto,
  type CareAssignmentView, type CaregiverDetailView, type CaregiverMonthSummary, type CaregiverView,
} from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { AssignmentsService } from './assignments.service';
import { CareVisitsService } from './care-visits.service';
import { CaregiversService } from './caregivers.service';
import { ParseMonthPipe } from './parse-month.pipe';

@ApiTags('caregivers')
@ApiBearerAuth()
@PersonLevel()
@Controller('caregivers')
export class CaregiversController {
  constructor(
    private readonly caregivers: CaregiversService,
    private readonly assignments: AssignmentsService,
    private readonly visits: CareVisitsService,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: CaregiverQueryDto): Promise<CaregiverView[]> {
    return this.caregivers.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateCaregiverDto): Promise<CaregiverDetailView> {
    return this.caregivers.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<CaregiverDetailView> {
    return this.caregivers.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateCaregiverDto): Promise<CaregiverDetailView> {
    return this.caregivers.update(ctx, id, dto);
  }

  @Post(':id/recipients')
  assign(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: AssignRecipientDto): Promise<CareAssignmentView> {
    return this.assignments.assign(ctx, id, dto);
  }

  @Post(':id/recipients/:recipientId/end')
  @HttpCode(200)
  end(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('recipientId', ParseIdPipe) recipientId: string,
    @Body() dto: EndAssignmentDto,
  ): Promise<CareAssignmentView> {
    return this.assignments.end(ctx, id, recipientId, dto);
  }

  @Get(':id/months/:month')
  month(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('month', ParseMonthPipe) month: string): Promise<CaregiverMonthSummary> {
    return this.visits.month(ctx, id, month);
  }
}

import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CreateJobDto, CreateJobPlacementDto, JobMatchQueryDto, JobQueryDto, UpdateJobDto, UpdateJobPlacementDto,
  type JobDetailView, type JobMatchView, type JobPlacementView, type JobView,
} from '@elderwork/contracts';
import { PersonLevel } from '../../auth/access.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { JobsService } from './jobs.service';

@ApiTags('occupations')
@ApiBearerAuth()
@PersonLevel()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: JobQueryDto): Promise<{ items: JobView[]; total: number }> {
    return this.jobs.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateJobDto): Promise<JobDetailView> {
    return this.jobs.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<JobDetailView> {
    return this.jobs.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateJobDto): Promise<JobDetailView> {
    return this.jobs.update(ctx, id, dto);
  }

  @Get(':id/matches')
  matches(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Query() query: JobMatchQueryDto): Promise<JobMatchView[]> {
    return this.jobs.matches(ctx, id, query);
  }

  @Post(':id/placements')
  place(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateJobPlacementDto): Promise<JobPlacementView> {
    return this.jobs.place(ctx, id, dto);
  }

  @Patch(':id/placements/:placementId')
  updatePlacement(
    @Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('placementId', ParseIdPipe) placementId: string, @Body() dto: UpdateJobPlacementDto,
  ): Promise<JobPlacementView> {
    return this.jobs.updatePlacement(ctx, id, placementId, dto);
  }
}

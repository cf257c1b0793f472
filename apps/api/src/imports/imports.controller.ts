import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ImportJobView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { ImportJobsService } from './import-jobs.service';

/** Imports of the caller's LAO: progress while they run, the result when they end, and cancelling. */
@ApiTags('imports')
@ApiBearerAuth()
@PersonLevel()
@Controller('imports')
export class ImportsController {
  constructor(private readonly jobs: ImportJobsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext): Promise<ImportJobView[]> {
    return this.jobs.list(ctx);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<ImportJobView> {
    return this.jobs.get(ctx, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<ImportJobView> {
    return this.jobs.cancel(ctx, id);
  }
}

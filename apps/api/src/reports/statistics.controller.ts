import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { StatisticsExportQueryDto, StatisticsQueryDto, type Statistics } from '@elderwork/contracts';
import { Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/request-context';
import { StatisticsService } from './statistics.service';

/** Aggregate statistics for provincial and DLA officers: never a person. */
@ApiTags('statistics')
@ApiBearerAuth()
@Roles('province_officer', 'dla_officer')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  get(@Ctx() ctx: RequestContext, @Query() query: StatisticsQueryDto): Promise<Statistics> {
    return this.statistics.get(ctx, query);
  }

  @Get('export')
  async export(@Ctx() ctx: RequestContext, @Query() query: StatisticsExportQueryDto, @Res() res: Response): Promise<void> {
    const file = await this.statistics.export(ctx, query);
    res.attachment(`elderwork-statistics-${query.year}.${query.format}`).send(file);
  }

  @Get('missing')
  missing(@Ctx() ctx: RequestContext, @Query() query: StatisticsQueryDto): Promise<{ code: string; name: string; province: string }[]> {
    return this.statistics.missing(ctx, query);
  }
}

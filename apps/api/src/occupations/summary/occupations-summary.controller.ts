import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { YearQueryDto, type OccupationsSummary } from '@elderwork/contracts';
import { PersonLevel } from '../../auth/access.decorators';
import { Ctx, type RequestContext } from '../../common/request-context';
import { OccupationsSummaryService } from './occupations-summary.service';

@ApiTags('occupations')
@ApiBearerAuth()
@PersonLevel()
@Controller('occupations')
export class OccupationsSummaryController {
  constructor(private readonly occupations: OccupationsSummaryService) {}

  @Get('summary')
  summary(@Ctx() ctx: RequestContext, @Query() query: YearQueryDto): Promise<OccupationsSummary> {
    return this.occupations.summary(ctx, query);
  }
}

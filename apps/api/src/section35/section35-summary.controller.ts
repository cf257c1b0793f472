import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { YearQueryDto, type Section35Summary } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/request-context';
import { Section35SummaryService } from './section35-summary.service';

@ApiTags('section35')
@ApiBearerAuth()
@PersonLevel()
@Controller('section35')
export class Section35SummaryController {
  constructor(private readonly section35: Section35SummaryService) {}

  @Get('summary')
  summary(@Ctx() ctx: RequestContext, @Query() query: YearQueryDto): Promise<Section35Summary> {
    return this.section35.summary(ctx, query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { YearQueryDto, type CaregiverFollowUp, type CaregiversSummary } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/request-context';
import { CaregiversSummaryService } from './caregivers-summary.service';

/** Registered before CaregiversController, so that /caregivers/summary is not read as /caregivers/:id. */
@ApiTags('caregivers')
@ApiBearerAuth()
@PersonLevel()
@Controller('caregivers')
export class CaregiversSummaryController {
  constructor(private readonly caregivers: CaregiversSummaryService) {}

  @Get('summary')
  summary(@Ctx() ctx: RequestContext, @Query() query: YearQueryDto): Promise<CaregiversSummary> {
    return this.caregivers.summary(ctx, query);
  }

  @Get('follow-up')
  followUp(@Ctx() ctx: RequestContext): Promise<CaregiverFollowUp> {
    return this.caregivers.followUp(ctx);
  }
}

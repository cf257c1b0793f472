import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateAdlAssessmentDto, type AdlAssessmentView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { AdlService } from './adl.service';

@ApiTags('caregivers')
@ApiBearerAuth()
@PersonLevel()
@Controller('residents/:id/adl-assessments')
export class AdlController {
  constructor(private readonly adl: AdlService) {}

  @Post()
  create(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateAdlAssessmentDto): Promise<AdlAssessmentView> {
    return this.adl.create(ctx, id, dto);
  }

  @Get()
  history(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<AdlAssessmentView[]> {
    return this.adl.history(ctx, id);
  }
}

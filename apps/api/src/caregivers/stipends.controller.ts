import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { GenerateStipendsDto, MarkStipendPaidDto, StipendQueryDto, type StipendGeneration, type StipendView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { StipendsService } from './stipends.service';

@ApiTags('caregivers')
@ApiBearerAuth()
@PersonLevel()
@Controller('stipends')
export class StipendsController {
  constructor(private readonly stipends: StipendsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: StipendQueryDto): Promise<StipendView[]> {
    return this.stipends.list(ctx, query);
  }

  /** 200, not 201: a second run creates nothing. */
  @Post('generate')
  @HttpCode(200)
  generate(@Ctx() ctx: RequestContext, @Body() dto: GenerateStipendsDto): Promise<StipendGeneration> {
    return this.stipends.generate(ctx, dto);
  }

  @Post(':id/paid')
  @HttpCode(200)
  markPaid(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: MarkStipendPaidDto): Promise<StipendView> {
    return this.stipends.markPaid(ctx, id, dto);
  }
}

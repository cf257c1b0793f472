import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PutSection35RateDto, type Section35RateView } from '@elderwork/contracts';
import { Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/request-context';
import { ParseBeYearPipe } from './parse-be-year.pipe';
import { ReferenceRepository } from './reference.repository';

/** Reference tables: every signed-in user reads them; DLA officers maintain the rates. */
@ApiTags('reference')
@ApiBearerAuth()
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceRepository) {}

  @Get('provinces')
  provinces(): Promise<{ code: string; name: string }[]> {
    return this.reference.provinces();
  }

  @Get('section35-rates')
  rates(): Promise<Section35RateView[]> {
    return this.reference.rates();
  }

  @Put('section35-rates/:year')
  @Roles('dla_officer')
  putRate(@Ctx() ctx: RequestContext, @Param('year', ParseBeYearPipe) year: number, @Body() dto: PutSection35RateDto): Promise<Section35RateView> {
    return this.reference.putRate(year, dto.dailyRate, ctx.userId);
  }
}

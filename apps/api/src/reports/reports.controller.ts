import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DrillDownExportQueryDto, DrillDownQueryDto, ReopenReportDto, ReportExportQueryDto, ReportNoteDto, ReportQueryDto, ReportStepDto, ReturnReportDto, type Figures, type YearlyReport } from '@elderwork/contracts';
import type { Response } from 'express';
import { PersonLevel, Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/request-context';
import { ParseBeYearPipe } from '../reference/parse-be-year.pipe';
import type { DrillDownRecord } from './reports.repository';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@PersonLevel()
@Controller('reports/yearly')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  get(@Ctx() ctx: RequestContext, @Query() query: ReportQueryDto): Promise<YearlyReport> {
    return this.reports.get(ctx, query);
  }

  @Get('export')
  async export(@Ctx() ctx: RequestContext, @Query() query: ReportExportQueryDto, @Res() res: Response): Promise<void> {
    const file = query.format === 'pdf' ? await this.reports.pdf(ctx, query) : await this.reports.workbook(ctx, query);
    res.attachment(`elderwork-report-${query.year}-${query.yearType ?? 'fiscal'}.${query.format}`).send(file);
  }

  @Get('records/export')
  async exportRecords(@Ctx() ctx: RequestContext, @Query() query: DrillDownExportQueryDto, @Res() res: Response): Promise<void> {
    const file = await this.reports.recordsCsv(ctx, query);
    res.attachment(`elderwork-report-records-${query.year}.csv`).send(file);
  }

  @Get('records')
  records(@Ctx() ctx: RequestContext, @Query() query: DrillDownQueryDto): Promise<{ items: DrillDownRecord[]; total: Figures }> {
    return this.reports.records(ctx, query);
  }

  @Post(':year/submit')
  @HttpCode(200)
  submit(@Ctx() ctx: RequestContext, @Param('year', ParseBeYearPipe) year: number, @Body() dto: ReportNoteDto): Promise<YearlyReport> {
    return this.reports.submit(ctx, year, dto.yearType, dto.note);
  }

  @Post(':year/withdraw')
  @HttpCode(200)
  withdraw(@Ctx() ctx: RequestContext, @Param('year', ParseBeYearPipe) year: number, @Body() dto: ReportStepDto): Promise<YearlyReport> {
    return this.reports.withdraw(ctx, year, dto.yearType);
  }

  @Post(':year/approve')
  @HttpCode(200)
  @Roles('lao_admin')
  approve(@Ctx() ctx: RequestContext, @Param('year', ParseBeYearPipe) year: number, @Body() dto: ReportNoteDto): Promise<YearlyReport> {
    return this.reports.approve(ctx, year, dto.yearType, dto.note);
  }

  @Post(':year/return')
  @HttpCode(200)
  @Roles('lao_admin')
  returnToStaff(@Ctx() ctx: RequestContext, @Param('year', ParseBeYearPipe) year: number, @Body() dto: ReturnReportDto): Promise<YearlyReport> {
    return this.reports.returnToStaff(ctx, year, dto.yearType, dto.reason);
  }

  @Post(':year/reopen')
  @HttpCode(200)
  @Roles('lao_admin')
  reopen(@Ctx() ctx: RequestContext, @Param('year', ParseBeYearPipe) year: number, @Body() dto: ReopenReportDto): Promise<YearlyReport> {
    return this.reports.reopen(ctx, year, dto.yearType, dto.reason);
  }
}

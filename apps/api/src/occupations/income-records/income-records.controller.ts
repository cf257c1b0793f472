import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CreateIncomeRecordDto, IncomeMonthParamDto, IncomeRecordQueryDto, PutIncomeMonthDto,
  type ImportResult, type IncomeMonthResult, type IncomeRecordList, type IncomeRecordView,
} from '@elderwork/contracts';
import { PersonLevel } from '../../auth/access.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import type { StoredFile } from '../../imports/import-stream';
import { StreamedUpload } from '../../imports/upload';
import { TemplateFormatPipe } from '../../residents/import/template-format.pipe';
import { IncomeImportService } from './income-import.service';
import { IncomeRecordsService } from './income-records.service';

/** A month's incomes of an LAO's earners: small by nature, read whole. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

@ApiTags('occupations')
@ApiBearerAuth()
@PersonLevel()
@Controller('income-records')
export class IncomeRecordsController {
  constructor(
    private readonly records: IncomeRecordsService,
    private readonly importer: IncomeImportService,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: IncomeRecordQueryDto): Promise<IncomeRecordList> {
    return this.records.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateIncomeRecordDto): Promise<IncomeRecordView> {
    return this.records.create(ctx, dto);
  }

  @Put('month/:month')
  putMonth(@Ctx() ctx: RequestContext, @Param() params: IncomeMonthParamDto, @Body() dto: PutIncomeMonthDto): Promise<IncomeMonthResult> {
    return this.records.putMonth(ctx, params.month, dto);
  }

  @Get('import/template')
  async template(@Query('format', TemplateFormatPipe) format: 'csv' | 'xlsx', @Res() res: Response): Promise<void> {
    res.attachment(`elderwork-income-template.${format}`).send(await this.importer.template(format));
  }

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @StreamedUpload(MAX_IMPORT_BYTES)
  import(@Ctx() ctx: RequestContext, @UploadedFile() file: StoredFile | undefined): Promise<ImportResult> {
    return this.importer.import(ctx, file);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.records.remove(ctx, id);
  }
}

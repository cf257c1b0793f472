import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CreateResidentDto, FINISHED_IMPORT_STATES, RemoveResidentDto, ResidentQueryDto, RestoreResidentDto, UpdateResidentDto,
  type AuditEntryView, type ImportJobView, type Page, type RegistrySummary, type ResidentView,
} from '@elderwork/contracts';
import { PersonLevel, Roles } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { respondAsync, StreamedUpload } from '../imports/upload';
import type { StoredFile } from '../imports/import-stream';
import { ResidentsImportService } from './import/residents-import.service';
import { ResidentsService } from './residents.service';
import { TemplateFormatPipe } from './import/template-format.pipe';

@ApiTags('residents')
@ApiBearerAuth()
@PersonLevel()
@Controller('residents')
export class ResidentsController {
  constructor(
    private readonly residents: ResidentsService,
    private readonly importer: ResidentsImportService,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ResidentQueryDto): Promise<Page<ResidentView>> {
    return this.residents.list(ctx, query);
  }

  @Get('summary')
  summary(@Ctx() ctx: RequestContext): Promise<RegistrySummary> {
    return this.residents.summary(ctx);
  }

  @Get('import/template')
  async template(@Query('format', TemplateFormatPipe) format: 'csv' | 'xlsx', @Res() res: Response): Promise<void> {
    res.attachment(`elderwork-residents-template.${format}`).send(await this.importer.template(format));
  }

  /**
   * Runs the import as a job (GET /api/imports/:id). By default the request waits for the end and
   * answers 200 with the finished job; with `Prefer: respond-async` it answers 202 once the file's
   * headings are accepted, and the client follows the job's progress.
   */
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @StreamedUpload()
  async import(@Ctx() ctx: RequestContext, @UploadedFile() file: StoredFile | undefined, @Headers('prefer') prefer: string | undefined, @Res({ passthrough: true }) res: Response): Promise<ImportJobView> {
    const job = await this.importer.import(ctx, file, !respondAsync(prefer));
    if (!FINISHED_IMPORT_STATES.includes(job.state)) res.status(202).location(`/api/imports/${job.id}`);
    return job;
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateResidentDto): Promise<ResidentView> {
    return this.residents.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<ResidentView> {
    return this.residents.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateResidentDto): Promise<ResidentView> {
    return this.residents.update(ctx, id, dto);
  }

  @Delete(':id')
  remove(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: RemoveResidentDto): Promise<ResidentView> {
    return this.residents.remove(ctx, id, dto);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: RestoreResidentDto): Promise<ResidentView> {
    return this.residents.restore(ctx, id, dto);
  }

  @Get(':id/audit')
  @Roles('lao_admin')
  audit(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<AuditEntryView[]> {
    return this.residents.auditTrail(ctx, id);
  }
}

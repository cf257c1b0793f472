import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CreateResidentDto, RemoveResidentDto, ResidentQueryDto, UpdateResidentDto,
  type AuditEntryView, type ImportResult, type Page, type RegistrySummary, type ResidentView,
} from '@elderwork/contracts';
import { PersonLevel, Roles } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { ResidentsImportService, type UploadedFile as Upload } from './import/residents-import.service';
import { ResidentsService } from './residents.service';
import { TemplateFormatPipe } from './import/template-format.pipe';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

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

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  import(@Ctx() ctx: RequestContext, @UploadedFile() file: Upload | undefined): Promise<ImportResult> {
    return this.importer.import(ctx, file);
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

  @Get(':id/audit')
  @Roles('lao_admin')
  audit(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<AuditEntryView[]> {
    return this.residents.auditTrail(ctx, id);
  }
}

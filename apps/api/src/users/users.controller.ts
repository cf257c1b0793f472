import { Body, Controller, Get, Param, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CreateUserDto, ListUsersQuery, UpdateUserDto, type AccountChangeView, type ImportResult, type UserView } from '@elderwork/contracts';
import { Roles } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import type { StoredFile } from '../imports/import-stream';
import { StreamedUpload } from '../imports/upload';
import { TemplateFormatPipe } from '../residents/import/template-format.pipe';
import { MAX_USER_IMPORT_BYTES, UsersImportService } from './users-import.service';
import { UsersService } from './users.service';

/** Account management; whose accounts each role manages is decided in UsersService (decision 0022). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('lao_admin', 'province_officer', 'dla_officer')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly importer: UsersImportService,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListUsersQuery): Promise<UserView[]> {
    return this.users.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(ctx, dto);
  }

  @Get('import/template')
  @Roles('province_officer', 'dla_officer')
  async template(@Query('format', TemplateFormatPipe) format: 'csv' | 'xlsx', @Res() res: Response): Promise<void> {
    res.attachment(`elderwork-lao-admins-template.${format}`).send(await this.importer.template(format));
  }

  /** The first administrators of many LAOs at once (CSV or XLSX: laoCode, email, displayName), each mailed an activation link. */
  @Post('import')
  @Roles('province_officer', 'dla_officer')
  @StreamedUpload(MAX_USER_IMPORT_BYTES)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  import(@Ctx() ctx: RequestContext, @UploadedFile() file: StoredFile | undefined): Promise<ImportResult> {
    return this.importer.import(ctx, file);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<UserView> {
    return this.users.get(ctx, id);
  }

  @Get(':id/history')
  history(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<AccountChangeView[]> {
    return this.users.history(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(ctx, id, dto);
  }
}

import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateEmployerDto, UpdateEmployerDto, type EmployerView } from '@elderwork/contracts';
import { PersonLevel } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { EmployersService } from './employers.service';

@ApiTags('section35')
@ApiBearerAuth()
@PersonLevel()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Get()
  list(@Ctx() ctx: RequestContext): Promise<EmployerView[]> {
    return this.employers.list(ctx);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateEmployerDto): Promise<EmployerView> {
    return this.employers.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<EmployerView> {
    return this.employers.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateEmployerDto): Promise<EmployerView> {
    return this.employers.update(ctx, id, dto);
  }
}

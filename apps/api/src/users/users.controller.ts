import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateUserDto, UpdateUserDto, type UserView } from '@elderwork/contracts';
import { Roles } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('lao_admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Ctx() ctx: RequestContext): Promise<UserView[]> {
    return this.users.list(ctx);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(ctx, dto);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(ctx, id, dto);
  }
}

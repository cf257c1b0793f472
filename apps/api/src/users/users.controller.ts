import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateUserDto, ListUsersQuery, UpdateUserDto, type AccountChangeView, type UserView } from '@elderwork/contracts';
import { Roles } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { UsersService } from './users.service';

/** Account management; whose accounts each role manages is decided in UsersService (decision 0022). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('lao_admin', 'province_officer', 'dla_officer')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListUsersQuery): Promise<UserView[]> {
    return this.users.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(ctx, dto);
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

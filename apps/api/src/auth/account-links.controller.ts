import { Body, Controller, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ChangePasswordDto, ForgotPasswordDto, SetPasswordDto, type AccountMessage } from '@elderwork/contracts';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { Public, Roles } from './access.decorators';
import { AccountLinksService } from './account-links.service';

/** Activation and reset links, forgot, own password, a manager's reset link and unlock (decision 0023). */
@ApiTags('auth')
@Controller()
export class AccountLinksController {
  constructor(private readonly accounts: AccountLinksService) {}

  @Public()
  @Post('auth/activate')
  @HttpCode(204)
  activate(@Body() dto: SetPasswordDto): Promise<void> {
    return this.accounts.activate(dto);
  }

  @Public()
  @Post('auth/reset')
  @HttpCode(204)
  reset(@Body() dto: SetPasswordDto): Promise<void> {
    return this.accounts.reset(dto);
  }

  @Public()
  @Post('auth/forgot')
  @HttpCode(202)
  forgot(@Body() dto: ForgotPasswordDto, @Ip() ip: string): AccountMessage {
    return this.accounts.forgot(dto, ip);
  }

  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(204)
  changePassword(@Ctx() ctx: RequestContext, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.accounts.changePassword(ctx, dto);
  }

  @ApiBearerAuth()
  @Roles('lao_admin', 'province_officer', 'dla_officer')
  @Post('users/:id/reset-link')
  @HttpCode(202)
  sendResetLink(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<AccountMessage> {
    return this.accounts.sendResetLink(ctx, id);
  }

  @ApiBearerAuth()
  @Roles('lao_admin', 'province_officer', 'dla_officer')
  @Post('users/:id/unlock')
  @HttpCode(200)
  unlock(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<AccountMessage> {
    return this.accounts.unlock(ctx, id);
  }
}

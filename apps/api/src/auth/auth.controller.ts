import { Body, Controller, Delete, Get, Headers, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LoginDto, TotpDto, type LoginResult, type RenewedSession, type SessionView, type TotpLoginResponse, type UserView } from '@elderwork/contracts';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../common/request-context';
import { Public } from './access.decorators';
import { AuthService } from './auth.service';
import { SessionRenewal } from './session-renewal';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly renewal: SessionRenewal,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() ip: string, @Headers('user-agent') userAgent?: string): Promise<LoginResult> {
    return this.auth.login(dto, ip, userAgent ?? null);
  }

  @Public()
  @Post('auth/totp')
  @HttpCode(200)
  loginWithCode(@Body() dto: TotpDto, @Ip() ip: string, @Headers('user-agent') userAgent?: string): Promise<TotpLoginResponse> {
    return this.auth.loginWithCode(dto, ip, userAgent ?? null);
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  logout(@Ctx() ctx: RequestContext): Promise<void> {
    return this.auth.logout(ctx);
  }

  @ApiBearerAuth()
  @Post('auth/refresh')
  @HttpCode(200)
  refresh(@Ctx() ctx: RequestContext): Promise<RenewedSession> {
    return this.renewal.renew(ctx);
  }

  @ApiBearerAuth()
  @Get('me/sessions')
  sessions(@Ctx() ctx: RequestContext): Promise<SessionView[]> {
    return this.auth.sessionsOf(ctx);
  }

  @ApiBearerAuth()
  @Delete('me/sessions/:id')
  @HttpCode(204)
  endSession(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.auth.endSession(ctx, id);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@Ctx() ctx: RequestContext): Promise<UserView> {
    return this.auth.me(ctx);
  }
}

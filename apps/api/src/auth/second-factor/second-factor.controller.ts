import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ConfirmSecondFactorDto, StartSecondFactorDto, type SecondFactorEnrolled, type SecondFactorSetup, type SecondFactorStatus } from '@elderwork/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { Roles } from '../access.decorators';
import { SecondFactorService } from './second-factor.service';

/** A manager removes an account's authenticator (decision 0024); the login's own steps are in AuthController. */
@ApiTags('users')
@ApiBearerAuth()
@Roles('lao_admin', 'province_officer', 'dla_officer')
@Controller('users')
export class SecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Delete(':id/second-factor')
  @HttpCode(204)
  reset(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.secondFactor.reset(ctx, id);
  }
}

/** The signed-in owner turns on their own authenticator, whatever their role (decision 0026). */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me/second-factor')
export class OwnSecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Get()
  status(@Ctx() ctx: RequestContext): Promise<SecondFactorStatus> {
    return this.secondFactor.status(ctx);
  }

  @Post()
  @HttpCode(200)
  start(@Ctx() ctx: RequestContext, @Body() dto: StartSecondFactorDto): Promise<SecondFactorSetup> {
    return this.secondFactor.startOwn(ctx, dto);
  }

  @Post('confirm')
  @HttpCode(200)
  confirm(@Ctx() ctx: RequestContext, @Body() dto: ConfirmSecondFactorDto): Promise<SecondFactorEnrolled> {
    return this.secondFactor.confirmOwn(ctx, dto);
  }
}

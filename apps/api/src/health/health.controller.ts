import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { HealthRepository } from './health.repository';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    await this.database.ping();
    return { status: 'ok', database: 'ok' };
  }
}

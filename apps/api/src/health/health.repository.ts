import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The one statement the health check runs: the database answers. */
@Injectable()
export class HealthRepository {
  constructor(private readonly db: DataSource) {}

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}

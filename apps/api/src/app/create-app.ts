import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { HttpErrorFilter } from '../common/http-error.filter';
import { createValidationPipe } from '../common/validation';
import { installRequestLimits } from '../common/request-limits';
import { AppModule } from './app.module';

export interface CreateAppOptions {
  appDatabaseUrl: string;
  poolSize?: number;
  logger?: LogLevel[] | LoggerService | false;
}

/** The HTTP application: API under /api, OpenAPI at /api/docs, the built web app at /. */
export async function createApp(config: AppConfig, options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, options.appDatabaseUrl, options.poolSize), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    // Our own parsers, limits and checks (common/request-limits.ts) run before any route.
    bodyParser: false,
  });
  installRequestLimits(app);
  app.setGlobalPrefix('api');
  // X-Forwarded-For names the client only behind a proxy named in TRUST_PROXY (decision 0024).
  app.set('trust proxy', config.trustProxy);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());

  // Off in production unless ELDERWORK_API_DOCS=1 (decision 0016).
  if (config.apiDocs) setUpDocs(app);

  serveWebApp(app, config.webDir);
  return app;
}

/** OpenAPI at /api/docs and /api/docs-json. */
function setUpDocs(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Elderwork API').setDescription('Employment programmes for older people, for Thai LAOs').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document);
}

/** The single-page app: static files, and index.html for client-side routes. */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`web app not built (${index} missing): run npm start, which builds it`);
    return;
  }
  // Only requests outside /api look for files: a static lookup costs every API request a stat() otherwise.
  const files = express.static(webDir, { index: false });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api') ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(index);
  });
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ERROR_CODES, type ErrorBody } from '@elderwork/contracts';
import { DomainError } from './domain-errors';

const CODE_BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: ERROR_CODES.validationFailed, message: 'คำขอไม่ถูกต้อง' },
  401: { code: ERROR_CODES.unauthenticated, message: 'กรุณาเข้าสู่ระบบ' },
  403: { code: ERROR_CODES.forbidden, message: 'บัญชีของท่านไม่มีสิทธิ์เข้าถึงข้อมูลนี้' },
  404: { code: ERROR_CODES.notFound, message: 'ไม่พบข้อมูลที่ต้องการ' },
  413: { code: ERROR_CODES.badFile, message: 'ไฟล์มีขนาดใหญ่เกินกำหนด' },
  429: { code: ERROR_CODES.tooManyAttempts, message: 'มีการเรียกใช้มากเกินไป กรุณารอสักครู่' },
};

/** One shape for every error; never leak internals; a 500 is logged with its stack. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(error);
    if (body.statusCode >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    response.status(body.statusCode).json(body);
  }

  private toBody(error: unknown): ErrorBody {
    if (error instanceof DomainError) {
      return { statusCode: error.status, code: error.code, message: error.message, ...error.details };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const known = CODE_BY_STATUS[status];
      // Body parser errors (malformed JSON) and multer limits arrive here as HttpExceptions.
      return { statusCode: status, code: known?.code ?? 'HTTP_ERROR', message: known?.message ?? error.message };
    }
    return { statusCode: 500, code: 'INTERNAL', message: 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ' };
  }
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ERROR_CODES, VALIDATION_MESSAGES, type ErrorBody } from '@elderwork/contracts';
import { DomainError } from './domain-errors';

const CODE_BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: ERROR_CODES.validationFailed, message: 'คำขอไม่ถูกต้อง' },
  401: { code: ERROR_CODES.unauthenticated, message: 'กรุณาเข้าสู่ระบบ' },
  403: { code: ERROR_CODES.forbidden, message: 'บัญชีของท่านไม่มีสิทธิ์เข้าถึงข้อมูลนี้' },
  404: { code: ERROR_CODES.notFound, message: 'ไม่พบข้อมูลที่ต้องการ' },
  405: { code: ERROR_CODES.methodNotAllowed, message: 'ไม่รองรับวิธีการเรียกนี้' },
  406: { code: ERROR_CODES.notAcceptable, message: 'ไม่สามารถตอบในรูปแบบที่ขอได้' },
  408: { code: ERROR_CODES.requestTimeout, message: 'การส่งข้อมูลใช้เวลานานเกินไป กรุณาลองใหม่' },
  409: { code: ERROR_CODES.conflict, message: 'ข้อมูลขัดแย้งกับข้อมูลที่มีอยู่' },
  413: { code: ERROR_CODES.payloadTooLarge, message: 'ข้อมูลหรือไฟล์ที่ส่งมีขนาดใหญ่เกินกำหนด (ข้อมูล JSON ไม่เกิน 1 MB)' },
  415: { code: ERROR_CODES.unsupportedMediaType, message: 'รองรับเฉพาะข้อมูล JSON ที่เข้ารหัสแบบ UTF-8 เท่านั้น' },
  422: { code: ERROR_CODES.validationFailed, message: 'ข้อมูลไม่ถูกต้อง' },
  429: { code: ERROR_CODES.tooManyAttempts, message: 'มีการเรียกใช้มากเกินไป กรุณารอสักครู่' },
};
const GENERIC_4XX = { code: ERROR_CODES.badRequest, message: 'คำขอไม่ถูกต้อง' };

const byStatus = (status: number): { code: string; message: string } => CODE_BY_STATUS[status] ?? GENERIC_4XX;

/** body-parser's errors carry `type`; each is the client's fault. */
const BODY_PARSER: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, ...byStatus(413) },
  'entity.parse.failed': { status: 400, code: ERROR_CODES.validationFailed, message: 'ข้อมูล JSON ไม่ถูกต้อง (รูปแบบผิด)' },
  'charset.unsupported': { status: 415, ...byStatus(415) },
  'encoding.unsupported': { status: 415, code: ERROR_CODES.unsupportedMediaType, message: 'ไม่รองรับการบีบอัดข้อมูลแบบนี้' },
  'request.aborted': { status: 400, code: ERROR_CODES.badRequest, message: 'การส่งข้อมูลถูกยกเลิกก่อนครบ' },
  'request.size.invalid': { status: 400, code: ERROR_CODES.badRequest, message: 'ขนาดข้อมูลไม่ตรงกับที่แจ้ง' },
  'parameters.too.many': { status: 413, ...byStatus(413) },
};

/** multer's error codes (uploads). */
const MULTER: Record<string, { status: number; message: string }> = {
  LIMIT_FILE_SIZE: { status: 413, message: 'ไฟล์มีขนาดใหญ่เกินกำหนด' },
  LIMIT_FILE_COUNT: { status: 400, message: 'ส่งได้ครั้งละ 1 ไฟล์' },
  LIMIT_UNEXPECTED_FILE: { status: 400, message: 'กรุณาส่งไฟล์ในช่อง file' },
  LIMIT_PART_COUNT: { status: 413, message: 'ข้อมูลที่ส่งมีหลายส่วนเกินกำหนด' },
  LIMIT_FIELD_KEY: { status: 400, message: 'ชื่อช่องข้อมูลยาวเกินกำหนด' },
  LIMIT_FIELD_VALUE: { status: 413, message: 'ข้อมูลในช่องยาวเกินกำหนด' },
  LIMIT_FIELD_COUNT: { status: 413, message: 'จำนวนช่องข้อมูลเกินกำหนด' },
};

const THAI = /[\u0e00-\u0e7f]/;

/** One shape for every error; never leak internals; a 500 (a real server fault) is logged with its stack. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(error);
    if (body.statusCode >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(error: unknown): ErrorBody {
    if (error instanceof DomainError) {
      return { statusCode: error.status, code: error.code, message: error.message, ...error.details };
    }
    if (error instanceof HttpException) return this.fromHttpException(error);
    const raw = (error ?? {}) as { type?: unknown; code?: unknown; name?: unknown; status?: unknown };
    const known = typeof raw.type === 'string' ? BODY_PARSER[raw.type] : undefined;
    if (known) {
      return { statusCode: known.status, code: known.code, message: known.message };
    }
    if (raw.name === 'MulterError' && typeof raw.code === 'string') {
      const known = MULTER[raw.code] ?? { status: 400, message: 'ไฟล์ที่ส่งไม่ถูกต้อง' };
      return { statusCode: known.status, code: known.status === 413 ? ERROR_CODES.payloadTooLarge : ERROR_CODES.badFile, message: known.message };
    }
    // Other http-errors (e.g. a malformed %-escape in the path) say their own 4xx status.
    if (typeof raw.status === 'number' && raw.status >= 400 && raw.status < 500) {
      const known = CODE_BY_STATUS[raw.status] ?? GENERIC_4XX;
      return { statusCode: raw.status, ...known };
    }
    // Validators fed text they cannot handle (validator.js's URIError on a lone surrogate): the input's fault.
    if (error instanceof URIError) {
      return { statusCode: 400, code: ERROR_CODES.validationFailed, message: VALIDATION_MESSAGES.nulCharacter.th };
    }
    return { statusCode: 500, code: ERROR_CODES.internal, message: 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ' };
  }

  private fromHttpException(error: HttpException): ErrorBody {
    const status = error.getStatus();
    if (status >= 500) return { statusCode: status, code: ERROR_CODES.internal, message: 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ' };
    const known = CODE_BY_STATUS[status] ?? GENERIC_4XX;
    // Nest's own texts are English (e.g. ParseArrayPipe); only a Thai text may reach the user.
    const message = THAI.test(error.message) ? error.message : known.message;
    return { statusCode: status, code: known.code, message };
  }
}

import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ERROR_CODES, VALIDATION_MESSAGES, type FieldError } from '@elderwork/contracts';
import { DomainError, validationFailed } from './domain-errors';

/** What the API accepts before any handler runs (decision 0016). */
export const REQUEST_LIMITS = { jsonBytes: '1mb', maxDepth: 32 } as const;

/** Keys that class-transformer skips silently; refused like any other unknown field. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// A NUL, or a surrogate half without its partner: PostgreSQL cannot store the first, and the second is not text.
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** JSON only as UTF-8: a declared charset other than utf-8 is 415 before the parser reads a byte. */
function utf8Only(req: Request, _res: Response, next: NextFunction): void {
  const type = req.headers['content-type'] ?? '';
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return next(unsupportedMediaType());
  next();
}

export const unsupportedMediaType = (): DomainError =>
  new DomainError(415, ERROR_CODES.unsupportedMediaType, 'รองรับเฉพาะข้อมูล JSON ที่เข้ารหัสแบบ UTF-8 เท่านั้น');

/**
 * Walks a parsed value without recursion (a 1,400-level body must not reach any recursive code),
 * reporting the first problem per field: too deep, NUL or lone surrogate, forbidden key.
 */
export function inspectValue(root: unknown, rootName: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootName, depth: 0 }];
  for (let next = stack.pop(); next !== undefined && errors.length < 20; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) errors.push({ field: path, code: 'badCharacter', message: VALIDATION_MESSAGES.nulCharacter.th });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= REQUEST_LIMITS.maxDepth) {
      // Named by its top-level field: the full path would be 32 segments of noise.
      errors.push({ field: path.split('.')[0] || 'body', code: 'tooDeep', message: VALIDATION_MESSAGES.tooDeep.th });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = path ? `${path}.${key}` : key;
      if (BAD_TEXT.test(key)) {
        errors.push({ field: path || 'body', code: 'badCharacter', message: VALIDATION_MESSAGES.nulCharacter.th });
        continue;
      }
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ field: child, code: 'unknownField', message: VALIDATION_MESSAGES.unknownField.th });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return errors;
}

/** Body, query and path: every string free of NUL and lone surrogates, every structure within the depth. */
function inspectRequest(req: Request, _res: Response, next: NextFunction): void {
  const errors = [...inspectValue(req.body, ''), ...inspectValue(req.query, '')];
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    path = '\u0000';
  }
  if (BAD_TEXT.test(path)) errors.push({ field: 'path', code: 'badCharacter', message: VALIDATION_MESSAGES.nulCharacter.th });
  next(errors.length ? validationFailed(errors) : undefined);
}

/** Installs the parsers (the app is created with bodyParser: false) and the checks, in order, before every route. */
export function installRequestLimits(app: INestApplication): void {
  app.use(utf8Only);
  app.use(express.json({ limit: REQUEST_LIMITS.jsonBytes }));
  app.use(express.urlencoded({ extended: true, limit: REQUEST_LIMITS.jsonBytes, parameterLimit: 1000 }));
  app.use(inspectRequest);
}

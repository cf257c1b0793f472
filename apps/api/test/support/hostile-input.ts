import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';

/**
 * The hostile-input property test's machinery (apps/api/test/hostile-input.spec.ts): the app's own
 * OpenAPI document lists the operations; the DTO shapes come from class-validator's metadata, because
 * without the swagger CLI plugin (jest runs plain ts-jest) every schema in the document is `{properties: {}}`
 * and query DTOs are not listed at all.
 */

type Ctor = abstract new (...args: never[]) => unknown;

export interface Field {
  name: string;
  /** class-validator rule names on the field (isIn, isDefined, thaiDate, baht, …). */
  rules: string[];
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. /api/residents/{id}. */
  path: string;
  id: string;
  pathParams: string[];
  body: { name: string; fields: Field[] } | null;
  query: { name: string; fields: Field[] } | null;
  /** Single named query parameters (`@Query('format')`). */
  queryParams: string[];
  multipart: boolean;
}

export function openApiDocument(app: INestApplication): OpenAPIObject {
  // As create-app.ts builds it for /api/docs-json.
  return SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Elderwork API').setVersion('1').addBearerAuth().build());
}

export function fieldsOf(target: Ctor): Field[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target as unknown as new () => object, '', true, false);
  const byName = new Map<string, string[]>();
  for (const m of metadata) {
    const rules = byName.get(m.propertyName) ?? [];
    rules.push(m.name ?? m.type);
    byName.set(m.propertyName, rules);
  }
  return [...byName].map(([name, rules]) => ({ name, rules }));
}

interface RouteArg {
  index: number;
  data?: unknown;
}

/** Every operation of the document, with the classes its handler validates body and query with. */
export function operations(app: INestApplication, doc: OpenAPIObject): Operation[] {
  const controllers = new Map<string, Ctor>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (wrapper.metatype) controllers.set(wrapper.metatype.name, wrapper.metatype as Ctor);
    }
  }
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const [controllerName, handler] = (op.operationId ?? '').split('_');
      const controller = controllers.get(controllerName ?? '');
      if (!controller || !handler) throw new Error(`no controller for ${op.operationId}`);
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, RouteArg>;
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? []) as Ctor[];
      let body: Operation['body'] = null;
      let query: Operation['query'] = null;
      const queryParams: string[] = [];
      for (const [key, arg] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]);
        const type = types[arg.index];
        const dto = type && ![String, Number, Boolean, Object, Array].includes(type as never) ? type : null;
        if (kind === RouteParamtypes.BODY && dto) body = { name: dto.name, fields: fieldsOf(dto) };
        if (kind === RouteParamtypes.QUERY && typeof arg.data === 'string') queryParams.push(arg.data);
        else if (kind === RouteParamtypes.QUERY && dto) query = { name: dto.name, fields: fieldsOf(dto) };
      }
      const content = (op.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {};
      result.push({
        method,
        path,
        id: `${method.toUpperCase()} ${path}`,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        body,
        query,
        queryParams,
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const LONE_SURROGATES = ['\ud800', '\udfff', 'ก\udbff', '\udc00ก'];
const IMPOSSIBLE_DATES = ['2026-02-30', '2569-13-01', '0000-00-00', '31/02/2569', '99999-01-01', '1899-12-31', '2101-01-01', '-2026-01-01', '2026-1-1T99:99', '2026-06'];

/** One field's hostile value: wrong type, null, huge/negative numbers, bad text, impossible dates, foreign ids. */
export function hostileValue(foreignIds: string[]): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...LONE_SURROGATES),
    fc.string({ maxLength: 10 }).map((s) => `${s}\u0000${s}`),
    fc.constantFrom('ก'.repeat(5000), 'a'.repeat(100_001), '%', '_', '\\', "'; DROP TABLE resident; --", '=1+1', ' ', ''),
  );
  const numbers = fc.oneof(
    fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 53), 2 ** 31, -(2 ** 31) - 1, 2 ** 15, -1, 0, 0.001, 1e12, 99_999_999_999_999, -0.5),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: text, weight: 3 },
    { arbitrary: numbers, weight: 3 },
    { arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES), weight: 2 },
    { arbitrary: fc.constantFrom(...foreignIds), weight: 2 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: fc.constantFrom([], {}, [null], [1, 'a'], { a: { b: null } }, ['2026-01-01'], [{}]), weight: 2 },
    { arbitrary: fc.array(fc.constantFrom(...foreignIds), { minLength: 1, maxLength: 3 }), weight: 1 },
    { arbitrary: fc.integer({ min: 33, max: 200 }).map(deep), weight: 1 },
  );
}

/** An array nested `levels` deep (the API takes at most 32). */
export function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** Hostile query-string values (each arrives as a string, an array or an object). */
export function hostileQueryValue(foreignIds: string[]): fc.Arbitrary<string | string[] | Record<string, string>> {
  return fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...LONE_SURROGATES, 'a\u0000b', '%', '_', '-1', '0', '1e309', '99999999999999999999', '2569.5', 'NaN', 'null', 'true', ' ', ''),
    fc.constantFrom(...IMPOSSIBLE_DATES, '2569-13', '0000-00', '2026-00'),
    fc.constantFrom(...foreignIds),
    fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }),
    fc.constant({ a: 'b' }),
    fc.constant('x'.repeat(3000)),
  );
}

export function hostilePathValue(foreignIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...foreignIds), weight: 4 },
    { arbitrary: fc.uuid(), weight: 2 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        ...LONE_SURROGATES, 'a\u0000b', '..', '%', '-1', '0', '1e309', '9'.repeat(400), 'ก'.repeat(300),
        '2569-13', '0000-00', '25690', '2026-02', 'null', '00000000-0000-0000-0000-000000000000', 'ZZZZZZZZ-0000-4000-8000-000000000000',
      ),
      weight: 3,
    },
  );
}

/**
 * Percent-encodes for a URL; a lone surrogate (which encodeURIComponent refuses) goes as the bytes
 * a careless client would send (CESU-8), so the server sees invalid UTF-8.
 */
export function encode(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

export function queryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) parts.push(`${encode(key)}=${encode(String(v))}`);
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) parts.push(`${encode(key)}[${encode(k)}]=${encode(String(v))}`);
    } else parts.push(`${encode(key)}=${encode(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

export const THAI = /[\u0e00-\u0e7f]/;

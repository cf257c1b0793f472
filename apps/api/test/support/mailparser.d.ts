// mailparser ships no types and @types/mailparser is not installed; the tests need this much.
declare module 'mailparser' {
  import type { Readable } from 'node:stream';
  export interface ParsedMail {
    subject?: string;
    text?: string;
  }
  export function simpleParser(source: Readable | Buffer | string): Promise<ParsedMail>;
}

import { FileInterceptor } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { tmpdir } from 'node:os';

/** Large enough for a province's registry (a million rows is about 100 MB of CSV). */
export const MAX_STREAMED_IMPORT_BYTES = 512 * 1024 * 1024;

/** The upload goes to a temporary file, never into memory; the import reads it as a stream and deletes it. */
export const StreamedUpload = (maxBytes = MAX_STREAMED_IMPORT_BYTES) =>
  FileInterceptor('file', { storage: diskStorage({ destination: tmpdir() }), limits: { fileSize: maxBytes, files: 1 } });

/** RFC 7240: `Prefer: respond-async` asks for 202 and a job to poll instead of waiting for the end. */
export const respondAsync = (prefer: string | undefined): boolean => /(^|[,\s])respond-async\b/i.test(prefer ?? '');

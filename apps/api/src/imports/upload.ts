import { applyDecorators, Injectable, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { diskStorage } from 'multer';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catchError, concatMap, type Observable } from 'rxjs';
import type { StoredFile } from './import-stream';

/** Large enough for a province's registry (a million rows is about 100 MB of CSV). */
export const MAX_STREAMED_IMPORT_BYTES = 512 * 1024 * 1024;

/**
 * Where this process's uploads go: <root>/<pid>/ (decision 0017). The root is set once at start
 * from the configuration (IMPORT_UPLOAD_DIR, default $TMPDIR/elderwork-uploads).
 */
let uploadRoot = join(tmpdir(), 'elderwork-uploads');

export function configureUploadRoot(root: string): void {
  uploadRoot = root;
}

export const uploadDirectory = (): string => join(uploadRoot, String(process.pid));

/** A pid that no process has (any more): its directory is an orphan's. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This process's own directory was emptied already (a second app in one process, as in tests, keeps the first's uploads). */
const sweptOwn = new Set<string>();

/**
 * At start: directories of dead processes are removed with what they hold, and this process's own
 * (a previous process may have had the same pid, as in a container) is emptied, once.
 */
export async function sweepUploadDirectories(): Promise<string[]> {
  await mkdir(uploadRoot, { recursive: true });
  const removed: string[] = [];
  for (const name of await readdir(uploadRoot)) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid ? sweptOwn.has(uploadRoot) : alive(pid)) continue;
    await rm(join(uploadRoot, name), { recursive: true, force: true });
    removed.push(name);
  }
  sweptOwn.add(uploadRoot);
  await mkdir(uploadDirectory(), { recursive: true });
  return removed;
}

export { alive as processAlive };

/** Files a job has taken over: the job removes them when it ends, not the request. */
const claimed = new WeakSet<object>();

export function claimUpload(file: StoredFile | undefined): void {
  if (file) claimed.add(file);
}

/** Whatever the answer — success, refusal, error — the request's upload is removed before it is sent, unless a job took it over. */
@Injectable()
export class UploadCleanup implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { file?: StoredFile }>();
    const cleanup = async (): Promise<void> => {
      if (req.file?.path && !claimed.has(req.file)) await rm(req.file.path, { force: true });
    };
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        await cleanup();
        return value;
      }),
      catchError(async (error: unknown) => {
        await cleanup();
        throw error;
      }),
    );
  }
}

/** The upload goes to a temporary file of this process, never into memory; the import reads it as a stream and deletes it. */
export const StreamedUpload = (maxBytes = MAX_STREAMED_IMPORT_BYTES): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseInterceptors(
      UploadCleanup,
      FileInterceptor('file', {
        storage: diskStorage({
          destination: (_req, _file, done) => {
            const dir = uploadDirectory();
            mkdir(dir, { recursive: true }).then(() => done(null, dir), (error: Error) => done(error, dir));
          },
        }),
        limits: { fileSize: maxBytes, files: 1 },
      }),
    ),
  );

/** RFC 7240: `Prefer: respond-async` asks for 202 and a job to poll instead of waiting for the end. */
export const respondAsync = (prefer: string | undefined): boolean => /(^|[,\s])respond-async\b/i.test(prefer ?? '');

import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from './io.js';

/**
 * Writes a file atomically: a temporary file beside it, renamed into place; nothing partial is left
 * behind. `makeDirectory` creates the file's directory first when it is missing (its parent must exist).
 */
export async function writeFileAtomic(file: string, content: string, options: { makeDirectory?: boolean } = {}): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // One level only: Node's recursive mkdir can spin forever under /proc.
    if (options.makeDirectory) await mkdir(dirname(file)).catch((e: NodeJS.ErrnoException) => (e.code === 'EEXIST' ? undefined : Promise.reject(e)));
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw new UserError(`${file}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Characters gathered before a write: big enough to keep system calls rare, small enough to keep memory flat. */
const CHUNK_CHARS = 1 << 20;

/** A file written front to back in chunks, synchronously: memory holds one chunk, never the file. */
export class FileSink {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Appends text. */
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Writes what is gathered. */
  flush(): void {
    if (this.size === 0) return;
    const bytes = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off, bytes.length - off);
  }

  /** Writes the rest and closes the file (again: nothing). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }
}

/** Reads a file a chunk at a time, handing on its text pieces in order (multi-byte characters kept whole). */
export function readChunks(path: string, onText: (text: string) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      onText(decoder.write(buffer.subarray(0, n)));
    }
    const rest = decoder.end();
    if (rest) onText(rest);
  } finally {
    closeSync(fd);
  }
}

/** Reads a file line by line (lines end with \n, which is not passed on). */
export function readLines(path: string, onLine: (line: string) => void): void {
  let carry = '';
  readChunks(path, (text) => {
    const lines = (carry + text).split('\n');
    carry = lines.pop()!;
    for (const line of lines) onLine(line);
  });
  if (carry !== '') onLine(carry);
}

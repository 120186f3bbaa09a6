import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Bytes gathered before a write: big enough to keep system calls rare, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;

/**
 * A file written front to back, synchronously, through one buffer: each piece of text is encoded
 * straight into it (no joining of pieces first: that copied every character once more) and the
 * buffer is written out when full. Memory holds one buffer, never the file.
 */
export class FileSink {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Appends text. */
  write(text: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8.
    if (text.length * 3 > CHUNK_BYTES - this.used) {
      this.flush();
      if (text.length * 3 > CHUNK_BYTES) {
        this.writeAll(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Writes what is gathered. */
  flush(): void {
    if (this.used === 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Writes the rest and closes the file (again: nothing). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }

  private writeAll(bytes: Buffer): void {
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off, bytes.length - off);
  }
}

/** Reads a file a chunk at a time, handing on its text pieces in order (multi-byte characters kept whole). */
export function readChunks(path: string, onText: (text: string) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
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
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      onLine(start === 0 && carry !== '' ? carry + text.slice(0, nl) : text.slice(start, nl));
      if (start === 0) carry = '';
      start = nl + 1;
    }
    carry += text.slice(start);
  });
  if (carry !== '') onLine(carry);
}

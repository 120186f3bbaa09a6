import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Records per chunk: a chunk is written (and read back) in one system call. */
const CHUNK_RECORDS = 16_384;

/**
 * A scratch file of fixed-size records, each a time (a float64) and `INTS` int32 fields: written
 * front to back during a run and read back in the same order, with no text to format or parse.
 */
export class RecordSpill {
  static readonly INTS = 8;
  private static readonly BYTES = 8 + 4 * RecordSpill.INTS;
  private readonly fd: number;
  private readonly bytes = new Uint8Array(new ArrayBuffer(CHUNK_RECORDS * RecordSpill.BYTES));
  private readonly times = new Float64Array(this.bytes.buffer);
  private readonly ints = new Int32Array(this.bytes.buffer);
  private count = 0;
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Appends a record: a time and up to INTS integers (the rest 0). */
  add(time: number, a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): void {
    const i = this.count * 10;
    this.times[this.count * 5] = time;
    const ints = this.ints;
    ints[i + 2] = a;
    ints[i + 3] = b;
    ints[i + 4] = c;
    ints[i + 5] = d;
    ints[i + 6] = e;
    ints[i + 7] = f;
    ints[i + 8] = g;
    ints[i + 9] = h;
    if (++this.count === CHUNK_RECORDS) this.flush();
  }

  /** Writes the rest and closes the file (again: nothing). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }

  private flush(): void {
    const length = this.count * RecordSpill.BYTES;
    for (let off = 0; off < length; ) off += writeSync(this.fd, this.bytes, off, length - off);
    this.count = 0;
  }

  /** Reads a spill file's records in order: `each(time, ints, at)` with the record's integers at ints[at + 0 … INTS - 1]. */
  static read(path: string, each: (time: number, ints: Int32Array, at: number) => void): void {
    const bytes = new Uint8Array(new ArrayBuffer(CHUNK_RECORDS * RecordSpill.BYTES));
    const times = new Float64Array(bytes.buffer);
    const ints = new Int32Array(bytes.buffer);
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        let got = 0;
        // Fill whole records (a read may stop short).
        for (let n = -1; n !== 0 && got < bytes.length; got += n) n = readSync(fd, bytes, got, bytes.length - got, null);
        const records = Math.floor(got / RecordSpill.BYTES);
        for (let r = 0; r < records; r++) each(times[r * 5], ints, r * 10 + 2);
        if (got < bytes.length) break;
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** Reads a text file one line at a time, on demand (lines end with \n, which is not returned). */
export class LineReader {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private lines: string[] = [];
  private next = 0;
  private carry = '';
  private done = false;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  /** The next line, or null at the end. */
  line(): string | null {
    while (this.next >= this.lines.length) {
      if (this.done) return null;
      const n = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
      const text = this.carry + this.decoder.decode(this.buffer.subarray(0, n), { stream: n > 0 });
      this.lines = text.split('\n');
      this.carry = this.lines.pop()!;
      this.next = 0;
      if (n === 0) {
        this.done = true;
        closeSync(this.fd);
        if (this.carry !== '') this.lines.push(this.carry);
        this.carry = '';
      }
    }
    return this.lines[this.next++];
  }
}

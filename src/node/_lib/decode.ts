/**
 * Bytes to text: UTF-8, or UTF-16 when a byte-order mark says so. The encoding is chosen from
 * the first bytes, and the text is decoded strictly: bytes that are not text in that encoding
 * stop the reading with one clear error (a likely cause and how to convert the file), instead of
 * replacement characters that would make every row with an accent a rejected row, or merge
 * "José" and "Josè" into one agent.
 *
 * - `EF BB BF` (UTF-8 mark), or no mark: UTF-8; the mark is dropped.
 * - `FF FE` / `FE FF`: UTF-16 little / big endian; the mark is dropped.
 * - `FF FE 00 00` / `00 00 FE FF`: UTF-32, which is not read.
 * - No mark, but every other byte 0 in the first bytes (ASCII text in UTF-16): UTF-16 without a
 *   mark, which is not read (it cannot be told from the bytes alone): convert it or add the mark.
 *
 * @module
 */

/** The encodings read. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** How many bytes the encoding is chosen from (fewer when the source is shorter). */
export const SNIFF_BYTES = 512;

/** How to convert a file to UTF-8, said in every encoding error. */
const CONVERT = 'convert it to UTF-8 (for example iconv -f <encoding> -t UTF-8 in.csv > out.csv; in Excel, "Save As" "CSV UTF-8") and read it again';

/**
 * Text that cannot be read: the reason, and the line breaks before the bad bytes in the text of
 * the `decode` or `end` call that found them (`undefined`: the file as a whole is not read).
 */
export class NotText extends Error {
  constructor(
    reason: string,
    readonly breaksBefore?: number,
  ) {
    super(reason);
  }
}

/** The encoding a byte-order mark at the start of `bytes` names, with the mark's length; `undefined` without one. */
export function byteOrderMark(bytes: Uint8Array): { encoding: Encoding | "utf-32"; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return { encoding: "utf-32", length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  return undefined;
}

/**
 * `"utf-16le"` or `"utf-16be"` when `bytes` (the start of a source without a mark) look like
 * UTF-16: at least two 2-byte units, and in three quarters of them one byte 0 and the other not,
 * always on the same side. ASCII text in UTF-16 is that; UTF-8 text has no 0 bytes.
 */
export function looksLikeUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  let [le, be] = [0, 0];
  for (let i = 0; i < units; i++) {
    const [lo, hi] = [bytes[2 * i], bytes[2 * i + 1]];
    if (hi === 0 && lo !== 0) le++;
    else if (lo === 0 && hi !== 0) be++;
  }
  if (units < 2) return undefined;
  return le * 4 >= units * 3 ? "utf-16le" : be * 4 >= units * 3 ? "utf-16be" : undefined;
}

/** The name of an encoding in messages. */
const NAMES: Readonly<Record<Encoding, string>> = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE" };

/**
 * Decodes a source's bytes chunk by chunk: the encoding from the first {@link SNIFF_BYTES} bytes,
 * then strict decoding (a character split between chunks is kept for the next one).
 * Throws {@link NotText} for an encoding it does not read and for bytes that are not text.
 */
export class Decoder {
  /** The encoding, once the first bytes have told it. */
  encoding: Encoding | undefined;
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private head: Uint8Array[] = [];
  private headSize = 0;
  /** Bytes decoded so far (to align a UTF-16 chunk when an error is located). */
  private offset = 0;

  /** The text of a chunk of bytes ("" while the first bytes are gathered). */
  decode(bytes: Uint8Array): string {
    if (this.decoder !== undefined) return this.run(bytes, true);
    this.head.push(bytes);
    this.headSize += bytes.length;
    return this.headSize < SNIFF_BYTES ? "" : this.start();
  }

  /** The rest of the text, at the end of the source. */
  end(): string {
    const text = this.decoder === undefined ? this.start() : "";
    return text + this.run(new Uint8Array(0), false, text);
  }

  private start(): string {
    const bytes = this.head.length === 1 ? (this.head[0] as Uint8Array) : concat(this.head, this.headSize);
    this.head = [];
    const mark = byteOrderMark(bytes);
    if (mark?.encoding === "utf-32") throw new NotText(`the file is UTF-32 text (its byte-order mark says so), which is not read: ${CONVERT.replace("<encoding>", "UTF-32")}`);
    const guess = mark === undefined ? looksLikeUtf16(bytes) : undefined;
    if (guess !== undefined) {
      throw new NotText(
        `the file looks like UTF-16 text without a byte-order mark (every other byte of its start is 0), which is not read: ${CONVERT.replace("<encoding>", NAMES[guess])}, or save it with a byte-order mark`,
      );
    }
    const encoding = mark?.encoding ?? "utf-8";
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: true }); // drops the mark of its own encoding
    return this.run(bytes, true);
  }

  /** Decodes `bytes`; `before` is the text this call to `decode` or `end` has already given (for the line of an error). */
  private run(bytes: Uint8Array, stream: boolean, before = ""): string {
    const decoder = this.decoder as InstanceType<typeof TextDecoder>;
    try {
      const text = decoder.decode(bytes, { stream });
      this.offset += bytes.length;
      return text;
    } catch (error) {
      const encoding = this.encoding as Encoding;
      const name = NAMES[encoding];
      const hint = encoding === "utf-8" ? " (is the file in another encoding, such as Windows-1252 or Latin-1?)" : "";
      const reason = `the file is not valid ${name} text: this line has bytes that are not ${name}${hint}; ${CONVERT.replace("<encoding>", encoding === "utf-8" ? "WINDOWS-1252" : name)}`;
      throw Object.assign(new NotText(reason, newlines(before, before.length) + this.breaksBefore(bytes)), { cause: error });
    }
  }

  /**
   * Line breaks in `bytes` before the first bytes that are not text: 0 when the bad bytes are at
   * the start (a character begun in the last chunk and not finished) or at the end of the source.
   */
  private breaksBefore(bytes: Uint8Array): number {
    let skip = 0;
    if (this.encoding === "utf-8") {
      while (skip < 3 && ((bytes[skip] ?? 0) & 0xc0) === 0x80) skip++; // the rest of a character begun in the last chunk
    } else skip = this.offset % 2;
    const text = new TextDecoder(this.encoding).decode(bytes.subarray(skip));
    return newlines(text, text.indexOf("\uFFFD"));
  }
}

/** The `\n`s of `text` before `end`. */
function newlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

import { describe, expect, it } from "vitest";
import { byteOrderMark, Decoder, looksLikeUtf16, NotText, SNIFF_BYTES } from "./decode.js";

const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, "utf16le"));
const utf16be = (text: string): Uint8Array => utf16le(text).map((_, i, b) => b[i ^ 1] as number);
const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p)] : [...p])));

/** The text of `source` fed to a decoder `size` bytes at a time. */
function decode(source: Uint8Array, size = source.length || 1): string {
  const decoder = new Decoder();
  let text = "";
  for (let i = 0; i < source.length; i += size) text += decoder.decode(source.subarray(i, i + size));
  return text + decoder.end();
}

/** The NotText a source gives, fed `size` bytes at a time. */
function notText(source: Uint8Array, size?: number): NotText {
  try {
    decode(source, size);
  } catch (error) {
    expect(error).toBeInstanceOf(NotText);
    return error as NotText;
  }
  return expect.unreachable("no error");
}

describe("byteOrderMark and looksLikeUtf16", () => {
  it("names the encoding of a mark, and its length", () => {
    expect(byteOrderMark(bytes([0xef, 0xbb, 0xbf], "a"))).toEqual({ encoding: "utf-8", length: 3 });
    expect(byteOrderMark(bytes([0xff, 0xfe, 0x61, 0]))).toEqual({ encoding: "utf-16le", length: 2 });
    expect(byteOrderMark(bytes([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: "utf-16be", length: 2 });
    expect(byteOrderMark(bytes([0xff, 0xfe, 0, 0]))).toEqual({ encoding: "utf-32", length: 4 });
    expect(byteOrderMark(bytes([0, 0, 0xfe, 0xff]))).toEqual({ encoding: "utf-32", length: 4 });
    expect([byteOrderMark(bytes("id,a")), byteOrderMark(bytes([0xef, 0xbb])), byteOrderMark(new Uint8Array(0))]).toEqual([undefined, undefined, undefined]);
  });

  it("UTF-16 without a mark: every other byte 0, on one side, in three quarters of the units", () => {
    expect(looksLikeUtf16(utf16le("id,createdAt\n"))).toBe("utf-16le");
    expect(looksLikeUtf16(utf16be("id,createdAt\n"))).toBe("utf-16be");
    expect(looksLikeUtf16(utf16le("Zoë Müller, 😀 …"))).toBe("utf-16le"); // a few units with no 0 byte
    expect(looksLikeUtf16(bytes("id,createdAt\n", "Zoë"))).toBeUndefined();
    expect(looksLikeUtf16(bytes([0, 0, 0, 0, 0x61, 0]))).toBeUndefined(); // zeros on both sides are not text
    expect(looksLikeUtf16(utf16le("a"))).toBeUndefined(); // one unit says nothing
    expect(looksLikeUtf16(utf16le("チケット番号"))).toBeUndefined(); // no 0 bytes: found as bytes that are not UTF-8 instead
  });
});

describe("Decoder", () => {
  const text = "id,agent\r\nT-1,Zoë Müller 😀\n";

  it("UTF-8 with or without its mark, UTF-16 LE and BE with theirs: the same text, however the bytes are cut", () => {
    for (const source of [bytes(text), bytes([0xef, 0xbb, 0xbf], text), bytes([0xff, 0xfe], utf16le(text)), bytes([0xfe, 0xff], utf16be(text))]) {
      for (const size of [1, 3, 7, 600]) expect(decode(source, size)).toBe(text);
    }
    const decoder = new Decoder();
    decoder.decode(bytes([0xfe, 0xff], utf16be("x".repeat(SNIFF_BYTES))));
    expect(decoder.encoding).toBe("utf-16be");
    expect(decode(new Uint8Array(0))).toBe("");
  });

  it("waits for the first SNIFF_BYTES bytes before it decides, then decodes as they come", () => {
    const decoder = new Decoder();
    expect([decoder.decode(bytes("a".repeat(SNIFF_BYTES - 1))), decoder.encoding]).toEqual(["", undefined]);
    expect(decoder.decode(bytes("bc"))).toBe(`${"a".repeat(SNIFF_BYTES - 1)}bc`);
    expect([decoder.decode(bytes("d")), decoder.end(), decoder.encoding]).toEqual(["d", "", "utf-8"]);
  });

  it("UTF-16 without a mark, and UTF-32: one error about the file, with no line", () => {
    const bare = notText(utf16le("id,createdAt\nT-1,2024-01-01\n"));
    expect(bare.message).toMatch(/^the file looks like UTF-16 text without a byte-order mark \(every other byte of its start is 0\), which is not read: convert it to UTF-8 \(for example iconv -f UTF-16LE -t UTF-8 /);
    expect(bare.breaksBefore).toBeUndefined();
    expect(notText(utf16be("id,createdAt\n"), 5).message).toContain("iconv -f UTF-16BE");
    expect(notText(bytes([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).message).toMatch(/^the file is UTF-32 text \(its byte-order mark says so\), which is not read: convert it to UTF-8 \(for example iconv -f UTF-32 /);
  });

  it("bytes that are not UTF-8 (Latin-1): one error, with the line breaks before them in their chunk", () => {
    const latin1 = Uint8Array.from(Buffer.from("id,status\nT-1,Résolu\nT-2,Gelöst\n", "latin1"));
    const error = notText(latin1);
    expect(error.message).toBe(
      'the file is not valid UTF-8 text: this line has bytes that are not UTF-8 (is the file in another encoding, such as Windows-1252 or Latin-1?); convert it to UTF-8 (for example iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv; in Excel, "Save As" "CSV UTF-8") and read it again',
    );
    expect(error.breaksBefore).toBe(1);
    expect(error.cause).toBeInstanceOf(TypeError);
    // after the first SNIFF_BYTES bytes, in a later chunk: counted in that chunk
    const later = bytes("a\n".repeat(SNIFF_BYTES), "b\nc", [0xe9], "\n");
    expect(notText(later, 2 * SNIFF_BYTES).breaksBefore).toBe(1);
  });

  it("a character cut by the end of a chunk is not an error; one never finished is, at the start of its chunk or at the end", () => {
    const e = bytes("x".repeat(SNIFF_BYTES), "é\nb");
    expect(decode(e, SNIFF_BYTES + 1)).toBe(`${"x".repeat(SNIFF_BYTES)}é\nb`);
    // é's second byte replaced by a plain one, in the next chunk after its first
    const broken = bytes("x".repeat(SNIFF_BYTES), [0xc3], "a\nb\n");
    expect(notText(broken, SNIFF_BYTES + 1).breaksBefore).toBe(0);
    // the next chunk starting with the rest of a character: not taken for bad bytes
    expect(notText(bytes("x".repeat(SNIFF_BYTES), "é\nb\n", [0xff]), SNIFF_BYTES + 1).breaksBefore).toBe(2);
    expect(notText(bytes("ok\n", [0xc3])).breaksBefore).toBe(1); // all decoded at the end: the line after "ok"
    expect(notText(bytes([0xff, 0xfe], utf16le("ok\n"), [0x61])).message).toMatch(/^the file is not valid UTF-16LE text: this line has bytes that are not UTF-16LE; convert it to UTF-8 \(for example iconv -f UTF-16LE /);
  });

  it("a lone surrogate in UTF-16 is not text either; its line is found in a chunk that starts inside a unit", () => {
    // the second chunk starts at byte 1031, inside the unit of "b"
    const lone = bytes([0xff, 0xfe], utf16le("x".repeat(SNIFF_BYTES)), utf16le("a\nb\n"), [0x00, 0xd8], utf16le("c\n"));
    const error = notText(lone, 1031);
    expect([error.message.startsWith("the file is not valid UTF-16LE text"), error.breaksBefore]).toEqual([true, 1]);
  });
});

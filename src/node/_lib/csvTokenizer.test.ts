import { describe, expect, it } from "vitest";
import { CsvTokenizer, leadingBreaks, QuoteNotClosed, tokenizes } from "./csvTokenizer.js";

/** Records and lines of `text` fed in chunks of `size` characters. */
function read(text: string, size = text.length || 1, delimiter = ","): { rows: string[][]; lines: number[]; line: number } {
  const tokens = new CsvTokenizer(delimiter);
  for (let i = 0; i < text.length; i += size) tokens.push(text.slice(i, i + size));
  tokens.end();
  return { rows: tokens.rows, lines: tokens.lines, line: tokens.line };
}

describe("CsvTokenizer (each case checked against csv-parse 7 with the reader's options)", () => {
  it("plain records, quoted ones, doubled quotes, breaks inside quotes; lines counted", () => {
    const text = 'a,b\n1,"x, y"\n2,"two\nlines ""q"""\n3,\n';
    for (const size of [1, 2, 3, 64]) {
      expect(read(text, size)).toEqual({ rows: [["a", "b"], ["1", "x, y"], ["2", 'two\nlines "q"'], ["3", ""]], lines: [1, 2, 3, 5], line: 6 });
    }
  });

  it("the first line break decides the record delimiter: CRLF, LF or CR", () => {
    expect(read("a,b\r\n1,2\r\n").rows).toEqual([["a", "b"], ["1", "2"]]);
    expect(read("a,b\r1,2\r", 1)).toEqual({ rows: [["a", "b"], ["1", "2"]], lines: [1, 2], line: 3 });
    // After CRLF, a lone \n or \r is an ordinary character (and still counts as a line for the line numbers).
    expect(read("a\r\nb\nc\r\nd\re\r\n")).toEqual({ rows: [["a"], ["b\nc"], ["d\re"]], lines: [1, 2, 4], line: 6 });
    // After LF, a \r before the \n belongs to the last field.
    expect(read("a\nb\r\nc\n").rows).toEqual([["a"], ["b\r"], ["c"]]);
  });

  it("empty lines are skipped but counted; a record after them has its own line", () => {
    expect(read("a\n\n\nb\n\nc")).toEqual({ rows: [["a"], ["b"], ["c"]], lines: [1, 4, 6], line: 6 });
    expect(read("\r\n\r\na,b\r\n\r\n1,2", 3)).toEqual({ rows: [["a", "b"], ["1", "2"]], lines: [3, 5], line: 5 });
    expect(read("")).toEqual({ rows: [], lines: [], line: 1 });
    expect(read("\n\n")).toEqual({ rows: [], lines: [], line: 1 });
  });

  it("relaxed quotes: a quote inside a field is kept; a closing quote followed by text keeps both quotes", () => {
    expect(read('a,b"c,"d"e,f\n').rows).toEqual([["a", 'b"c', '"d"e', "f"]]);
    expect(read('"a""b"x"y,z').rows).toEqual([['"a"b"x"y', "z"]]);
    // A quote then NUL closes the quote (csv-parse reads a NUL as "no next character"); the NUL stays.
    expect(read('"a"\0b,c').rows).toEqual([["a\0b", "c"]]);
    // "" alone is an empty field, not an empty line.
    expect(read('a\n""\nb').rows).toEqual([["a"], [""], ["b"]]);
    // A quote closed by a break that is not the record delimiter stays open-ended text.
    expect(read('a\r\n"b"\nc\r\n').rows).toEqual([["a"], ['"b"\nc']]);
    expect(read('a\r"b"\nc\r"d"\re')).toEqual({ rows: [["a"], ['"b"\nc'], ["d"], ["e"]], lines: [1, 2, 4, 5], line: 5 });
  });

  it("a quoted field longer than many chunks", () => {
    const long = "x".repeat(10_000);
    const { rows, lines } = read(`h\n"${long}\n${long}"\nnext\n`, 997);
    expect(rows.map((r) => r[0]?.length)).toEqual([1, 20_001, 4]);
    expect(lines).toEqual([1, 2, 4]);
  });

  it("a quote still open at the end: QuoteNotClosed with the line after the last record", () => {
    const tokens = new CsvTokenizer(",");
    tokens.push('a\n1\n"open\n');
    expect(() => tokens.end()).toThrow(QuoteNotClosed);
    expect([tokens.rows, tokens.line]).toEqual([[["a"], ["1"]], 3]);
    let code: unknown;
    try {
      read('"');
    } catch (error) {
      code = (error as QuoteNotClosed).code;
    }
    expect(code).toBe("CSV_QUOTE_NOT_CLOSED");
  });

  it("other delimiters: semicolon, tab, pipe, a space", () => {
    expect(read("a;b\n1;2,5\n", 2, ";").rows).toEqual([["a", "b"], ["1", "2,5"]]);
    expect(read("a\tb\n1\t2\n", 2, "\t").rows).toEqual([["a", "b"], ["1", "2"]]);
    expect(read('a|"b|c"\n', 1, "|").rows).toEqual([["a", "b|c"]]);
    expect(read("a b\n", 1, " ").rows).toEqual([["a", "b"]]);
  });
});

describe("tokenizes and leadingBreaks", () => {
  it("the tokenizer takes one character that is not a quote, a line break, NUL or half a surrogate pair", () => {
    expect([",", ";", "\t", "|", "§"].map(tokenizes)).toEqual([true, true, true, true, true]);
    expect(["||", '"', "\n", "\r", "\0", "😀", "\ud83d"].map(tokenizes)).toEqual([false, false, false, false, false, false, false]);
  });

  it("leadingBreaks counts the empty lines before a record, a CRLF once", () => {
    expect([leadingBreaks("a\n"), leadingBreaks("\n\na"), leadingBreaks("\r\n\ra"), leadingBreaks("")]).toEqual([0, 2, 2, 0]);
  });
});

/**
 * An incremental splitter for a top-level JSON array: fed text chunks, it returns the text of
 * each complete element with the line it starts on, holding only the element being read. It
 * tracks strings, escapes and nesting, not full JSON syntax: each element's text is then given
 * to `JSON.parse`, so a bad element is a rejected row, while a broken array (no `[`, an open
 * array at the end, text after `]`, an empty element) is an error with its line.
 *
 * @module
 */

/** One element's text, the 1-based line it starts on, and how deep it nests arrays and objects (0 for a scalar). */
export interface ElementText {
  readonly text: string;
  readonly line: number;
  readonly depth: number;
}

/** Where the splitter is: before `[`, after `[`, after a comma, inside an element, after `]`. */
const State = { Before: 0, ElementOrEnd: 1, Element: 2, InElement: 3, After: 4 } as const;
type State = (typeof State)[keyof typeof State];

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;

/** Splits a JSON array into element texts across chunk boundaries. */
export class JsonArraySplitter {
  private state: State = State.Before;
  private line = 1;
  private depth = 0;
  /** The deepest nesting of the current element so far. */
  private deepest = 0;
  private inString = false;
  private escape = false;
  private parts: string[] = [];
  private startLine = 1;

  /** Feeds a chunk; returns the elements completed in it. Throws `SyntaxError` (with `line`) on a broken array. */
  push(chunk: string): ElementText[] {
    const out: ElementText[] = [];
    let start = -1; // where the current element's text starts in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.state === State.InElement) {
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (c === 92) this.escape = true;
          else if (c === 34) this.inString = false;
        } else if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) {
          if (++this.depth > this.deepest) this.deepest = this.depth;
        }
        else if ((c === 125 || c === 93) && this.depth > 0) this.depth--;
        else if (this.depth === 0 && (c === 44 || c === 93)) {
          this.parts.push(chunk.slice(Math.max(start, 0), i));
          out.push({ text: this.parts.join(""), line: this.startLine, depth: this.deepest });
          this.parts = [];
          start = -1;
          this.state = c === 44 ? State.Element : State.After;
        } else if (c === 125) this.fail("unexpected }");
      } else if (isSpace(c)) {
        // between tokens
      } else if (this.state === State.Before) {
        if (c !== 91) this.fail("expected a JSON array: the file must start with [");
        this.state = State.ElementOrEnd;
      } else if (this.state === State.After) {
        this.fail("unexpected text after the end of the array");
      } else if (c === 93 && this.state === State.ElementOrEnd) {
        this.state = State.After;
      } else if (c === 44 || c === 93) {
        this.fail("an empty element (two commas, or a comma before ])");
      } else {
        this.state = State.InElement;
        this.startLine = this.line;
        this.deepest = 0;
        start = i;
        i--; // read this character as part of the element
        continue;
      }
      if (c === 10) this.line++;
    }
    if (this.state === State.InElement) this.parts.push(chunk.slice(Math.max(start, 0)));
    return out;
  }

  /** Checks that the array was closed; an empty source is an empty array. */
  end(): void {
    if (this.state === State.Before || this.state === State.After) return;
    this.fail(this.state === State.InElement ? `the array is not closed: the element starting at line ${this.startLine} never ends` : "the array is not closed");
  }

  private fail(reason: string): never {
    throw Object.assign(new SyntaxError(reason), { line: this.line });
  }
}

/**
 * The nesting limit of JSON rows. A row is an object of columns; a helpdesk export nests a few
 * levels (a ticket's events, their tags). A row nested thousands of levels deep is no export
 * anyone meant: `JSON.parse` reads it, but every recursive step after it (validation,
 * `JSON.stringify` of a rejected row, a worker's message) can overflow the stack. Such a row is
 * rejected, with its line, before it is parsed.
 *
 * @module
 */

/** The deepest nesting of arrays and objects a JSON or NDJSON row may have: the row's own `{` is level 1. */
export const MAX_JSON_DEPTH = 256;

/** Why a row nested deeper than {@link MAX_JSON_DEPTH} is rejected: the expectation and the reason after "line N is". */
export const TOO_DEEP = {
  expected: `JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
  reason: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`,
} as const;

/** Opening brackets `[` and `{` in `text`, counted up to `limit + 1`. */
function openings(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf("{"); i >= 0 && n <= limit; i = text.indexOf("{", i + 1)) n++;
  for (let i = text.indexOf("["); i >= 0 && n <= limit; i = text.indexOf("[", i + 1)) n++;
  return n;
}

/**
 * Whether the JSON text nests arrays and objects more than `limit` levels deep (brackets inside
 * strings do not count). Text that is not JSON is measured as far as it goes; `JSON.parse` says
 * what is wrong with it. Cost: O(length); a text with no more than `limit` brackets is not scanned
 * character by character.
 */
export function deeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  if (openings(text, limit) <= limit) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote, escapes included
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

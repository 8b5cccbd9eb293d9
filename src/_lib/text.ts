/**
 * Strings cut from larger texts (CSV chunks), kept without the text they came from.
 *
 * @module
 */

/**
 * A copy of a string cut from a larger text, sharing nothing with it. V8 keeps a slice of 13 or
 * more characters as a view of the text it was cut from, so a record that kept such a slice of a
 * CSV chunk would keep the whole chunk in memory; concatenation and slicing make a new string.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * The survey scales an export's scores are on, told from a score column's name and cells, as the
 * reader flags that read them: `--csat-scale binary` for Zendesk's Good/Bad ratings,
 * `--csat-scale 1-10` for CSAT scored up to 10, `--ces-scale 1-5` for a 1–5 effort question.
 * Conservative: the default scales (CSAT 1–5, CES 1–7) need no flag and get none, and a numeric
 * scale is proposed only on clear signs, always as a point to check.
 *
 * @module
 */
import { binaryWord } from "../../schemas/fieldInfo.js";
import { ratingWord } from "./vocabulary.js";

/** A reader flag the proposal needs: `--csat-scale binary`, and why. */
export interface ReaderFlag {
  readonly flag: "--csat-scale" | "--ces-scale";
  readonly value: string;
  readonly why: string;
}

/**
 * What a score column scores: a CSAT (the ticket's `csat`, or the `score` of a csat survey
 * file), a CES, or the `score` of a survey file whose types are in a column or not known
 * (`"survey"`: good/bad words are read on the binary scale, which applies to csat responses; no
 * numeric scale is guessed).
 */
export type ScoreKind = "csat" | "ces" | "survey";

/** The score the reader gives `word` on `--csat-scale binary` (1, 0, `null` for no answer), or `undefined` for a word it does not read. */
export const readerScore = (word: string): 1 | 0 | null | undefined => binaryWord(word);

/** Whether the reader reads `word` itself on `--csat-scale binary` (Good, Bad, true, false, yes, no, Offered, Unoffered: any case). */
export const readerReads = (word: string): boolean => readerScore(word) !== undefined;

/** Whether `word` is a good/bad rating (`Good`, `Bad`, `Satisfied`, `Dissatisfied` …). */
export const isRating = (word: string): boolean => ratingWord(word) !== undefined;

/** Whether `word` says the survey was offered (sent) or not: Zendesk's `Offered` / `Unoffered`. */
function offerWord(word: string): boolean | undefined {
  const key = word.trim().toLowerCase();
  return key === "offered" ? true : key === "unoffered" || key === "not offered" ? false : undefined;
}

/** Whether the words hold Offered or Unoffered. */
export const hasOfferWords = (words: readonly string[]): boolean => words.some((w) => offerWord(w) !== undefined);

/** Whether `cell` is an answer on the binary scale: a rating word, true/false, yes/no, 1/0. */
const isAnswer = (cell: string): boolean => isRating(cell) || typeof readerScore(cell) === "number" || /^[01]$/.test(cell.trim());

/**
 * The `surveySent` translation of the cells of a good/bad rating column: an answer or `Offered`
 * is a survey sent, `Unoffered` none; other words no value.
 */
export function surveySentValues(words: readonly string[]): Record<string, boolean | null> {
  return Object.fromEntries(words.map((w) => [w, offerWord(w) ?? (isAnswer(w) ? true : null)]));
}

const RANGE = (from: number, to: number): RegExp => new RegExp(`(?:^|[^\\d.])${from}\\s*(?:-|–|—|to|bis)\\s*${to}(?!\\d)`, "i");
const ONE_TO_TEN = RANGE(1, 10);
const OUT_OF_TEN = /(?:\bout of|\/)\s*10(?!\d)/i;
const ONE_TO_FIVE = RANGE(1, 5);
const ONE_TO_SEVEN = RANGE(1, 7);
const EFFORT = /effort|aufwand/i;
/** How many scores an effort column named without its scale needs, all at most 5, for the 1–5 scale to be proposed. */
const EFFORT_SAMPLE = 5;

/** What the numbers of a score column say of its scale: a flag to pass, and the points to check. */
export interface NumericScale {
  readonly flag?: ReaderFlag | undefined;
  readonly unsure: readonly string[];
}

/**
 * The scale of the numeric scores of a `kind` column named `column`.
 *
 * @remarks
 * CSAT: `--csat-scale 1-10` when the name says so (`1-10`, `1–10`, `out of 10`, `/10`) and no
 * score is above 10, or when at least two different whole scores from 6 to 10 appear and none
 * above 10; a single score above 5 is more likely a bad row of a 1–5 scale: said, not flagged.
 * CES: `--ces-scale 1-5` when the name says `1-5` (or `1–5`), or says effort (and not `1-7`)
 * with at least five scores, and no score is above 5. Each proposal is listed as unsure.
 */
export function numericScale(kind: ScoreKind, column: string, numbers: readonly number[]): NumericScale {
  const max = Math.max(...numbers);
  if (kind === "csat") {
    const above = new Set(numbers.filter((n) => n > 5 && n <= 10 && Number.isInteger(n)));
    const named = ONE_TO_TEN.test(column) || OUT_OF_TEN.test(column);
    if (max > 10 || (!named && above.size === 0)) return { unsure: [] };
    if (!named && above.size === 1) return { unsure: [`one score above 5 (${max}): the 1–5 scale rejects it; if the survey scores 1–10, pass --csat-scale 1-10`] };
    const why = named ? `the name says 1–10${numbers.length === 0 ? "" : ` and the scores go up to ${max}`}` : `scores up to ${max}`;
    return { flag: { flag: "--csat-scale", value: "1-10", why }, unsure: [`${why}: read on a 1–10 scale (--csat-scale 1-10); the CSAT KPI then counts 9s and 10s as satisfied`] };
  }
  if (kind === "ces" && !(max > 5) && !ONE_TO_SEVEN.test(column)) {
    const named = ONE_TO_FIVE.test(column);
    if (named || (EFFORT.test(column) && numbers.length >= EFFORT_SAMPLE)) {
      const why = named ? "the name says 1–5" : `the name says effort and none of ${numbers.length} scores is above 5`;
      const point = `${why}: read on the 1–5 effort scale (--ces-scale 1-5), where lower is easier; if the question asks for agreement on 1–7 (higher is easier), drop the flag`;
      return { flag: { flag: "--ces-scale", value: "1-5", why }, unsure: [point] };
    }
  }
  return { unsure: [] };
}

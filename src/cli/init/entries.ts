/**
 * The mapping entry of one field read from one column: how its cells are written (a date layout
 * and a time-of-day column, a unit, clock text, a decimal comma, value translations), told from
 * the column's name and its first cells, with what is read and what is a guess in words.
 *
 * @module
 */
import type { FieldInfo } from "../../schemas/fieldInfo.js";
import type { DurationWriting, FieldMapping } from "../../schemas/types.js";
import { booleanWords, clockWriting, guessUnit, numberWriting, type NumberWriting } from "./cells.js";
import { dateLayout, dateLayoutOfMost, isTimeOfDay } from "./dates.js";
import { columnName } from "./names.js";
import { hasOfferWords, isRating, numericScale, readerReads, readerScore, surveySentValues, type ReaderFlag, type ScoreKind } from "./scales.js";
import { translateWord } from "./vocabulary.js";

/** What `init` knows about the file while it builds entries. */
export interface FileFacts {
  readonly schema: string;
  /** The non-blank cells of a column among the rows read. */
  cells(column: string): readonly unknown[];
  /** Whether a column is taken (by an entry) already. */
  taken(column: string): boolean;
  /** The columns of the file, in order. */
  readonly columns: readonly string[];
  /** Whether number columns of the file have decimal commas (`1,5`). */
  readonly commaFile: boolean;
  /** The survey type every row of a survey file has (`{ value: "csat" }`), when there is no type column. */
  readonly surveyType?: string | undefined;
}

/** An entry and what was found out. */
export interface Built {
  readonly entry: FieldMapping;
  /** How the cells are read, in words (`format "M/d/yyyy h:mm a"`, `unit minutes (from the name)`). */
  readonly reading: readonly string[];
  /** What is a guess and should be checked. */
  readonly unsure: readonly string[];
  /** A second column the entry reads (a time of day). */
  readonly time?: string | undefined;
  /** Reader flags the entry needs (`--csat-scale binary` for Good/Bad ratings). */
  readonly flags?: readonly ReaderFlag[] | undefined;
}

const q = (text: unknown): string => JSON.stringify(text);
const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Cells that say "no value" in words (`N/A`, `-`, Excel's `#N/A`, ServiceNow's `?`): translated to `null`, not read as the field's values. */
const NULL_WORDS = new Set(["n/a", "na", "n.a.", "-", "--", "—", "?", "null", "none", "nil", "#n/a", "(blank)", "(none)"]);
const isNullWord = (v: unknown): boolean => typeof v === "string" && NULL_WORDS.has(v.trim().toLowerCase());

/** Whether the cells can be the field's: what makes a column a candidate for a field. */
export function fits(info: FieldInfo, all: readonly unknown[], commaFile: boolean, schema: string, field: string, column: string): boolean {
  const cells = all.filter((c) => !isNullWord(c));
  if (cells.length === 0) return true;
  switch (info.kind) {
    case "timestamp":
      return dateLayoutOfMost(cells) !== null; // (a few cells no date, in rows shifted by a stray comma, are rejected rows)
    case "number": {
      if (info.duration === true && clockWriting(cells) !== undefined) return true;
      const { numbers, other } = numberWriting(cells, commaFile);
      const words = other.filter((t) => translateWord(schema, field, column, t) !== undefined).length;
      return numbers + words > 0 && numbers + words >= cells.length / 2;
    }
    case "boolean": {
      const { unknown } = booleanWords(cells);
      const bad = cells.filter((c) => typeof c === "string" && unknown.includes(c.trim())).length;
      return cells.every((c) => typeof c === "boolean" || typeof c === "string" || c === 0 || c === 1) && bad <= cells.length / 2;
    }
    default:
      return true;
  }
}

/** `{ column, ...keys }`, or the bare column name when there are no keys. */
const entryOf = (column: string, keys: Record<string, unknown>): FieldMapping => {
  const defined = Object.fromEntries(Object.entries(keys).filter(([, v]) => v !== undefined));
  return Object.keys(defined).length === 0 ? column : ({ column, ...defined } as FieldMapping);
};

/** Translations of the words of a column the field does not read itself; unknown words (and those `foreign` says are not the field's) to `null`. */
function translations(facts: FileFacts, field: string, column: string, words: readonly string[], foreign?: (word: string) => boolean): { values?: Record<string, string | number | null>; reading: string[]; unsure: string[] } {
  if (words.length === 0) return { reading: [], unsure: [] };
  const values: Record<string, string | number | null> = {};
  const unknown: string[] = [];
  for (const w of words) {
    const to = foreign?.(w) === true ? undefined : translateWord(facts.schema, field, column, w);
    values[w] = to === undefined ? null : to;
    if (to === undefined) unknown.push(w);
  }
  const known = words.filter((w) => !unknown.includes(w)).map((w) => `${w} → ${values[w] === null ? "no value" : values[w]}`);
  return {
    values,
    reading: known.length === 0 ? [] : [`values: ${known.join(", ")}`],
    unsure: unknown.length === 0 ? [] : [`${unknown.map(q).join(", ")} not understood: read as no value (null); write what ${unknown.length === 1 ? "it means" : "they mean"} in "values"`],
  };
}

/** The distinct texts of the cells (first spelling of each, case and spaces aside) that `known` does not cover. */
function distinctOther(cells: readonly unknown[], known: (text: string) => boolean): string[] {
  const seen = new Map<string, string>();
  for (const c of cells) {
    if (typeof c !== "string" && typeof c !== "number" && typeof c !== "boolean") continue;
    const t = String(c).trim();
    if (!known(t) && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  return [...seen.values()];
}

function timestampEntry(facts: FileFacts, column: string, cells: readonly unknown[]): Built {
  const layout = dateLayoutOfMost(cells);
  const reading: string[] = [];
  const unsure: string[] = [];
  if (layout !== null && layout.unread > 0) {
    const odd = cells.find((c) => dateLayout([c]) === null);
    unsure.push(`${layout.unread} of ${cells.length} cells are no date in this layout (${q(odd)}): those rows will be rejected`);
  }
  if (layout?.format !== undefined) reading.push(`format ${q(layout.format)}`);
  if (layout?.alsoReads !== undefined) {
    unsure.push(`no day above 12 in the cells: read month first (${layout.format}); if the file writes the day first, write format ${q(layout.alsoReads)}`);
  }
  let time: string | undefined;
  if (layout?.dateOnly === true) {
    const words = columnName(column).words;
    const wanted = new Set(["time", "time of day", "hour", words.replace(/\bdate\b/, "time"), `${words} time`]);
    time = facts.columns.find((c) => c !== column && !facts.taken(c) && wanted.has(columnName(c).words) && isTimeOfDay(facts.cells(c)));
    if (time !== undefined) reading.push(`time of day from ${q(time)}`);
  }
  if (cells.length === 0) unsure.push("no values in the rows read: the layout could not be checked");
  if (layout === null) unsure.push(`no date layout reads every cell (${q(cells[0])}): declare "format", or those rows will be rejected`);
  return { entry: entryOf(column, { format: layout?.format, time }), reading, unsure, time };
}

function durationEntry(facts: FileFacts, field: string, column: string, cells: readonly unknown[]): Built {
  const name = columnName(column);
  const reading: string[] = name.business ? ["counts business hours only (as the name says)"] : [];
  const clock = clockWriting(cells);
  if (clock !== undefined) {
    const unsure = clock.unit === "mm:ss" && name.unit !== "mm:ss" ? [`cells such as ${q(cells[0])} read as minutes:seconds; h:mm text is not read (write it as h:mm:ss)`] : [];
    return { entry: entryOf(column, { unit: clock.unit, decimal: clock.decimal }), reading: [...reading, `unit ${clock.unit} (from the cells)`], unsure };
  }
  const written = numberWriting(cells, facts.commaFile);
  const unsure: string[] = written.unsure === undefined ? [] : [written.unsure];
  let unit: DurationWriting | undefined = name.unit === "h:mm:ss" || name.unit === "mm:ss" ? undefined : name.unit;
  if (unit !== undefined) reading.push(`unit ${unit} (from the name)`);
  else if (column === field) unit = "ms";
  else if (cells.length > 0) {
    const numbers = cells.map((c) => (typeof c === "number" ? c : Number(String(c).trim().replace(/[ .'\u00a0\u202f](?=\d{3})/g, "").replace(",", "."))));
    unit = guessUnit(numbers.filter((n) => Number.isFinite(n)));
    reading.push(`unit ${unit} (guessed)`);
    unsure.push(`numbers without a unit in the name: ${unit} guessed from their size; set "unit" (ms, seconds, minutes, hours, days)`);
  }
  if (written.decimal !== undefined) reading.push(`decimal ${q(written.decimal)}`);
  if (written.thousands !== undefined) reading.push(`thousands ${q(written.thousands)}`);
  if (written.other.length > 0) unsure.push(`${written.other.length} of ${cells.length} cells are no number (${q(written.other[0])}): those rows will be rejected`);
  return { entry: entryOf(column, { unit: unit === "ms" ? undefined : unit, decimal: written.decimal, thousands: written.thousands }), reading, unsure };
}

/** What a score field scores, for its scale: a ticket's csat or ces, a survey file's score (of its type, when every row has one). */
function scoreKind(facts: FileFacts, field: string): ScoreKind | undefined {
  if (facts.schema === "tickets") return field === "csat" || field === "ces" ? field : undefined;
  if (facts.schema !== "surveys" || field !== "score") return undefined;
  return facts.surveyType === undefined ? "survey" : facts.surveyType === "csat" || facts.surveyType === "ces" ? facts.surveyType : undefined;
}

/** The cells that are numbers in `written`, as numbers. */
const numbersOf = (cells: readonly unknown[], written: NumberWriting): number[] =>
  cells
    .filter((c) => typeof c === "number" || (typeof c === "string" && !written.other.includes(c.trim())))
    .map((c) => (typeof c === "number" ? c : Number(String(c).trim().replace(",", "."))));

function numberEntry(facts: FileFacts, field: string, column: string, cells: readonly unknown[]): Built {
  const written = numberWriting(cells, facts.commaFile);
  const words = distinctOther(written.other, () => false);
  const kind = scoreKind(facts, field);
  // good/bad ratings of a CSAT: the binary scale, on which the reader reads Good, Bad, Offered and Unoffered itself
  const binary = (kind === "csat" || kind === "survey") && words.some(isRating);
  const t = binary ? translations(facts, field, column, words.filter((w) => !readerReads(w))) : translations(facts, field, column, words, isRating);
  const reading = [...(written.decimal === undefined ? [] : [`decimal ${q(written.decimal)}`]), ...(written.thousands === undefined ? [] : [`thousands ${q(written.thousands)}`])];
  const unsure = [...(written.unsure === undefined ? [] : [written.unsure]), ...t.unsure];
  const flags: ReaderFlag[] = [];
  const numbers = numbersOf(cells, written);
  if (binary) {
    const own = (score: 1 | 0 | null): string => words.filter((w) => readerScore(w) === score).map(q).join(", ");
    const said = [[own(1), "1"], [own(0), "0"], [own(null), "no answer"]].filter(([from]) => from !== "").map(([from, to]) => `${from} → ${to}`);
    reading.push(said.length === 0 ? "CSAT is good / (good + bad) (--csat-scale binary)" : `${said.join(", ")}: read by --csat-scale binary, no translation needed; CSAT is good / (good + bad)`);
    const ratings = words.filter(isRating);
    flags.push({ flag: "--csat-scale", value: "binary", why: `good/bad ratings (${ratings.map(q).join(", ")})` });
    const off = numbers.filter((n) => n !== 0 && n !== 1);
    if (off.length > 0) unsure.push(`${off.length} of ${cells.length} cells are numbers other than 1 and 0 (${off[0]}): the binary scale rejects them`);
  } else if (kind !== undefined && kind !== "survey") {
    const scale = numericScale(kind, column, numbers);
    if (scale.flag !== undefined) flags.push(scale.flag);
    unsure.push(...scale.unsure);
  }
  return { entry: entryOf(column, { values: t.values, decimal: written.decimal, thousands: written.thousands }), reading: [...reading, ...t.reading], unsure, flags };
}

/**
 * The `surveySent` entry read from a ticket's good/bad CSAT column that also says `Offered` or
 * `Unoffered`: ratings and Offered are a survey sent, Unoffered none (`undefined` without those words).
 */
export function surveySentEntry(facts: FileFacts, column: string): Built | undefined {
  const words = distinctOther(facts.cells(column).filter((c) => !isBlank(c)), () => false);
  if (!hasOfferWords(words)) return undefined;
  const values = surveySentValues(words);
  const said = (to: boolean | null): string => words.filter((w) => values[w] === to).map(q).join(", ");
  const none = said(null);
  return {
    entry: { column, values },
    reading: [`from the csat column: ${said(true)} → sent${said(false) === "" ? "" : `, ${said(false)} → not sent`}${none === "" ? "" : `, ${none} → no value`}; the response rate's denominator (answers / surveys sent)`],
    unsure: [],
  };
}

/**
 * The entry of `field` (of kind `info`) read from `column`; cells that say "no value" in words
 * (`N/A`) are translated to `null` (ids and text keep them as they are).
 */
export function buildEntry(facts: FileFacts, field: string, info: FieldInfo, column: string): Built {
  const all = facts.cells(column).filter((c) => !isBlank(c));
  if (info.kind === "id" || info.kind === "text") return { entry: column, reading: [], unsure: all.length === 0 ? ["no values in the rows read"] : [] };
  const nulls = distinctOther(all.filter(isNullWord), () => false);
  const built = kindEntry(facts, field, info, column, all.filter((c) => !isNullWord(c)));
  if (nulls.length === 0) return built;
  const entry = typeof built.entry === "string" ? { column } : built.entry;
  const values = { ...Object.fromEntries(nulls.map((n) => [n, null])), ...("values" in entry ? entry.values : {}) };
  return { ...built, entry: { ...entry, values }, reading: [...built.reading, `${nulls.map(q).join(", ")} → no value`] };
}

function kindEntry(facts: FileFacts, field: string, info: FieldInfo, column: string, cells: readonly unknown[]): Built {
  switch (info.kind) {
    case "timestamp":
      return timestampEntry(facts, column, cells);
    case "number":
      return info.duration === true ? durationEntry(facts, field, column, cells) : numberEntry(facts, field, column, cells);
    case "choice": {
      const own = new Set(info.choices.map((c) => c.toLowerCase()));
      const t = translations(facts, field, column, distinctOther(cells, (text) => own.has(text.toLowerCase())));
      return { entry: entryOf(column, { values: t.values }), reading: t.reading, unsure: t.unsure };
    }
    case "boolean": {
      const { known, unknown } = booleanWords(cells);
      const values: Record<string, boolean | null> = { ...known, ...Object.fromEntries(unknown.map((u) => [u, null])) };
      const listed = Object.entries(known).map(([k, v]) => `${k} → ${v}`);
      return {
        entry: entryOf(column, { values: Object.keys(values).length === 0 ? undefined : values }),
        reading: listed.length === 0 ? [] : [`values: ${listed.join(", ")}`],
        unsure: unknown.length === 0 ? [] : [`${unknown.map(q).join(", ")} not understood as yes or no: read as no value (null)`],
      };
    }
    default:
      return { entry: column, reading: [], unsure: [] };
  }
}

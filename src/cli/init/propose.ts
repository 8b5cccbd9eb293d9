/**
 * A mapping proposed from an export's header and first rows: each field of the schema gets the
 * column that names it best (its own name, the same words in another case or punctuation, a
 * synonym, or a synonym within a longer name) among the columns whose cells can be its values,
 * and an entry saying how those cells are written.
 *
 * @module
 */
import type * as z from "zod";
import { fieldKinds, type FieldInfo } from "../../schemas/fieldInfo.js";
import type { FieldMapping, RecordSchema } from "../../schemas/types.js";
import { numberWriting } from "./cells.js";
import { buildEntry, fits, surveySentEntry, type Built, type FileFacts } from "./entries.js";
import { columnName, compact, contains } from "./names.js";
import type { ReaderFlag } from "./scales.js";
import { SYNONYMS, TYPE_NAMES } from "./synonyms.js";

/**
 * How a field found its column: its own name, the same words (`Created At`), a synonym, a
 * synonym within a longer name, no column (one value for every row), or the column of another
 * field (`derived`: a ticket's `surveySent` from the Offered/Unoffered of its csat column).
 */
export type Match = "exact" | "name" | "synonym" | "guessed" | "value" | "derived";

/** The proposal for one field. */
export interface FieldProposal {
  readonly field: string;
  /** The column read (`undefined` for a value for every row). */
  readonly column: string | undefined;
  readonly match: Match;
  readonly entry: FieldMapping;
  /** How the cells are read, in words. */
  readonly reading: readonly string[];
}

/** A point to check before trusting the mapping. */
export interface UnsurePoint {
  readonly field: string;
  readonly column?: string | undefined;
  readonly point: string;
}

/** A reader flag the proposal needs, with the field and column that need it. */
export interface FlagProposal extends ReaderFlag {
  readonly field: string;
  readonly column: string;
}

/** What {@link proposeMapping} returns. */
export interface Proposal {
  /** The mapping, field → entry, in the schema's field order: what `--mapping` reads. */
  readonly mapping: Record<string, FieldMapping>;
  /** Reader flags to pass with the mapping (`--csat-scale binary`), each flag once (one field gives each). */
  readonly flags: readonly FlagProposal[];
  readonly fields: readonly FieldProposal[];
  readonly unsure: readonly UnsurePoint[];
  /** Required fields no column was found for. */
  readonly missing: readonly string[];
  /** Columns no field reads. */
  readonly unused: readonly string[];
}

/** What the proposal is made from. */
export interface ProposeInput {
  /** The schema's name on the command line: tickets, events, surveys, calls or contacts. */
  readonly schemaName: string;
  readonly schema: RecordSchema;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** The file's name (a survey file named `nps-…` holds NPS answers). */
  readonly fileName: string;
  /**
   * The columns the reader checks a mapping against, when not all of `columns`: the keys of the
   * first row of JSON and NDJSON. A field read from a column with its own name that is not among
   * them is left out of the mapping (it is read by its name all the same).
   */
  readonly checked?: readonly string[] | undefined;
}

const LEVELS: readonly Match[] = ["exact", "name", "synonym", "guessed"];

interface Candidate {
  readonly field: string;
  readonly column: string;
  readonly level: number;
  readonly business: boolean;
  /** The synonym's place in its list, or the extra words of a guess. */
  readonly rank: number;
  readonly order: number;
}

/** How well `column` names `field`: the best level and rank, or `undefined`. */
function nameMatch(field: string, column: string, synonyms: readonly string[]): { level: number; rank: number } | undefined {
  if (column === field) return { level: 0, rank: 0 };
  const words = columnName(column).words;
  const own = columnName(field).words;
  if (words === "") return undefined;
  if (compact(words) === compact(own)) return { level: 1, rank: 0 };
  const phrases = synonyms.map((s) => columnName(s).words);
  const at = phrases.findIndex((p) => compact(p) === compact(words));
  if (at >= 0) return { level: 2, rank: at };
  let best: number | undefined;
  for (const p of [own, ...phrases]) {
    const extra = p.includes(" ") ? contains(words, p) : -1;
    if (extra > 0 && (best === undefined || extra < best)) best = extra;
  }
  return best === undefined ? undefined : { level: 3, rank: best };
}

/**
 * Proposes a mapping of `columns` to the fields of `schema` from the first `rows`.
 *
 * @remarks
 * Candidates are ranked by level (exact name, the same words, a synonym of
 * synonyms.ts, a two-word synonym within a longer name), then business-hours columns after the
 * others, then the synonym's place in its list; each column serves one field, each field one
 * column, best candidates first. A column is a candidate only when its cells can be the field's
 * values (a boolean `solved` column is no `resolvedAt`). A survey file without a type column
 * gets `{ value: type }` when a column or the file's name names the survey (`Likelihood to
 * recommend`, `nps-responses.csv`). Pure; O(fields × columns + cells × date patterns).
 */
export function proposeMapping(input: ProposeInput): Proposal {
  const { schemaName, schema, columns, rows } = input;
  const shape: z.core.$ZodShape = schema.shape;
  const infos = new Map<string, FieldInfo>();
  for (const [field, s] of Object.entries(shape)) {
    const info = fieldKinds.get(s);
    if (info !== undefined) infos.set(field, info);
  }
  const cellCache = new Map<string, unknown[]>();
  const cells = (column: string): unknown[] => {
    let found = cellCache.get(column);
    if (found === undefined) {
      found = rows.map((r) => r[column]).filter((v) => !(v === undefined || v === null || (typeof v === "string" && v.trim() === "")));
      cellCache.set(column, found);
    }
    return found;
  };
  const commaFile = columns.some((c) => {
    const w = numberWriting(cells(c), false);
    return w.decimal === "," && w.numbers > w.other.length;
  });
  const synonyms = SYNONYMS[schemaName] ?? {};

  const candidates: Candidate[] = [];
  [...infos].forEach(([field, info], order) => {
    for (const column of columns) {
      const m = nameMatch(field, column, synonyms[field] ?? []);
      // a column with the field's own name is read for it whatever the mapping says of others: always a candidate
      if (m === undefined || (m.level > 0 && !fits(info, cells(column), commaFile, schemaName, field, column))) continue;
      candidates.push({ field, column, ...m, business: columnName(column).business, order });
    }
  });
  candidates.sort((a, b) => a.level - b.level || Number(a.business) - Number(b.business) || a.rank - b.rank || a.order - b.order || columns.indexOf(a.column) - columns.indexOf(b.column));
  const chosen = new Map<string, Candidate>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (chosen.has(c.field) || taken.has(c.column)) continue;
    chosen.set(c.field, c);
    taken.add(c.column);
  }

  const surveyType = chosen.has("type") ? undefined : constantFor(schemaName, "type", input.fileName, columns)?.value;
  const facts: FileFacts = { schema: schemaName, cells, taken: (c) => taken.has(c), columns, commaFile, surveyType };
  const mapping: Record<string, FieldMapping> = {};
  const fields: FieldProposal[] = [];
  const unsure: UnsurePoint[] = [];
  const missing: string[] = [];
  const flags: FlagProposal[] = [];
  // a ticket's surveySent, when no column names it: from a good/bad csat column that says Offered/Unoffered
  let sent: { column: string; built: Built } | undefined;
  for (const [field, info] of infos) {
    const c = chosen.get(field);
    if (c === undefined && field === "surveySent" && sent !== undefined) {
      mapping[field] = sent.built.entry;
      fields.push({ field, column: sent.column, match: "derived", entry: sent.built.entry, reading: sent.built.reading });
      continue;
    }
    if (c === undefined) {
      const constant = info.optional ? undefined : constantFor(schemaName, field, input.fileName, columns);
      if (constant !== undefined) {
        mapping[field] = { value: constant.value };
        fields.push({ field, column: undefined, match: "value", entry: mapping[field], reading: [`${JSON.stringify(constant.value)} for every row (${constant.why})`] });
      } else if (!info.optional) missing.push(field);
      continue;
    }
    const built = buildEntry(facts, field, info, c.column);
    // each scale flag comes from one field (csat, ces, or a survey file's score): no two alike
    for (const f of built.flags ?? []) flags.push({ ...f, field, column: c.column });
    if (built.time !== undefined) taken.add(built.time);
    const unchecked = [c.column, ...(built.time === undefined ? [] : [built.time])].filter((col) => input.checked !== undefined && !input.checked.includes(col));
    if (field === "csat" && unchecked.length === 0 && flags.some((f) => f.value === "binary")) {
      const from = surveySentEntry(facts, c.column);
      if (from !== undefined) sent = { column: c.column, built: from };
    }
    if (unchecked.length > 0 && built.entry === field) {
      fields.push({ field, column: c.column, match: "exact", entry: built.entry, reading: ["left out of the mapping: read by its own name (the first row lacks it)"] });
      continue;
    }
    mapping[field] = built.entry;
    fields.push({ field, column: c.column, match: LEVELS[c.level] as Match, entry: built.entry, reading: built.reading });
    for (const point of built.unsure) unsure.push({ field, column: c.column, point });
    if (unchecked.length > 0) unsure.push({ field, column: c.column, point: `the first row has no ${unchecked.map((u) => JSON.stringify(u)).join(" or ")}: the reader checks the mapping against it and refuses the entry; put the key in the first row` });
  }
  missing.push(...conditionallyMissing(schemaName, chosen));
  return { mapping, flags, fields, unsure, missing, unused: columns.filter((c) => !taken.has(c)) };
}

/** A survey's type from the name of a column or of the file (`Likelihood to recommend` is NPS). */
function constantFor(schemaName: string, field: string, fileName: string, columns: readonly string[]): { value: string; why: string } | undefined {
  if (schemaName !== "surveys" || field !== "type") return undefined;
  const named = (words: string, type: keyof typeof TYPE_NAMES): boolean => TYPE_NAMES[type].some((n) => contains(words, columnName(n).words) >= 0);
  for (const type of ["nps", "csat", "ces"] as const) {
    const column = columns.find((c) => named(columnName(c).words, type));
    if (column !== undefined) return { value: type, why: `the column ${JSON.stringify(column)}` };
  }
  const file = columnName(fileName.replace(/\.[^.]*$/, "")).words;
  for (const type of ["nps", "csat", "ces"] as const) if (named(file, type)) return { value: type, why: `the file's name` };
  return undefined;
}

/** Fields required by a rule across fields: an answered call's wait, a contact's time. */
function conditionallyMissing(schemaName: string, chosen: ReadonlyMap<string, unknown>): string[] {
  if (schemaName === "calls" && !chosen.has("waitMs")) return ["waitMs (required for answered calls)"];
  if (schemaName === "contacts" && !chosen.has("startedAt") && !chosen.has("createdAt")) return ["startedAt or createdAt"];
  return [];
}

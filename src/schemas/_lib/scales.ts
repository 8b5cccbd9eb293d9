/**
 * Survey scales at the boundary: the `csatScale` and `cesScale` reader options. The library's
 * own ticket and survey schemas carry, under a global symbol, a maker of their variant for other
 * scales (CSAT 1–10 or good/bad, CES 1–5); the row parser reads rows with that variant, and
 * turns the words of a good/bad scale into 1 and 0 before the schema sees them.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import type { CesScaleName, CsatScaleName, RecordSchema } from "../types.js";

/** The scales of a reader, resolved: the bounds of each survey's scores. */
export interface Scales {
  readonly csat: CsatScaleName;
  readonly ces: CesScaleName;
}

const CSAT_SCALES = ["1-5", "1-10", "binary"] as const;
const CES_SCALES = ["1-7", "1-5"] as const;

/** The bounds of the CSAT scores of `scale` (good/bad: 0 and 1). */
export function csatBounds(scale: Scales["csat"]): readonly [number, number] {
  return scale === "1-10" ? [1, 10] : scale === "binary" ? [0, 1] : [1, 5];
}

/** The bounds of the CES scores of `scale`. */
export function cesBounds(scale: Scales["ces"]): readonly [number, number] {
  return scale === "1-5" ? [1, 5] : [1, 7];
}

/** What a good/bad rating may be, in the words of every error about one. */
export const BINARY_WORDS = "Good or Bad (also true/false, yes/no, 1/0, in any case; Offered, Unoffered and Not Offered are no answer)";

const WORDS: Readonly<Record<string, 1 | 0 | null>> = { good: 1, bad: 0, true: 1, false: 0, yes: 1, no: 0, offered: null, unoffered: null, "not offered": null };

/**
 * A good/bad rating cell as the record keeps it: Good (true, yes) is 1, Bad (false, no) is 0,
 * Offered, and Unoffered or Not Offered (Zendesk's survey sent and not answered, or never sent:
 * the API says unoffered, the CSV export Not Offered) are no answer
 * (`undefined`); anything else unchanged, for the schema to judge.
 */
export function binaryScore(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const score = binaryWord(value);
  return score === undefined ? value : (score ?? undefined);
}

/** The score a good/bad word is (1, 0; `null`: no answer), trimmed and in any case; `undefined` for a word the scale does not read. */
export function binaryWord(word: string): 1 | 0 | null | undefined {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(WORDS, key) ? WORDS[key] : undefined;
}

/** A schema for other scales, and the step that turns a row's good/bad words into scores. */
export interface ScaledSchema {
  readonly schema: RecordSchema;
  /** Rewrites the schema input of one row in place (`null`: nothing to do). */
  readonly step: ((input: Record<string, unknown>) => void) | null;
}

/** Makes the variant of a schema for `scales` (called once per scales; the result is kept). */
export type ScaleVariant = (scales: Scales) => ScaledSchema;

// On the schema object under a global symbol, as the field kinds are: the servicekpi/node bundle
// has its own copy of this module and must find the variants of schemas from servicekpi/schemas.
const VARIANT = Symbol.for("servicekpi.scales");

/** The variants of the library's record schemas that have survey scores. */
export const scaleVariants = {
  /** Registers `make` for `schema`; each scales' variant is made once. */
  add(schema: object, make: ScaleVariant): void {
    const made = new Map<string, ScaledSchema>();
    const cached = (scales: Scales): ScaledSchema => {
      const key = `${scales.csat} ${scales.ces}`;
      let v = made.get(key);
      if (v === undefined) made.set(key, (v = make(scales)));
      return v;
    };
    Object.defineProperty(schema, VARIANT, { value: cached });
  },
  get(schema: object): ScaleVariant | undefined {
    const own = Object.getOwnPropertyDescriptor(schema, VARIANT)?.value as unknown;
    return typeof own === "function" ? (own as ScaleVariant) : undefined;
  },
};

/** The scales the `csatScale` and `cesScale` options name (default 1–5 and 1–7), checked. */
export function checkScales(kpi: string, csatScale: unknown, cesScale: unknown): Scales {
  const csat = csatScale ?? "1-5";
  const ces = cesScale ?? "1-7";
  if (!(CSAT_SCALES as readonly unknown[]).includes(csat)) fail(kpi, "options.csatScale", csat, '"1-5", "1-10" or "binary"');
  if (!(CES_SCALES as readonly unknown[]).includes(ces)) fail(kpi, "options.cesScale", ces, '"1-7" or "1-5"');
  return { csat: csat as Scales["csat"], ces: ces as Scales["ces"] };
}

/**
 * The schema to read rows with, for the `csatScale` and `cesScale` options: `schema` itself on
 * the default scales, else the variant the library's schema carries. A schema of the caller's own
 * takes the default scales only (it says its scales in its own fields).
 */
export function scaledSchema(kpi: string, schema: RecordSchema, csatScale: unknown, cesScale: unknown): ScaledSchema {
  const scales = checkScales(kpi, csatScale, cesScale);
  if (scales.csat === "1-5" && scales.ces === "1-7") return { schema, step: null };
  const variant = scaleVariants.get(schema);
  if (variant === undefined) {
    const [field, value] = scales.csat === "1-5" ? ["options.cesScale", scales.ces] : ["options.csatScale", scales.csat];
    fail(kpi, field, value, "the default scale with a schema other than ticketSchema or surveyResponseSchema (a schema of your own gives its scores their scale)");
  }
  return variant(scales);
}

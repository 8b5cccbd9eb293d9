/**
 * Test support for test/fuzz-exports.test-prop.ts: valid argument shapes per export (so a
 * mutation reaches past the first check), the mutations (holes, extremes, wrong types, huge
 * arrays) and the one assertion every export must pass: it throws `KpiInputError` (or
 * `ReadRecordsError`), or it returns a result whose every number is finite and every Date valid.
 */
import fc from "fast-check";
import { isKpiInputError } from "../../src/errors.js";
import { isReadRecordsError } from "../../src/node/errors.js";

/** How an export is called: its arguments, and optionally a wrapper that calls it (and what it returns) further. */
export interface Shape {
  readonly args: readonly unknown[];
  /** Calls the export with the (mutated) arguments; by default `fn(...args)`. */
  readonly call?: (fn: never, args: unknown[]) => unknown;
  /** Length of the huge arrays, when 100,000 elements would take too long (an O(n²) export). */
  readonly hugeLength?: number;
  /** Paths of the result that hand the input back as it was given (a rejected row): not checked. */
  readonly echoes?: RegExp;
  /** Arguments (by index) not to punch holes in, with the reason: a known hang elsewhere. */
  readonly noHolesIn?: { readonly args: readonly number[]; readonly why: string };
}

// ---------------------------------------------------------------------------------------------
// Values

/** Numbers at the edges of the doubles, and the levels just inside (0, 1). */
export const EXTREME_NUMBERS: readonly number[] = [
  1.7e308, -1.7e308, Number.MAX_VALUE, -Number.MAX_VALUE, 9e307, -9e307, 1e300, -1e300,
  5e-324, -5e-324, 4e-323, 1e-300, 2 ** -1022, -0, 0, NaN, Infinity, -Infinity,
  1 - 2 ** -53, 2 ** -53, 0.5, 1, -1, 2, 1e15, 8.64e15, 8.64e15 + 1, -8.64e15 - 1,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, 2 ** 31, -(2 ** 31), 1.5,
];

/** Values of the wrong type, or of the right type but unusable. */
export const WRONG_VALUES: readonly unknown[] = [
  "", "x", "1", "NaN", "-0", "1e400", "2026-03-02", "2026-03-02T09:00:00Z", "09:00", " ", "__proto__", "constructor",
  {}, [], [[]], null, undefined, Symbol("s"), 10n, -10n, true, false, () => 1,
  new Date(NaN), new Date(8.64e15), new Date(-8.64e15), Object.create(null), new Map([[1, 2]]), new Set([1]),
  // eslint-disable-next-line no-sparse-arrays
  [1, , 2], [NaN], [Infinity], [1.7e308, 1.7e308], ["x"], [null], [undefined], { length: 2 }, { 0: 1, length: 1 },
  new Uint8Array(2), new Float64Array([NaN]), { valueOf: () => 1 }, { toString: () => "2026-03-02" },
];

/** One of the values above, or anything fast-check makes. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom(...WRONG_VALUES) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withNullPrototype: true }) },
);

// ---------------------------------------------------------------------------------------------
// Mutations of a deep copy of the valid arguments

type Key = string | number;
type Container = Record<Key, unknown>;

const isPlain = (v: unknown): v is Container =>
  v !== null && typeof v === "object" && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** A copy of `value` in which every array and plain object is new (others, such as schemas and Dates, are shared). */
export function copy<T>(value: T): T {
  if (!isPlain(value)) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i]);
    return out as T;
  }
  const out: Container = {};
  for (const k of Object.keys(value)) out[k] = copy((value as Container)[k]);
  return out as T;
}

/** Every place in `root` (its own arrays and plain objects, depth-first): the container and the key. */
function places(root: Container, out: [Container, Key][] = [], seen = new Set<unknown>([root])): [Container, Key][] {
  for (const k of Array.isArray(root) ? root.keys() : Object.keys(root)) {
    out.push([root, k]);
    const v = root[k];
    if (isPlain(v) && !seen.has(v)) {
      seen.add(v);
      places(v, out, seen);
    }
  }
  return out;
}

/** Every array in `root`, `root` first when it is one. */
function arrays(root: unknown, out: unknown[][] = [], seen = new Set<unknown>()): unknown[][] {
  if (!isPlain(root) || seen.has(root)) return out;
  seen.add(root);
  if (Array.isArray(root)) out.push(root);
  for (const k of Object.keys(root)) arrays((root as Container)[k], out, seen);
  return out;
}

/** One change to the arguments; `at` picks the place (modulo their number). */
export type Mutation =
  | { readonly op: "replace"; readonly at: number; readonly value: unknown }
  | { readonly op: "delete"; readonly at: number }
  | { readonly op: "hole"; readonly at: number; readonly index: number }
  | { readonly op: "extremes"; readonly at: number; readonly value: number; readonly signs: readonly number[] };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: weird }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("hole" as const), at: fc.nat(), index: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("extremes" as const),
      at: fc.nat(),
      value: fc.constantFrom(1.7e308, 9e307, 1e300, 5e-324, 4e-323, 1e-300, 8.64e15),
      signs: fc.array(fc.constantFrom(1, -1, 0), { minLength: 1, maxLength: 8 }),
    }),
  },
);

/** Applies `m` to `args` (in place); no hole goes into the arguments at `noHolesIn`. */
export function mutate(args: unknown[], m: Mutation, noHolesIn: readonly number[] = []): void {
  if (m.op === "hole" || m.op === "extremes") {
    // Not the argument list itself.
    const list = m.op === "hole" ? args.flatMap((a, i) => (noHolesIn.includes(i) ? [] : arrays(a))) : arrays(args).slice(1);
    if (m.op === "hole") {
      const a = list[m.at % Math.max(list.length, 1)];
      if (a === undefined) return;
      // A hole inside the array, or one past its end.
      const i = m.index % (a.length + 1);
      if (i === a.length) a.length++;
      else delete a[i];
      return;
    }
    // Every number under one place becomes ±value (or stays), cycling through `signs`.
    const all = places(args as unknown as Container);
    const [c, k] = all[m.at % all.length] as [Container, Key];
    let n = 0;
    const visit = (parent: Container, key: Key): void => {
      const v = parent[key];
      if (typeof v === "number") {
        const s = m.signs[n++ % m.signs.length] as number;
        if (s !== 0) parent[key] = s * m.value;
      } else if (isPlain(v)) for (const kk of Array.isArray(v) ? v.keys() : Object.keys(v)) visit(v, kk);
    };
    visit(c, k);
    return;
  }
  const all = places(args as unknown as Container);
  const [c, k] = all[m.at % all.length] as [Container, Key];
  // A copy: the values are shared between runs, and a later mutation may change what was put in.
  if (m.op === "replace") c[k] = copy(m.value);
  else if (Array.isArray(c)) c[k as number] = undefined;
  else delete c[k];
}

/**
 * The input lists of `args`, for growing one to a huge length: each argument that is an array,
 * and each array that is a field of an argument (`options.kpis`, `policy.targets`, `series`).
 */
export const inputLists = (args: readonly unknown[]): unknown[][] =>
  args.flatMap((a) => (Array.isArray(a) ? [a] : isPlain(a) ? Object.values(a).filter((v): v is unknown[] => Array.isArray(v)) : []));

/** Grows `a` to `length` elements, repeating its own (or `fill` when it is empty). */
export function grow(a: unknown[], length: number, fill: unknown): void {
  const n = a.length;
  for (let i = n; i < length; i++) a[i] = n === 0 ? fill : copy(a[i % n]);
}

// ---------------------------------------------------------------------------------------------
// The assertion

/** The first number that is not finite, or Date that is not valid, in `value`; `null` if none. */
export function badValueIn(value: unknown, echoes?: RegExp, path = "result", seen = new Set<object>()): string | null {
  if (echoes?.test(path)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? `${path} is an invalid Date` : null;
  if (value === null || typeof value !== "object" || seen.has(value)) return null;
  seen.add(value);
  const entries: [string, unknown][] =
    value instanceof Map ? [...value].flatMap(([k, v], i): [string, unknown][] => [[`<key ${i}>`, k], [`<${i}>`, v]])
    : value instanceof Set ? [...value].map((v, i) => [`<${i}>`, v])
    : ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>, (v, i) => [String(i), v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const bad = badValueIn(v, echoes, `${path}.${k}`, seen);
    if (bad !== null) return bad;
  }
  return null;
}

/** A short description of arguments for a failure message (values JSON cannot write shown by kind). */
export function describeArgs(args: unknown): string {
  const seen = new Set<object>();
  const text = JSON.stringify(args, (_k, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) return `<${v}>`;
    if (Object.is(v, -0)) return "<-0>";
    if (typeof v === "bigint") return `<${v}n>`;
    if (typeof v === "symbol" || typeof v === "function") return `<${typeof v}>`;
    if (v === undefined) return "<undefined>";
    if (Array.isArray(v)) {
      if (v.length > 20) return `<array of ${v.length}>`;
      return Array.from(v, (x, i) => (i in v ? x : "<hole>"));
    }
    if (v !== null && typeof v === "object") {
      if (seen.has(v)) return "<cycle>";
      seen.add(v);
    }
    return v;
  });
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

/**
 * What is wrong with one call: `null` when it threw `KpiInputError` or `ReadRecordsError`, or
 * returned a result with only finite numbers and valid Dates; otherwise a description.
 */
export async function problemOf(run: () => unknown, echoes?: RegExp): Promise<string | null> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    if (isKpiInputError(error) || isReadRecordsError(error)) return null;
    if (!(error instanceof Error)) return `threw ${String(error)}`;
    // Where in the library it was thrown: the first frame in src/.
    const at = /\/(src\/[^):]+)/.exec(error.stack ?? "")?.[1] ?? "?";
    return `threw ${error.name}: ${error.message} (at ${at})`;
  }
  return badValueIn(result, echoes);
}

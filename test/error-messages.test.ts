/**
 * Every `KpiInputError` says which function, which field, and what was expected (the contract in
 * docs/conventions.md: "it throws KpiInputError naming the field, index and value"). The
 * messages are built from those parts, so a part left empty makes a message like
 * `nps:  must be , got 5` that no other test would notice (mutation testing found dozens of
 * them: an `expected` text or a field name emptied, every test still passing).
 *
 * Two checks over every export of `servicekpi` and `servicekpi/schemas`, from the valid calls of
 * test/_support/exportShapes.ts:
 * - each argument in turn replaced by a value no argument accepts (a symbol, a number where an
 *   object is expected): the error names that argument (`options` for an options object), with
 *   a non-empty `expected`;
 * - seeded mutations of the valid calls (the fuzzer's, fixed seed, so the same inputs every run)
 *   reach the checks deeper inside: every error they raise has all its parts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../src/errors.js";
import * as main from "../src/index.js";
import * as schemas from "../src/schemas/index.js";
import { SHAPES } from "./_support/exportShapes.js";
import { copy, mutate, mutation, type Shape } from "./_support/fuzzExports.js";

const RUNS = 40;
const SEED = 20_261_207;

/** A last object argument that is not an options object: its own name. */
const LAST_OBJECT_NAMED: Record<string, string> = { evaluateTarget: "target", businessTimeBetween: "calendar", addBusinessTime: "calendar" };

/** The exports whose errors are not KpiInputErrors, or that take anything. */
const SKIPPED = new Set(["isKpiInputError", "isReadRecordsError", "toJSONSchema"]);

type Call = (args: unknown[]) => unknown;

const callOf = (fn: unknown, shape: Shape): Call => (args) =>
  shape.call ? shape.call(fn as never, args) : (fn as (...a: unknown[]) => unknown)(...args);

/** The KpiInputError `run` throws, `null` when it returns, and any other error thrown again. */
function inputErrorOf(run: () => unknown): KpiInputError | null {
  try {
    run();
  } catch (error) {
    if (isKpiInputError(error)) return error;
    throw error;
  }
  return null;
}

/** What is wrong with an error's parts, or `null`. */
function malformed(e: KpiInputError): string | null {
  if (typeof e.kpi !== "string" || !/^[a-z][A-Za-z]*$/.test(e.kpi)) return `kpi ${JSON.stringify(e.kpi)}`;
  if (typeof e.field !== "string" || !/^[A-Za-z]/.test(e.field) || /\.(\.|$)|\[\]/.test(e.field)) return `field ${JSON.stringify(e.field)}`;
  if (typeof e.expected !== "string" || e.expected.trim() === "") return `expected ${JSON.stringify(e.expected)}`;
  if (e.index !== undefined && !(Number.isSafeInteger(e.index) && e.index >= 0)) return `index ${String(e.index)}`;
  return null;
}

const isPlainObject = (v: unknown): boolean => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const functions = (api: Record<string, unknown>) =>
  Object.entries(api).filter(([name, value]) => typeof value === "function" && name in SHAPES && !SKIPPED.has(name));

for (const [entry, api] of Object.entries({ servicekpi: main, "servicekpi/schemas": schemas })) {
  describe(`the errors of ${entry}`, () => {
    for (const [name, fn] of functions(api as Record<string, unknown>)) {
      (SHAPES[name] ?? []).forEach((shape, s) => {
        const call = callOf(fn, shape);

        it(`${name} #${s + 1}: each argument that is wrong is named`, () => {
          shape.args.forEach((valid, i) => {
            const last = i > 0 && i === shape.args.length - 1 && isPlainObject(valid);
            const named = last ? (LAST_OBJECT_NAMED[name] ?? "options") : undefined;
            // A number is a valid instant (epoch ms) and a valid current value, "5" valid nowhere.
            for (const wrong of [Symbol("wrong"), typeof valid === "string" ? {} : "5"]) {
              const args = copy([...shape.args]);
              args[i] = wrong;
              const e = inputErrorOf(() => call(args));
              expect(e, `argument ${i} = ${String(wrong)}`).not.toBeNull();
              expect(malformed(e as KpiInputError), `argument ${i}: ${(e as Error).message}`).toBeNull();
              if (named !== undefined) expect((e as KpiInputError).field, `argument ${i}: ${(e as Error).message}`).toBe(named);
            }
          });
        });

        // Erlang A with extreme inputs searches long by design (1.5 s for 40 runs, over a minute
        // under mutation testing's coverage): those two calls are fuzzed, not checked here.
        const slow = (name === "requiredAgents" || name === "staffingTable") && s === 1;
        if (!slow) it(`${name} #${s + 1}: every error of ${RUNS} seeded mutations has its parts`, () => {
          fc.assert(
            fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
              const args = copy([...shape.args]);
              for (const m of mutations) mutate(args, m, shape.noHolesIn?.args);
              let e: KpiInputError | null;
              try {
                e = inputErrorOf(() => call(args));
              } catch {
                // Not a KpiInputError: the fuzz test reports those.
                return;
              }
              if (e !== null) expect(malformed(e), e.message).toBeNull();
            }),
            { numRuns: RUNS, seed: SEED },
          );
        });
      });
    }
  });
}

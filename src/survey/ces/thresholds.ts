import { checkIntegerIn, checkIntegerScale, fail } from "../../_lib/check.js";

/** Where the scale is cut: answers ≤ `lowCut` are at the low end, answers ≥ `highCut` at the high end. */
export interface CesCuts {
  readonly min: number;
  readonly max: number;
  readonly lowCut: number;
  readonly highCut: number;
  /** `true` when the low end is the easy end. */
  readonly lowerIsEasier: boolean;
}

/** The options that decide the scale and the easy/difficult cuts (validated here). */
interface CutOptions {
  readonly scale?: unknown;
  readonly easyMin?: unknown;
  readonly difficultMax?: unknown;
  readonly easyMax?: unknown;
  readonly difficultMin?: unknown;
  readonly lowerIsEasier?: unknown;
}

const KPI = "ces";

/**
 * Resolves the scale and thresholds of {@link ces}. Defaults: 1–7 agreement scale (higher is
 * easier), 1–5 effort scale with `lowerIsEasier`; the easy and difficult bands are the answers
 * strictly above and strictly below the midpoint (min + max) / 2.
 */
export function resolveCesCuts(o: CutOptions): CesCuts {
  const lowerIsEasier = o.lowerIsEasier ?? false;
  if (typeof lowerIsEasier !== "boolean") fail(KPI, "options.lowerIsEasier", lowerIsEasier, "true, false or undefined");

  // Each direction has its own pair of options; the other pair would silently mean the opposite.
  const wrong: readonly (readonly [string, string, string])[] = lowerIsEasier
    ? [
        ["easyMin", "easyMax", "easy when rating ≤ easyMax"],
        ["difficultMax", "difficultMin", "difficult when rating ≥ difficultMin"],
      ]
    : [
        ["easyMax", "easyMin", "easy when rating ≥ easyMin"],
        ["difficultMin", "difficultMax", "difficult when rating ≤ difficultMax"],
      ];
  for (const [name, use, meaning] of wrong) {
    const given = o[name as keyof CutOptions];
    if (given !== undefined) {
      const when = lowerIsEasier ? "when lowerIsEasier is true" : "unless lowerIsEasier is true";
      fail(KPI, `options.${name}`, given, `undefined ${when}: use ${use} instead (${meaning})`);
    }
  }

  const { min, max } =
    o.scale === undefined
      ? lowerIsEasier
        ? { min: 1, max: 5 }
        : { min: 1, max: 7 }
      : checkIntegerScale(KPI, "options.scale", o.scale);
  const mid = (min + max) / 2;
  const [lowName, highName] = lowerIsEasier ? ["easyMax", "difficultMin"] : ["difficultMax", "easyMin"];
  const lowGiven = lowerIsEasier ? o.easyMax : o.difficultMax;
  const highGiven = lowerIsEasier ? o.difficultMin : o.easyMin;
  const lowCut = lowGiven === undefined ? Math.ceil(mid) - 1 : checkIntegerIn(KPI, `options.${lowName}`, lowGiven, min, max);
  const highCut = highGiven === undefined ? Math.floor(mid) + 1 : checkIntegerIn(KPI, `options.${highName}`, highGiven, min, max);

  if (lowCut >= highCut) {
    // Name the option the caller set (the high one when both are set); the defaults never cross
    // (ceil(mid) − 1 < floor(mid) + 1), so one of them was set.
    const [field, value, expected] =
      highGiven !== undefined
        ? [highName, highCut, `greater than ${lowName} (${lowCut})`]
        : [lowName, lowCut, `less than ${highName} (${highCut})`];
    fail(KPI, `options.${field}`, value, `${expected}: an answer cannot be both easy and difficult`);
  }
  return { min, max, lowCut, highCut, lowerIsEasier };
}

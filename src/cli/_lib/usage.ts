/**
 * Errors of the command line: a mistake in how the command was called (exit code 2), input that
 * cannot be used (exit code 3), and the parsers of the values people type (`30m`, `180s`, `30%`, `80/20s`).
 *
 * @module
 */
import { durationTextMs } from "../../_lib/durationText.js";

/** A command-line mistake: printed as one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Input that cannot be used: a file given to an option (`--sla`, `--calendar`, `--targets`,
 * `--compare`, `--mapping`) that cannot be read, is not JSON, or is not what the option takes;
 * a mapping the file does not fit. One line on stderr, exit code 3, never a stack trace.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * `"30m"`, `"180s"`, `"1.5h"`, `"500ms"`, `"2d"`, `"1h 30m"` → milliseconds (> 0), in the grammar
 * of `durationTextMs` (the one SLA policy files use). A bare number is refused: say the unit.
 */
export function parseDuration(flag: string, text: string): number {
  const ms = durationTextMs(text);
  if (!(ms > 0 && ms < Number.POSITIVE_INFINITY)) throw new UsageError(`${flag}: expected a duration with its unit, like 30m, 180s, 1.5h or 500ms; got "${text}"`);
  return ms;
}

/** `"30%"` → 0.3, `"0.3"` → 0.3; within [0, 1]. */
export function parseFraction(flag: string, text: string): number {
  const t = text.trim();
  const percent = t.endsWith("%");
  const body = percent ? t.slice(0, -1) : t;
  const x = /^\d+(\.\d+)?$/.test(body) ? Number(body) / (percent ? 100 : 1) : Number.NaN;
  if (!(x >= 0 && x <= 1)) throw new UsageError(`${flag}: expected a share like 30% or 0.3; got "${text}"`);
  return x;
}

/** `"80/20s"` or `"80%/20s"` → 80 % answered within 20 s. */
export function parseTarget(flag: string, text: string): { targetServiceLevel: number; thresholdMs: number } {
  const m = /^(\d+(?:\.\d+)?)%?\/(.+)$/.exec(text.trim());
  const level = m === null ? Number.NaN : Number(m[1]);
  if (m === null || !(level > 0 && level < 100)) {
    throw new UsageError(`${flag}: expected a service-level target like 80/20s (80 % answered within 20 s); got "${text}"`);
  }
  return { targetServiceLevel: level, thresholdMs: parseDuration(flag, m[2] as string) };
}

/** `"100"` or `"38,64,92"` → call counts (finite, ≥ 0). */
export function parseCounts(flag: string, text: string): number[] {
  const parts = text.split(",").map((p) => p.trim());
  const counts = parts.map(Number);
  if (parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) {
    throw new UsageError(`${flag}: expected a number of calls, or one per interval separated by commas (38,64,92); got "${text}"`);
  }
  return counts;
}

/** A whole number ≥ min (`--tickets 10000`, `--seed 1`). */
export function parseWhole(flag: string, text: string, min: number): number {
  const x = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(x) && x >= min)) throw new UsageError(`${flag}: expected a whole number ≥ ${min}; got "${text}"`);
  return x;
}

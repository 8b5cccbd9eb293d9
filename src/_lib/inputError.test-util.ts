/**
 * Test support: the `KpiInputError` a call throws, for asserting its fields. Fails the test when
 * the call returns, or throws anything else.
 */
import { expect } from "vitest";
import { isKpiInputError, type KpiInputError } from "../errors.js";

export function inputErrorOf(run: () => unknown): KpiInputError {
  try {
    run();
  } catch (error) {
    expect(isKpiInputError(error)).toBe(true);
    expect(error).toBeInstanceOf(RangeError);
    return error as KpiInputError;
  }
  return expect.unreachable("expected a KpiInputError");
}

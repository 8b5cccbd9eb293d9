/**
 * The kept results of the large cases (trend.fast.expected.test-util.ts) are the definition's:
 * computed again here, pair by pair, in every test run. Left out of the mutation runs
 * (vitest.mutation.config.ts): it tests the reference, not the library, and takes seconds.
 */
import { expect, it } from "vitest";
import { EXPECTED } from "./trend.fast.expected.test-util.js";
import { LARGE, reference } from "./trend.reference.test-util.js";

it.each(Object.entries(LARGE))("%s: the kept result is the pairwise definition's", (name, { series, options }) => {
  expect(reference(series(), options)).toStrictEqual(EXPECTED[name as keyof typeof LARGE]);
});

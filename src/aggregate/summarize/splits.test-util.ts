/** Test support: records split into parts, and the parts' aggregators merged in a given order. */
import { fc } from "@fast-check/vitest";
import { createAggregator, type Aggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import type { SummarizeOptions } from "./types.js";

/** Records, the part (0 to k − 1) each goes to, an order in which to merge the k parts, and which parts travel as JSON. */
export type Split<T> = [list: T[], part: number[], order: number[], viaJson: boolean[]];

/** Records split into 1 to `most` parts. */
export const splitsOf = <T>(records: fc.Arbitrary<T[]>, most = 5): fc.Arbitrary<Split<T>> =>
  records.chain((list) =>
    fc.integer({ min: 1, max: most }).chain((k) =>
      fc.tuple(
        fc.constant(list),
        fc.array(fc.nat(k - 1), { minLength: list.length, maxLength: list.length }),
        fc.shuffledSubarray([...Array(k).keys()], { minLength: k, maxLength: k }),
        fc.array(fc.boolean(), { minLength: k, maxLength: k }),
      ),
    ),
  );

/** An aggregator's state through JSON text, as another process would receive it. */
export const json = (a: Aggregator): unknown => JSON.parse(JSON.stringify(a.toJSON())) as unknown;

/** One aggregator per part (restored from JSON where `viaJson` says), and all of them merged in `order` into a new one. */
export function mergeSplit<T>([list, part, order, viaJson]: Split<T>, options: SummarizeOptions): { sent: Aggregator[]; folded: Aggregator } {
  const parts = order.map(() => createAggregator(options));
  list.forEach((r, i) => parts[part[i] as number]?.add(r as never));
  const sent = parts.map((p, i) => (viaJson[i] === true ? restoreAggregator(json(p)) : p));
  const folded = createAggregator(options);
  for (const i of order) folded.merge(sent[i] as Aggregator);
  return { sent, folded };
}

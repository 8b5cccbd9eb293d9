import { fail } from "../../_lib/check.js";
import { RESTORE } from "../_lib/kpi.js";
import { readEnvelope, stateFromJSON } from "../_lib/json.js";
import { canonical, readOptions, savedFunctions } from "../_lib/options.js";
import { KPIS } from "../kpis/index.js";
import { makeAggregator, type Aggregator } from "./createAggregator.js";
import type { KpiColumns, KpiRequest, SummarizeOptions } from "./types.js";

/**
 * An aggregator back from its JSON form (`toJSON()` of an aggregator, through
 * `JSON.stringify` and `JSON.parse` or a structured clone): to merge partial aggregators
 * computed by other workers or machines, or to go on adding records later.
 *
 * @remarks
 * The JSON holds the options, so `restoreAggregator(json)` needs nothing else, unless `by` had
 * a function: JSON cannot hold one, so pass the same options again. Options passed must be the
 * options the aggregator was made with (their JSON forms are compared, key order aside); an
 * aggregator restored with them merges with the others. The state is checked as it is read:
 * every part, and the parts against each other (counts against the group's records, the total
 * against the groups, ratings against their groups, `added` against all), so that a state no
 * records give is refused rather than summarised into wrong numbers.
 *
 * @param json - The output of `toJSON()`, as JSON gives it back.
 * @param options - The options again: required when `by` had a function, checked otherwise.
 * @throws {@link KpiInputError} (kpi `"restoreAggregator"`) when `json` is not a saved aggregator
 *   of this version (`"json.format"`, `"json.version"`, or the faulty part, e.g.
 *   `"json.groups[0].n"`), or holds a state that adding records cannot give: a count above its
 *   whole or above the group's records, backlog flows that leave a negative stock, a sketch sum
 *   outside what its count, min and max allow, a period key outside the range of dates, an
 *   `added` other than the records held … (the field names the place, e.g.
 *   `"json.groups[3].kpis[1].resolved"`; docs/guides/scaling.md lists the checks); when
 *   `options` are missing although `by` had a function, or differ from the saved ones (field
 *   `"options"`).
 * @example
 * ```ts
 * const worker = createAggregator({ kpis: ["count"], by: "channel" });
 * worker.add({ id: 1, channel: "email", createdAt: "2024-01-02T10:00:00Z" });
 * const text = JSON.stringify(worker.toJSON()); // sent to the coordinator
 * const restored = restoreAggregator(JSON.parse(text));
 * restored.result().rows; // [{ group: { channel: "email" }, n: 1, count: { value: 1, tickets: 1, surveyResponses: 0, calls: 0 } }]
 * ```
 * @see createAggregator; docs/guides/summarize.md (merging across workers)
 * @category Aggregation
 */
export function restoreAggregator<const K extends readonly KpiRequest[]>(json: unknown, options: SummarizeOptions<K>): Aggregator<KpiColumns<K>>;
export function restoreAggregator(json: unknown): Aggregator;
export function restoreAggregator(json: unknown, options?: SummarizeOptions): Aggregator {
  const envelope = readEnvelope(json);
  const saved = envelope["options"];
  if (options === undefined) {
    const functions = savedFunctions(saved);
    if (functions.length > 0) fail(RESTORE, "options", undefined, `the options again: options.by[${functions[0]}] was a function, which JSON cannot hold`);
  }
  const o = readOptions(RESTORE, options ?? saved, KPIS);
  if (canonical(o.saved) !== canonical(saved)) {
    fail(RESTORE, "options", options ?? saved, `the options the aggregator was saved with (${JSON.stringify(saved)})`);
  }
  return makeAggregator("createAggregator", o, stateFromJSON(o, envelope));
}

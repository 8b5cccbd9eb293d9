/**
 * The bucket bounds the duration KPIs' `buckets` option is proposed with, per display unit
 * (internal: for the command line, which may not reach into the KPIs' own `_lib`; not exported
 * from the package).
 *
 * @module
 */
export { suggestedDurationBuckets, type DurationUnit } from "../kpis/_lib/buckets.js";

// Bundle budgets (issue 7), checked by `npm run size` against the built ESM output, as a consumer's
// bundler sees it: esbuild bundles and minifies `import { nps } from "servicekpi"` (tree shaking
// with `sideEffects: false`) and the size is gzip level 9, less size-limit's empty-bundle overhead.
//
// SIZE_LIMIT_PACKAGE: the installed package to measure (scripts/check-package.sh passes the packed
// tarball installed in a scratch project); default this repository's own dist/.
//
// Every check also fails when the bundle would include zod or a Node built-in: the main entry must
// bundle for the browser without either (zod belongs to servicekpi/schemas, Node code to
// servicekpi/node).
import { builtinModules } from "node:module";
import path from "node:path";
import process from "node:process";

const main = path.resolve(import.meta.dirname, process.env.SIZE_LIMIT_PACKAGE || ".", "dist/index.js");
const builtins = new Set(builtinModules);

const mainEntryOnly = {
  name: "servicekpi main entry: no zod, no Node built-ins",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, "");
      const isBuiltin = args.path.startsWith("node:") || builtins.has(bare) || builtins.has(bare.split("/")[0]);
      if (!isBuiltin && !/^zod(\/|$)/.test(args.path)) return undefined;
      return { errors: [{ text: `${args.importer} imports "${args.path}": the main entry must stay free of zod and Node built-ins` }] };
    });
  },
};

const check = (name, importWhat, limit) => ({
  name,
  path: main,
  import: importWhat,
  gzip: true,
  limit,
  modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), mainEntryOnly] }),
});

// Issue 7 asked for `import { nps }` under 2 kB and the whole main entry under 25 kB. Neither can
// be reached without removing what SPEC.md requires (nps's `weights` and `interval` options with
// Tango's score interval, the normal quantile and KpiInputError: about 2.23 kB; every function in
// the main entry: about 39 kB, 27 kB of it code), so those two limits are ratchets at today's
// size: lower them as the code shrinks, never raise them without a reason.
// Raised once, 40 → 41.5 kB (issues 13 and 14): the reopenRate KPI, summarize's
// onInvalid "exclude" with its counts by reason, calls with an unknown wait, and label grouping
// (a record in several groups, the total kept apart, saved and merged) added 1.3 kB gzipped.
// Raised again, 41.5 → 42 kB (issue 15, which SPEC §9a asks of the policies evaluateSla reads):
// SLA targets written as text ("1d 4h", one regular expression and a unit table) and priority
// and channel matched ignoring case, about 0.3 kB; summarize's fillPeriods, about 0.1 kB.
// Raised again, 42 → 44.5 kB (issue 15, item 2 and 3: the KPIs a monthly review asks of
// summarize, which SPEC puts in the main entry): complaint, escalation, reassignment and
// one-touch rates, unique customers, survey delay (1.0 kB); business-time durations with a
// calendar, next reply time and duration buckets (1.4 kB).
// Raised again, 44.5 → 47.5 kB (issue 15, items 4, 5 and 11): summarize reads call records
// (serviceLevel, abandonmentRate, averageSpeedOfAnswer KPIs, 0.9 kB), duration KPIs carry their
// standard deviation from exact sums (so that a report can test a change of mean; 1.2 kB), and
// liveView, the queue at a given now (1.3 kB).
// Raised again, 47.5 → 60.5 kB, and nps 2.25 → 2.55 kB, business time 4.5 → 4.85 kB (issue 16,
// which asks the main entry's functions to answer at every size and edge, and restoreAggregator
// to refuse impossible states): trend's O(n log n) selection of Sen's slope among the pairwise
// slopes, with exact comparisons (about 14 kB minified, 4 kB gzipped), restoreAggregator's
// invariant checks (about 8 kB minified), business time that jumps weeks and years (1.5 kB
// minified), messages that quote at most 80 characters of a value (0.2 kB: every function
// carries it, hence nps), and the hole and finite checks of the shared helpers (0.1 kB). A
// next step: move restore's checks and trend's large-n path behind their own modules so that a
// bundle without them does not pay for them (they are already separate files; the main entry's
// `export *` is what keeps them).
// Raised again, business time 4.85 → 4.95 kB (issue 16, the last fuzz findings): the calendar
// reads its windows and holidays through the shared hole check (a hole threw a TypeError), and
// zone offsets clamp their samples to the range of a Date (the first year a Date holds read NaN);
// 40 bytes gzipped between them, 4.89 kB in all.
// Raised again, the whole main entry 60.5 → 60.55 kB (issue 16, mutation testing of trend's
// selection): its `random` and `work` options, through which tests show that random numbers
// change the work and never the result and hold the work to the design's bounds, and selection
// branches written as `if … continue` so that Stryker sees their marks: 10 bytes over, 60.51 kB.
export default [
  check('import { nps } from "servicekpi"', "{ nps }", "2.55 kB"),
  check('import { csat } from "servicekpi"', "{ csat }", "2 kB"),
  check('import { quantile } from "servicekpi"', "{ quantile }", "2 kB"),
  check('import { businessCalendar, businessTimeBetween } from "servicekpi"', "{ businessCalendar, businessTimeBetween }", "4.95 kB"),
  check('import * from "servicekpi" (the whole main entry)', "*", "60.55 kB"),
];

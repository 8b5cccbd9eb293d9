// The floor: one plain loop that reads the fields the report needs (channel, priority, status,
// the three timestamps, surveySent, csat, nps) and keeps trivial sums. No grouping, no sorting,
// no validation: the lower bound of any tool that reads the same data in JavaScript.
// `--source memory`: over the records already in memory (loaded as for servicekpi).
// `--source csv`: streams the file, splits lines on "\n" and fields on "," (the sample has no
// quotes; a quote stops the bench), Date.parse for timestamps, Number for scores.
import { childArgs, report, rssMB, stopwatch } from "../lib/child.mjs";
import { forEachLine, loadRecords } from "../lib/csv.mjs";

const args = childArgs({ source: { type: "string" } });
const sums = { rows: 0, frtN: 0, frtSum: 0, resN: 0, resSum: 0, resolved: 0, csatN: 0, csatSum: 0, npsN: 0, promoters: 0, sent: 0, keyChars: 0 };
const watch = stopwatch();
const phases = {};
const extra = {};

function add(channel, priority, status, c, f, r, surveySent, csat, nps) {
  sums.rows++;
  sums.keyChars += channel.length + priority.length; // the grouping and SLA keys, touched
  if (f === f) {
    sums.frtN++;
    sums.frtSum += f - c;
  }
  if (status === "solved" || status === "closed") {
    sums.resolved++;
    sums.resN++;
    sums.resSum += r - c;
  }
  if (surveySent) sums.sent++;
  if (csat === csat) {
    sums.csatN++;
    sums.csatSum += csat;
  }
  if (nps === nps) {
    sums.npsN++;
    if (nps >= 9) sums.promoters++;
  }
}

if (args.source === "memory") {
  const records = await loadRecords(args.file);
  extra.loadMs = watch.lap();
  extra.rssAfterLoadMB = rssMB();
  for (const t of records) {
    add(t.channel, t.priority, t.status, t.createdAt.getTime(), t.firstResponseAt?.getTime() ?? NaN, t.resolvedAt?.getTime() ?? NaN, t.surveySent, t.csat ?? NaN, t.nps ?? NaN);
  }
  phases.loop = watch.lap();
} else if (args.source === "csv") {
  let at;
  watch.lap();
  await forEachLine(args.file, (columns) => {
    at = Object.fromEntries(columns.map((c, i) => [c, i]));
    for (const c of ["channel", "priority", "status", "createdAt", "firstResponseAt", "resolvedAt", "surveySent", "csat", "nps"]) {
      if (at[c] === undefined) throw new Error(`floor: no column ${c}`);
    }
  }, (line) => {
    const cells = line.split(",");
    const number = (cell) => (cell === "" ? NaN : Number(cell));
    const time = (cell) => (cell === "" ? NaN : Date.parse(cell));
    add(cells[at.channel], cells[at.priority], cells[at.status], Date.parse(cells[at.createdAt]), time(cells[at.firstResponseAt]), time(cells[at.resolvedAt]),
      cells[at.surveySent] === "true", number(cells[at.csat]), number(cells[at.nps]));
  });
  phases.readAndLoop = watch.lap();
} else {
  throw new Error('--source: "memory" or "csv"');
}

report(args.out, {
  contender: `floor (${args.source})`,
  rows: sums.rows,
  timedMs: Object.values(phases).reduce((s, ms) => s + ms, 0),
  phases,
  extra,
  results: { sums },
});

// Business-time cost: how long businessTimeBetween and addBusinessTime take as spans grow.
// Run with `npm run bench:time` (builds first). Timing lives here, never in tests.
import { addBusinessTime, businessCalendar, businessTimeBetween } from "../dist/index.js";

const nineToFive = [["09:00", "12:30"], ["13:30", "17:30"]];
const calendar = businessCalendar({
  timeZone: "Europe/Amsterdam",
  week: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: Array.from({ length: 10 }, (_, y) => [`${2020 + y}-12-25`, `${2020 + y}-01-01`]).flat(),
});
const H = 3_600_000;
const start = Date.parse("2020-01-06T10:15:00Z");

/** Median time per call over `rounds` rounds of `calls` calls, in microseconds. */
function time(label, f, calls = 20_000, rounds = 7) {
  const results = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) sink += f(i);
    results.push(Number(process.hrtime.bigint() - t0) / 1000 / calls);
  }
  results.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${results[rounds >> 1].toFixed(2).padStart(8)} µs/call`);
  return sink;
}

const cold = process.hrtime.bigint();
businessTimeBetween(start, start + 10 * 365 * 24 * H, calendar);
console.log(`${"first call over 10 years (zone tables built)".padEnd(44)} ${(Number(process.hrtime.bigint() - cold) / 1000).toFixed(0).padStart(8)} µs`);
time("businessTimeBetween, 3 hours", (i) => businessTimeBetween(start + i, start + i + 3 * H, calendar));
time("businessTimeBetween, 3 days", (i) => businessTimeBetween(start + i, start + i + 72 * H, calendar));
time("businessTimeBetween, 1 year", (i) => businessTimeBetween(start + i, start + i + 365 * 24 * H, calendar));
time("businessTimeBetween, 10 years", (i) => businessTimeBetween(start + i, start + i + 3650 * 24 * H, calendar));
time("addBusinessTime, 4 business hours", (i) => addBusinessTime(start + i, 4 * H, calendar).getTime());
time("addBusinessTime, 2,000 business hours", (i) => addBusinessTime(start + i, 2000 * H, calendar).getTime());

// Far ahead: the cost is bounded by the calendar, not by the amount.
const allDay = [["00:00", "24:00"]];
const always = businessCalendar({
  timeZone: "Europe/Amsterdam",
  week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
});
const officeYear = businessTimeBetween(start, Date.parse("2021-01-06T10:15:00Z"), calendar);
const coldFar = process.hrtime.bigint();
addBusinessTime(start, 1e15, calendar);
console.log(`${"first call 1e15 ms ahead (tables to 2100)".padEnd(44)} ${(Number(process.hrtime.bigint() - coldFar) / 1000).toFixed(0).padStart(8)} µs`);
time("addBusinessTime, 100 years of office hours", (i) => addBusinessTime(start + i, 100 * officeYear, calendar).getTime(), 2_000);
time("addBusinessTime, 1e16 ms on a 24/7 calendar", (i) => addBusinessTime(-8.64e15 + i, 1e16, always).getTime(), 2_000);
time("businessTimeBetween, 1970 to 275760", (i) => businessTimeBetween(i, 8.64e15, calendar), 2_000);

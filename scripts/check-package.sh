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

# The main entry must bundle for the browser: no Node built-ins, no zod.
cat > "$scratch/browser-entry.js" <<'JS'
import { nps, csat, quantile } from "servicekpi";
console.log(nps([10, 9, 3]).value, csat([5, 4, 1]).value, quantile([1, 2, 3], 0.5));
JS
mkdir -p "$scratch/bundle/node_modules/servicekpi"
tar -xzf "$tarball" -C "$scratch/bundle/node_modules/servicekpi" --strip-components=1
cp "$scratch/browser-entry.js" "$scratch/bundle/"
npx --no-install esbuild "$scratch/bundle/browser-entry.js" --bundle --platform=browser --format=esm \
  --minify --outfile="$scratch/bundle/out.js" --metafile="$scratch/bundle/meta.json" --log-level=warning
node -e '
  const meta = require(process.argv[1]);
  const inputs = Object.keys(meta.inputs);
  const bad = inputs.filter((p) => /(^|\/)node:|node_modules\/zod\//.test(p));
  if (bad.length) { console.error("browser bundle pulls in:", bad); process.exit(1); }
  const bytes = require("fs").statSync(process.argv[2]).size;
  console.log(`browser bundle of nps+csat+quantile: ${bytes} bytes minified, ${inputs.length} inputs, no Node built-ins`);
' "$scratch/bundle/meta.json" "$scratch/bundle/out.js"
node "$scratch/bundle/out.js" >/dev/null

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
# The published types must check under a consumer's strict NodeNext settings.
cat > "$app/tsconfig.json" <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "exactOptionalPropertyTypes": true, "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JSON
"$root/node_modules/.bin/tsc" -p "$app/tsconfig.json"
echo "consumer typecheck ok"

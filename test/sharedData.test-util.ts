/** Test support: the shared fixture ../shared/data/tickets-5000.csv, read as plain text rows. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The fixture's path. */
export const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
/** Whether the fixture is there (the tests that need it are skipped otherwise). */
export const available = existsSync(csvPath);

/** Every row as `{ column: text }`, split on commas (the fixture has no quoted fields). */
export function readRows(): Record<string, string>[] {
  const lines = readFileSync(csvPath, "utf8").split(/\r?\n/).filter((line) => line.length > 0);
  const header = (lines[0] ?? "").split(",");
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
  });
}

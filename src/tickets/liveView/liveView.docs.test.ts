/**
 * docs/kpis/live-view.md: its example, run as written, gives the numbers of its table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { liveView } from "./liveView.js";

const page = readFileSync(new URL("../../../docs/kpis/live-view.md", import.meta.url), "utf8");
const code = (/## Example[\s\S]*?```ts\n([\s\S]*?)```/.exec(page)?.[1] ?? "")
  .replace(/^import .*\n/m, "")
  .replace(/^liveView\(/m, "return liveView(");
const rows = [...page.matchAll(/^\| (`ana`|`null`|total) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| ticket (\d+), (\d+) min \|/gm)];

describe("docs/kpis/live-view.md", () => {
  it("gives the numbers of its example table", () => {
    const view = new Function("liveView", code)(liveView) as ReturnType<typeof liveView<"agent">>;
    expect(rows).toHaveLength(3);
    const lines = [...view.groups, view.total];
    rows.forEach((m, k) => {
      const g = lines[k]!;
      expect([g.open, g.unassigned, g.awaitingFirstReply, g.awaitingReply, g.awaitingCustomer, g.oldestWaiting?.id, (g.oldestWaiting?.waitingMs ?? 0) / 60_000])
        .toEqual(m.slice(2, 9).map(Number));
    });
    expect(view.groups.map((g) => g.group.agent)).toEqual(["ana", null]);
    expect(view.total.atRisk.map((r) => [r.id, r.dueAt.toISOString().slice(11, 16), r.remainingMs])).toEqual([[1, "10:00", 0], [3, "10:40", 2_400_000]]);
  });
});

/**
 * docs/kpis/channels.md documents normalizeChannel's table: every spelling listed there must map
 * to the channel of its row, and every channel must have a row.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHANNELS, normalizeChannel } from "./normalizeChannel.js";

const page = readFileSync(new URL("../../../docs/kpis/channels.md", import.meta.url), "utf8");
const rows = [...page.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map((m) => [m[1] as string, (m[2] as string).split(/[,;]/)] as const);

describe("docs/kpis/channels.md", () => {
  it("has one row per channel", () => {
    expect(rows.map(([channel]) => channel)).toEqual([...CHANNELS]);
  });

  it("lists spellings that map to their row's channel", () => {
    let checked = 0;
    for (const [channel, spellings] of rows) {
      for (const raw of spellings) {
        const spelling = raw.trim();
        if (channel === "other" && !/^[a-z ]+$/.test(spelling)) continue; // the prose of the last row
        expect([spelling, normalizeChannel(spelling)]).toEqual([spelling, channel]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(90);
  });
});

/**
 * The house rules of src/, read from the modules' own import statements (tests and test
 * helpers aside): the floors of docs/architecture.md, no import circle, no `_lib` of one family
 * imported from another, the aggregation engine below its KPIs and its public functions, no
 * `as never` cast between modules, and a main entry free of Node built-ins, zod and the CSV parser.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

/** Each family (a folder of src/, or a file at its top) on its floor: imports go down or stay in the family. */
const FLOORS: Readonly<Record<string, number>> = {
  errors: 0,
  _lib: 1,
  stats: 2,
  records: 2,
  survey: 3,
  operations: 3,
  contactCenter: 3,
  time: 3,
  targets: 3,
  tickets: 4,
  aggregate: 5,
  schemas: 5,
  index: 6,
  node: 6,
  report: 6,
  helpdesks: 6,
  cli: 7,
};

interface Module {
  readonly path: string; // relative to src/, with .ts
  readonly local: readonly string[]; // modules of src/ it imports (relative to src/)
  readonly packages: readonly string[]; // bare specifiers: "zod", "node:fs" …
  readonly usesNodeTypes: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !name.includes(".test") ? [path] : [];
  });
}

// import … from "x", export … from "x", import "x", import("x"): as text, like any reader of the code
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s(?:[^;'"]*?\sfrom\s)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function readModule(file: string): Module {
  const text = readFileSync(file, "utf8");
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = (m[1] ?? m[2]) as string;
    if (spec.startsWith(".")) local.push(relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, ".ts"))));
    else packages.push(spec);
  }
  return { path: relative(SRC, file), local, packages, usesNodeTypes: text.includes('/// <reference types="node" />') };
}

const modules = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f), readModule(f)]));

/** The family of a module: its top folder, or its own name for a file at the top. */
const familyOf = (path: string): string => (path.includes("/") ? (path.split("/")[0] as string) : path.replace(/\.ts$/, ""));

describe("architecture", () => {
  it("reads every module's imports, and every local import names a module of src/", () => {
    expect(modules.size).toBeGreaterThan(150);
    const unresolved = [...modules.values()].flatMap((m) => m.local.filter((t) => !modules.has(t)).map((t) => `${m.path} -> ${t}`));
    expect(unresolved).toEqual([]);
    // a sample the reader must see: a type-only import spread over several lines
    expect(modules.get("aggregate/summarize/types.ts")?.local).toContain("aggregate/kpis/index.ts");
  });

  it("puts every family on a floor, and every import goes down a floor or stays in its family", () => {
    const families = new Set([...modules.keys()].map(familyOf));
    expect([...families].filter((f) => FLOORS[f] === undefined)).toEqual([]);
    const upward = [...modules.values()].flatMap((m) =>
      m.local
        .filter((t) => familyOf(t) !== familyOf(m.path) && (FLOORS[familyOf(t)] as number) >= (FLOORS[familyOf(m.path)] as number))
        .map((t) => `${m.path} -> ${t}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no import circle, type-only imports included", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (path: string, trail: string[]): void => {
      if (state.get(path) === "done") return;
      if (state.get(path) === "open") {
        circles.push([...trail.slice(trail.indexOf(path)), path].join(" -> "));
        return;
      }
      state.set(path, "open");
      for (const next of modules.get(path)?.local ?? []) visit(next, [...trail, path]);
      state.set(path, "done");
    };
    for (const path of modules.keys()) visit(path, []);
    expect(circles).toEqual([]);
  });

  it("keeps each family's _lib to the family", () => {
    const reached = [...modules.values()].flatMap((m) =>
      m.local.filter((t) => t.includes("/_lib/") && !t.startsWith("_lib/") && familyOf(t) !== familyOf(m.path)).map((t) => `${m.path} -> ${t}`),
    );
    expect(reached).toEqual([]);
  });

  it("keeps the aggregation engine below its KPIs, and both below the public functions", () => {
    const wrong = [...modules.values()].flatMap((m) =>
      m.local
        .filter(
          (t) =>
            (m.path.startsWith("aggregate/_lib/") && (t.startsWith("aggregate/kpis/") || t.startsWith("aggregate/summarize/"))) ||
            (m.path.startsWith("aggregate/kpis/") && t.startsWith("aggregate/summarize/")),
        )
        .map((t) => `${m.path} -> ${t}`),
    );
    expect(wrong).toEqual([]);
  });

  it("needs no `as never` between its own modules (a seam our code must cast, a user must cast too)", () => {
    const casts = [...modules.keys()].filter((path) => /\bas never\b/.test(readFileSync(join(SRC, path), "utf8")));
    expect(casts).toEqual([]);
  });

  it("keeps Node built-ins, zod and the CSV parser out of everything the main entry reaches", () => {
    const reached = new Set<string>();
    const walk = (path: string): void => {
      if (reached.has(path)) return;
      reached.add(path);
      for (const next of modules.get(path)?.local ?? []) walk(next);
    };
    walk("index.ts");
    expect(reached.size).toBeGreaterThan(100);
    const impure = [...reached].flatMap((path) => {
      const m = modules.get(path) as Module;
      const bad = m.packages.filter((p) => p.startsWith("node:") || p === "zod" || p.startsWith("csv-parse"));
      return [...bad.map((p) => `${path} imports ${p}`), ...(m.usesNodeTypes ? [`${path} uses Node's types`] : [])];
    });
    expect(impure).toEqual([]);
  });
});

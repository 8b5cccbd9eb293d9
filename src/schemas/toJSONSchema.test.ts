import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../_lib/inputError.test-util.js";
import { callSchema, contactSchema, surveyResponseSchema, ticketEventSchema, ticketSchema, toJSONSchema } from "./index.js";

type Json = Record<string, unknown>;
const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

/** The draft 2020-12 shape every property schema here must have: a type, an anyOf of typed schemas, or an enum. */
function expectPropertySchema(name: string, s: Json): void {
  if (s["anyOf"] !== undefined) {
    expect(Array.isArray(s["anyOf"]), name).toBe(true);
    for (const part of s["anyOf"] as Json[]) expect(TYPES.has(part["type"] as string), `${name} anyOf`).toBe(true);
    return;
  }
  expect(TYPES.has(s["type"] as string), `${name}: ${JSON.stringify(s)}`).toBe(true);
  if (s["enum"] !== undefined) expect((s["enum"] as unknown[]).every((v) => typeof v === "string")).toBe(true);
  const items = s["items"] as Json | undefined;
  if (s["type"] !== "array") return;
  if (items?.["type"] === "object") expectObjectSchema(items);
  else expect(items).toEqual({ type: "string" }); // labels
}

function expectObjectSchema(s: Json): void {
  expect(s["type"]).toBe("object");
  const properties = s["properties"] as Record<string, Json>;
  for (const [name, p] of Object.entries(properties)) expectPropertySchema(name, p);
  for (const r of (s["required"] ?? []) as string[]) expect(Object.keys(properties)).toContain(r);
  expect(s["additionalProperties"]).toBeUndefined(); // extra columns are allowed (and dropped)
}

describe("toJSONSchema", () => {
  it("TSDoc example", () => {
    const json = toJSONSchema(callSchema);
    expect(json["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(json["required"]).toEqual(["outcome"]);
    expect(json["then"]).toEqual({ required: ["waitMs"] });
  });

  it.each([
    ["ticketSchema", ticketSchema, ["id", "createdAt"]],
    ["ticketEventSchema", ticketEventSchema, ["ticketId", "at", "type"]],
    ["surveyResponseSchema", surveyResponseSchema, ["type"]],
    ["callSchema", callSchema, ["outcome"]],
    ["contactSchema", contactSchema, []],
  ] as const)("%s: draft 2020-12 object schema with its required fields", (_, schema, required) => {
    const json = toJSONSchema(schema);
    expect(json["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expectObjectSchema(json);
    expect(json["required"] ?? []).toEqual(required);
    expect(Object.keys(json["properties"] as Json)).toEqual(Object.keys(schema.shape));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("callSchema requires waitMs of an answered call only", () => {
    const json = toJSONSchema(callSchema);
    expect([json["if"], json["then"]]).toEqual([{ properties: { outcome: { const: "answered" } }, required: ["outcome"] }, { required: ["waitMs"] }]);
    expect((json["properties"] as Record<string, Json>)["waitMs"]).toEqual({ type: "number", minimum: 0 });
  });

  it("contactSchema requires startedAt or createdAt", () => {
    expect(toJSONSchema(contactSchema)["anyOf"]).toEqual([{ required: ["startedAt"] }, { required: ["createdAt"] }]);
  });

  it("timestamps are a date-time string or epoch ms; ids a string or number; scales with bounds", () => {
    const p = toJSONSchema(ticketSchema)["properties"] as Record<string, Json>;
    expect(p["createdAt"]?.["anyOf"]).toEqual([{ type: "string", format: "date-time" }, { type: "number", description: "epoch milliseconds" }]);
    expect(p["id"]).toEqual({ anyOf: [{ type: "string", minLength: 1 }, { type: "number" }] });
    expect(p["csat"]).toEqual({ type: "integer", minimum: 1, maximum: 5 });
    expect(p["status"]?.["enum"]).toEqual(["new", "open", "pending", "on-hold", "solved", "closed"]);
    expect(p["surveySent"]).toEqual({ type: "boolean" });
    const count = { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER }; // as reopens
    expect(p["reopens"]).toEqual(count);
    expect([p["complaint"], p["escalated"], p["replies"], p["reassignments"]]).toEqual([{ type: "boolean" }, { type: "boolean" }, count, count]);
    expect(p["tags"]).toEqual({ type: "array", items: { type: "string" } });
    expect(((p["events"]?.["items"] as Json)["required"])).toEqual(["at", "type"]);
  });

  it("rejects what is not an object schema", () => {
    expect(inputErrorOf(() => toJSONSchema(null as never)).field).toBe("schema");
  });
});

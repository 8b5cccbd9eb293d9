/**
 * JSON Schema (draft 2020-12) of a record schema, for producers in other languages.
 *
 * @module
 */
import * as z from "zod";
import { fail } from "../_lib/check.js";
import { fieldKinds, jsonSchemaExtras } from "./_lib/fields.js";
import type { JsonSchema, RecordSchema } from "./types.js";

const TIMESTAMP: JsonSchema = {
  anyOf: [
    { type: "string", format: "date-time" },
    { type: "number", description: "epoch milliseconds" },
  ],
  description: 'ISO 8601 date-time ("2024-10-29T22:00:00Z"; without an offset it is read in the reader\'s time zone) or epoch milliseconds',
};
const ID: JsonSchema = { anyOf: [{ type: "string", minLength: 1 }, { type: "number" }] };

function replace(target: JsonSchema, source: JsonSchema): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, JSON.parse(JSON.stringify(source)) as JsonSchema);
}

/**
 * The JSON Schema (draft 2020-12) of a record schema: the JSON form of a record, for tools and
 * languages that produce records for this library.
 *
 * @remarks
 * Built with zod 4's `z.toJSONSchema` on the record as the schema outputs it, with each field
 * described in its JSON form: timestamps as a `date-time` string or epoch milliseconds, ids as
 * a non-empty string or a number, numbers with their bounds, choices as `enum`. The CSV spellings
 * the schemas also accept ("2.0", "True", "") are not part of it. Properties not in the schema
 * are allowed (they are dropped when read). A contact needs `startedAt` or `createdAt`
 * (`anyOf` of the two `required`); an answered call needs `waitMs` (`if` the outcome is
 * `"answered"`, `then` `waitMs` is `required`; an abandoned call may leave it out); other rules
 * across fields (a resolution not before creation, the score scale of a survey type) are not
 * expressed.
 *
 * @param schema - A record schema such as {@link ticketSchema}.
 * @returns A JSON Schema object with `$schema`, `type: "object"`, `properties` and `required`.
 *
 * @example
 * ```ts
 * const json = toJSONSchema(callSchema);
 * json.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * json.required; // ["outcome"]
 * json.then; // { required: ["waitMs"] }: when the outcome is "answered"
 * ```
 * @category Schemas
 */
export function toJSONSchema(schema: RecordSchema): JsonSchema {
  if (schema === null || typeof schema !== "object" || typeof schema.shape !== "object") {
    fail("toJSONSchema", "schema", schema, "a zod object schema such as ticketSchema");
  }
  return z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "any",
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      const kind = fieldKinds.get(ctx.zodSchema as unknown as z.ZodType)?.kind;
      if (kind === "timestamp") replace(json, TIMESTAMP);
      else if (kind === "id") replace(json, ID);
      else if (ctx.zodSchema._zod.def.type === "object") {
        delete json["additionalProperties"];
        Object.assign(json, JSON.parse(JSON.stringify(jsonSchemaExtras.get(ctx.zodSchema) ?? {})) as JsonSchema);
      }
    },
  }) as JsonSchema;
}

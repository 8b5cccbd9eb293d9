/**
 * When a record schema's cross-field rules run. zod runs a refinement after the object's own
 * checks; by default only when those found nothing, and with a `when` of our choosing also when
 * a field failed (so a row gets every reason at once). The rules read fields, so whatever `when`
 * adds, they never run on a value that is not an object at all: `safeParse(undefined)` is a
 * failed parse with zod's own issue, not a `TypeError` from inside a rule.
 *
 * @module
 */
import { isPlainObject } from "../../_lib/check.js";

/** What zod gives a `when`: the value parsed so far and the issues found. */
interface Payload {
  readonly value: unknown;
  readonly issues: readonly { readonly path?: readonly PropertyKey[] | undefined }[];
}

/**
 * Options for a rule that runs on every object, also when some of its fields failed, but not
 * when one of `unless` fields failed (that field's own issue says it better).
 */
export function onObjects(...unless: readonly string[]): { readonly when: (payload: Payload) => boolean } {
  return {
    when: (payload) => isPlainObject(payload.value) && !payload.issues.some((issue) => unless.includes(issue.path?.[0] as string)),
  };
}

/**
 * What the schemas know about their fields and date layouts, for the command line's `init`
 * (internal: not part of `servicekpi/schemas`): the kind of each field of a schema built from the
 * library's field schemas, the date-pattern reader the mappings use, and the words of the good/bad
 * CSAT scale.
 *
 * @module
 */
export { fieldKinds, type FieldInfo } from "./_lib/fields.js";
export { compileDatePattern, TIME_OF_DAY, type DateReader } from "./_lib/datePattern.js";
export { binaryWord } from "./_lib/scales.js";

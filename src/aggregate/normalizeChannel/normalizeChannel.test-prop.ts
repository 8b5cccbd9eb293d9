import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { CHANNELS, normalizeChannel } from "./normalizeChannel.js";

const spelling = fc.oneof(
  fc.string(),
  fc.constantFrom("E-mail", "Live chat", "Social media", "WhatsApp", "Phone", "Voice", "Self-Service", "Help Center", "Web form", "SMS", "API"),
  fc.constantFrom(...CHANNELS),
);

test.prop([spelling])("always a member of CHANNELS, and idempotent", (raw) => {
  const c = normalizeChannel(raw);
  expect(CHANNELS).toContain(c);
  expect(normalizeChannel(c)).toBe(c);
});

test.prop([spelling, fc.constantFrom(" ", "-", "_", "."), fc.boolean()])("separators and case do not matter", (raw, sep, upper) => {
  const respelled = (upper ? raw.toUpperCase() : raw.toLowerCase()).split(" ").join(sep);
  // toUpperCase can change length for some characters (ß → SS); compare on the plain-ASCII spellings only.
  fc.pre(/^[\x20-\x7e]*$/.test(raw));
  expect(normalizeChannel(respelled)).toBe(normalizeChannel(raw));
});

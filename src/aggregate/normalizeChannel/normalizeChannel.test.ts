import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { CHANNELS, normalizeChannel } from "./normalizeChannel.js";

describe("normalizeChannel", () => {
  it("maps the spellings of real exports (the TSDoc example)", () => {
    expect(normalizeChannel("E-mail")).toBe("email");
    expect(normalizeChannel("Live chat")).toBe("chat");
    expect(normalizeChannel("Social Media")).toBe("social");
    expect(normalizeChannel("WhatsApp")).toBe("messaging");
    expect(normalizeChannel("Help Center")).toBe("self-service");
    expect(normalizeChannel("API")).toBe("other");
    expect(normalizeChannel(null)).toBe("other");
  });

  it("reads the five channels of the shared tickets-5000.csv export and Zendesk via.channel values", () => {
    // tickets-5000.csv: Chat, Email, Phone, Social Media, Self-Service
    expect(["Chat", "Email", "Phone", "Social Media", "Self-Service"].map(normalizeChannel)).toEqual(["chat", "email", "phone", "social", "self-service"]);
    // Zendesk Support API via.channel: web, email, chat, voice, sms, twitter, facebook, api, native_messaging, instagram_dm, whatsapp, mobile_sdk
    expect(["web", "email", "chat", "voice", "sms", "twitter", "facebook", "api", "native_messaging", "instagram_dm", "whatsapp", "mobile_sdk"].map(normalizeChannel))
      .toEqual(["web", "email", "chat", "phone", "messaging", "social", "social", "other", "messaging", "messaging", "messaging", "messaging"]);
  });

  it("ignores case, spaces, hyphens, underscores and dots", () => {
    for (const s of ["self service", "SELF_SERVICE", "Self-Service", "self.service", "  Self  Service ", "selfservice"]) expect(normalizeChannel(s)).toBe("self-service");
    expect(normalizeChannel("Web form")).toBe("web");
    expect(normalizeChannel("web_form")).toBe("web");
    expect(normalizeChannel("Phone")).toBe("phone");
    expect(normalizeChannel("Call")).toBe("phone");
    expect(normalizeChannel("Voice")).toBe("phone");
    expect(normalizeChannel("Messenger")).toBe("messaging");
    expect(normalizeChannel("SMS")).toBe("messaging");
    expect(normalizeChannel("Twitter")).toBe("social");
    expect(normalizeChannel("Instagram")).toBe("social");
    expect(normalizeChannel("Facebook")).toBe("social");
  });

  it("gives other for missing, empty and unknown values", () => {
    expect(normalizeChannel(undefined)).toBe("other");
    expect(normalizeChannel("")).toBe("other");
    expect(normalizeChannel(" - ")).toBe("other");
    expect(normalizeChannel("carrier pigeon")).toBe("other");
    expect(normalizeChannel("constructor")).toBe("other");
  });

  it("maps each channel to itself", () => {
    for (const c of CHANNELS) expect(normalizeChannel(c)).toBe(c);
    expect(Object.isFrozen(CHANNELS)).toBe(true);
  });

  it("throws for a value that is not a string", () => {
    const e = inputErrorOf(() => normalizeChannel(3 as never));
    expect(e).toMatchObject({ kpi: "normalizeChannel", field: "raw", value: 3 });
  });
});

// Tickets from the Freshdesk API, page by page (page=N while a Link header names the next one),
// into an aggregator as they arrive: fromFreshdesk turns each page of tickets (with their stats),
// their conversations and ratings into records with message events.
//
//   npm run build && node examples/freshdesk-api.mjs
// With FRESHDESK_DOMAIN (yourcompany.freshdesk.com) and FRESHDESK_KEY set it asks your helpdesk;
// without them it reads recorded responses (test/fixtures/helpdesks/freshdesk-api, made-up tickets).
import { readFile } from "node:fs/promises";
import { createAggregator } from "servicekpi";
import { fromFreshdesk } from "servicekpi/helpdesks";

const { FRESHDESK_DOMAIN: domain, FRESHDESK_KEY: key } = process.env;

/** GET a JSON response and whether a next page exists (Freshdesk's Link header). */
async function get(path) {
  if (domain) {
    const response = await fetch(`https://${domain}/api/v2${path}`, { headers: { Authorization: `Basic ${btoa(`${key}:X`)}` } });
    if (response.status === 429) throw new Error(`rate limited: retry after ${response.headers.get("retry-after")} s`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return { body: await response.json(), next: /rel="next"/.test(response.headers.get("link") ?? "") };
  }
  const recorded = (name) => readFile(new URL(`../test/fixtures/helpdesks/freshdesk-api/${name}`, import.meta.url), "utf8").then(JSON.parse);
  const url = new URL(path, "https://example.freshdesk.com");
  if (url.pathname === "/tickets") {
    const page = Number(url.searchParams.get("page"));
    return { body: await recorded(`tickets-${page}.json`), next: page < 3 };
  }
  const conversations = /^\/tickets\/(\d+)\/conversations$/.exec(url.pathname);
  if (conversations) return { body: (await recorded("conversations.json")).filter((c) => c.ticket_id === Number(conversations[1])), next: false };
  return { body: await recorded(`${url.pathname.slice(1).replace("surveys/", "")}.json`), next: false };
}

const agents = (await get("/agents")).body;
const groups = (await get("/groups")).body;
const satisfactionRatings = (await get("/surveys/satisfaction_ratings")).body;
const aggregator = createAggregator({ by: ["channel"], kpis: ["firstResponseTime", "resolutionTime", "csat"] });

let read = 0;
for (let page = 1, more = true; more; page++) {
  // updated_since: without it Freshdesk lists only the tickets created in the last 30 days
  const { body: tickets, next } = await get(`/tickets?include=stats&updated_since=2026-01-01T00:00:00Z&per_page=100&page=${page}`);
  const conversations = (await Promise.all(tickets.map((t) => get(`/tickets/${t.id}/conversations`)))).flatMap((r) => r.body);
  for (const record of fromFreshdesk({ tickets, conversations, satisfactionRatings, agents, groups })) aggregator.add(record);
  read += tickets.length;
  console.log(`page ${page}: ${tickets.length} tickets (${read} so far)`);
  more = next;
}

const result = aggregator.result();
const hours = (ms) => (ms === null ? "–" : (ms / 3_600_000).toFixed(2));
console.table(
  [...result.rows, result.total].map((r) => ({
    channel: r.group.channel ?? "total",
    tickets: r.n,
    "first response p50 (h)": hours(r.firstResponseTime.medianMs),
    "resolution p50 (h)": hours(r.resolutionTime.medianMs),
    "CSAT %": r.csat.value === null ? "–" : r.csat.value.toFixed(1),
  })),
);

// Conversations from the Intercom API, page by page, into an aggregator as they arrive: the list
// pages give the ids (cursor: pages.next.starting_after), each conversation is fetched with its
// parts, and fromIntercom turns it into a record with events; servicekpi measures first reply
// and resolution itself, within the workspace's office hours.
//
//   npm run build && node examples/intercom-api.mjs
// With INTERCOM_TOKEN set it asks your workspace; without it it reads recorded responses
// (test/fixtures/helpdesks/intercom-api, made-up conversations).
import { readFile } from "node:fs/promises";
import { businessCalendar, createAggregator } from "servicekpi";
import { fromIntercom } from "servicekpi/helpdesks";

const token = process.env.INTERCOM_TOKEN;
const base = "https://api.intercom.io";

/** GET a JSON response: from the workspace, or from the recorded ones. */
async function get(path) {
  if (token) {
    const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Intercom-Version": "2.14" } });
    if (response.status === 429) throw new Error(`rate limited: retry after ${response.headers.get("x-ratelimit-reset")}`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }
  const recorded = (name) => readFile(new URL(`../test/fixtures/helpdesks/intercom-api/${name}`, import.meta.url), "utf8").then(JSON.parse);
  const url = new URL(path, base);
  if (url.pathname === "/conversations") return recorded(url.searchParams.has("starting_after") ? "conversations-2.json" : "conversations-1.json");
  const one = /^\/conversations\/(\w+)$/.exec(url.pathname);
  if (one) return (await recorded("conversation-details.json")).conversations.find((c) => c.id === one[1]);
  return recorded(`${url.pathname.slice(1)}.json`);
}

const { admins } = await get("/admins");
const { teams } = await get("/teams");
const day = [["08:00", "17:00"]];
const officeHours = businessCalendar({ timeZone: "America/Los_Angeles", week: { mon: day, tue: day, wed: day, thu: day, fri: day } });
const aggregator = createAggregator({ by: ["channel"], kpis: [{ kpi: "firstResponseTime", calendar: officeHours }, { kpi: "resolutionTime", calendar: officeHours }, "csat", "reopenRate"] });

let read = 0;
for (let cursor = null, first = true; first || cursor; first = false) {
  const page = await get(`/conversations?per_page=10${cursor ? `&starting_after=${cursor}` : ""}`);
  // the list carries no parts: fetch each conversation for its events
  const conversations = await Promise.all(page.conversations.map((c) => get(`/conversations/${c.id}`)));
  for (const record of fromIntercom({ conversations, admins, teams })) aggregator.add(record);
  read += conversations.length;
  console.log(`page of ${conversations.length} conversations read (${read} so far)`);
  cursor = page.pages?.next?.starting_after ?? null;
}

const result = aggregator.result();
const hours = (ms) => (ms === null ? "–" : (ms / 3_600_000).toFixed(2));
console.table(
  [...result.rows, result.total].map((r) => ({
    channel: r.group.channel ?? "total",
    conversations: r.n,
    "first reply p50 (office h)": hours(r.firstResponseTime.medianMs),
    "resolution p50 (office h)": hours(r.resolutionTime.medianMs),
    "CSAT %": r.csat.value === null ? "–" : r.csat.value.toFixed(1),
    "reopened %": r.reopenRate.value === null ? "–" : r.reopenRate.value.toFixed(1),
  })),
);

// Conversations from Help Scout's Mailbox API 2.0, page by page, into an aggregator as they
// arrive: each page of GET /v2/conversations?status=all&embed=threads carries the threads, and
// fromHelpScout turns each conversation into a record with events (spam left out, counted here);
// servicekpi measures first reply and resolution itself.
//
//   npm run build && node examples/helpscout-api.mjs
// With HELPSCOUT_TOKEN set (an OAuth2 access token) it asks your account; without it it reads
// recorded responses (test/fixtures/helpdesks/helpscout-api, made-up conversations).
import { readFile } from "node:fs/promises";
import { createAggregator } from "servicekpi";
import { fromHelpScout } from "servicekpi/helpdesks";

const token = process.env.HELPSCOUT_TOKEN;
const base = "https://api.helpscout.net";

/** GET a JSON response: from the account, or from the recorded ones. */
async function get(path) {
  if (token) {
    const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (response.status === 429) throw new Error(`rate limited: retry after ${response.headers.get("x-ratelimit-retry-after")} s`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }
  const recorded = (name) => readFile(new URL(`../test/fixtures/helpdesks/helpscout-api/${name}`, import.meta.url), "utf8").then(JSON.parse);
  const url = new URL(path, base);
  if (url.pathname === "/v2/conversations") return recorded(`conversations-${url.searchParams.get("page") ?? 1}.json`);
  if (url.pathname === "/v2/mailboxes") return recorded("mailboxes.json");
  if (url.pathname === "/v2/reports/happiness/ratings") return recorded("happiness-ratings.json");
  throw new Error(`no recorded response for ${path}`);
}

const mailboxes = (await get("/v2/mailboxes"))._embedded?.mailboxes ?? [];
// the Happiness Ratings report (Plus and Pro plans) lists the rated conversations of a period
const ratings = [];
for (let page = 1, pages = 1; page <= pages; page++) {
  const body = await get(`/v2/reports/happiness/ratings?start=2026-11-01T00:00:00Z&end=2026-12-01T00:00:00Z&rating=all&page=${page}`);
  ratings.push(...body.results);
  pages = body.pages ?? 1;
}
const aggregator = createAggregator({ by: ["team"], kpis: ["firstResponseTime", "resolutionTime", "csat", "reopenRate"] });

let [read, spam] = [0, 0];
for (let page = 1, more = true; more; page++) {
  const body = await get(`/v2/conversations?status=all&embed=threads&page=${page}`);
  const conversations = body._embedded?.conversations ?? [];
  spam += conversations.filter((c) => c.status === "spam").length;
  for (const record of fromHelpScout({ conversations, ratings, mailboxes }, { spam: "leave out" })) aggregator.add(record);
  read += conversations.length;
  console.log(`page ${page}: ${conversations.length} conversations read (${read} so far, ${spam} spam left out)`);
  more = body._links?.next !== undefined;
}

const result = aggregator.result();
const hours = (ms) => (ms === null ? "–" : (ms / 3_600_000).toFixed(2));
console.table(
  [...result.rows, result.total].map((r) => ({
    mailbox: r.group.team ?? "total",
    conversations: r.n,
    "first reply p50 (h)": hours(r.firstResponseTime.medianMs),
    "resolution p50 (h)": hours(r.resolutionTime.medianMs),
    "CSAT % (Great)": r.csat.value === null ? "–" : r.csat.value.toFixed(1),
    "reopened %": r.reopenRate.value === null ? "–" : r.reopenRate.value.toFixed(1),
  })),
);

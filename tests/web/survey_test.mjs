// The survey form in a real browser (Debian's Chromium through playwright-core):
// three respondents fill in the offline form and save their answers (downloads);
// `stakemap merge` gives a map with their ties and provenance, and
// `stakemap survey-status` lists who answered, who did not, and the disagreements.
// node survey_test.mjs STAKEMAP NODE_MODULES DATASETS OUT_DIR
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import assert from "node:assert/strict";
import { check, finish, launchChromium } from "./browser_checks.mjs";

const [stakemap, nodeModules, datasets, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const forum = join(datasets, "alliance87-ngo-forum-2017.json");
const form = join(out, "form.html");
execFileSync(stakemap, ["survey", forum, "-o", form], { stdio: ["ignore", "ignore", "pipe"] });

const browser = await launchChromium(nodeModules);

// One respondent's session: who they are, their scores, their partners; returns the saved file.
async function answer({ name, self, influence, interest, partners, file, screenshot }) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const url = pathToFileURL(form).href;
  page.on("request", (request) => { if (request.url() !== url && !request.url().startsWith("blob:")) requests.push(request.url()); });
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => window.stakemapSurvey && window.stakemapSurvey.ready);
  await page.fill("#respondent-name", name);
  await page.fill("#self-search", self.search);
  await page.click(`#self-matches button:has-text("${self.label}")`);
  assert.equal(await page.textContent("#self-chosen"), `Answering for: ${self.label}`);
  await page.selectOption("#self-influence", String(influence));
  await page.selectOption("#self-interest", String(interest));
  for (const partner of partners) {
    if (partner.missing) {
      await page.fill("#new-name", partner.label);
      await page.selectOption("#new-type", partner.type);
      await page.click("#new-add");
    } else {
      await page.fill("#partner-search", partner.search);
      await page.click(`#partner-matches button:has-text("${partner.label}")`);
    }
    const card = page.locator("fieldset.partner").last();
    for (const type of partner.types) await card.locator(`input[value="${type}"]`).check();
    if (partner.frequency) await card.locator('select[name="frequency"]').selectOption(partner.frequency);
    if (partner.reliability) await card.locator('select[name="trust-reliability"]').selectOption(String(partner.reliability));
  }
  assert.equal(await page.textContent("#partner-count"), `${partners.length} partner${partners.length === 1 ? "" : "s"} named.`);
  if (screenshot) await page.screenshot({ path: join(out, screenshot), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
  const saved = join(out, file);
  await download.saveAs(saved);
  assert.match(await page.textContent("#message"), /^Saved response-/);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
  await context.close();
  return saved;
}

const files = [];
await check("three respondents fill in the form offline and save their answers", async () => {
  files.push(await answer({
    name: "Ana", self: { search: "solidarity", label: "Solidarity Center" }, influence: 6, interest: 9, file: "ana.json", screenshot: "survey-filled.png",
    partners: [
      { search: "visayan", label: "Visayan Forum", types: ["partnership"], frequency: "weekly or more", reliability: 4 },
      { search: "labour organ", label: "International Labour Organization (ILO)", types: ["coordination", "information"], frequency: "monthly" },
      { missing: true, label: "Kenya Domestic Workers Union", type: "union", types: ["training"] },
    ],
  }));
  files.push(await answer({
    name: "Ben", self: { search: "visayan", label: "Visayan Forum" }, influence: 4, interest: 10, file: "ben.json",
    partners: [{ search: "solidarity", label: "Solidarity Center", types: ["partnership"], frequency: "monthly", reliability: 3 }],
  }));
  files.push(await answer({
    name: "Chen", self: { search: "labour organ", label: "International Labour Organization (ILO)" }, influence: 9, interest: 8, file: "chen.json",
    partners: [{ search: "walk free", label: "Walk Free Foundation", types: ["partnership"] }],
  }));
  const saved = JSON.parse(readFileSync(files[0], "utf8"));
  assert.equal(saved.respondent.name, "Ana");
  assert.equal(saved.respondent.organisation.label, "Solidarity Center");
  assert.equal(saved.self.influence, 6);
  assert.equal(saved.ties.length, 3);
  assert.deepEqual(saved.ties[1].types, ["coordination", "information"]);
  assert.equal(saved.ties[0].trust.reliability, 4);
  assert.equal(saved.ties[2].organisation.new, true);
});

await check("merge reads the responses: their ties, the added organisation, the Net-Map scores, with provenance", async () => {
  const merged = join(out, "merged.json");
  execFileSync(stakemap, ["merge", forum, ...files, "-o", merged], { stdio: ["ignore", "ignore", "pipe"] });
  const map = JSON.parse(readFileSync(merged, "utf8"));
  const byLabel = (label) => map.nodes.find((node) => node.label === label);
  const solidarity = byLabel("Solidarity Center");
  const visayan = byLabel("Visayan Forum");
  assert.ok(solidarity && visayan);
  assert.equal(solidarity.influence, 6);
  assert.ok(byLabel("Kenya Domestic Workers Union"), "the organisation Ana added");
  const between = (a, b) => map.edges.filter((e) => (e.source === a.id && e.target === b.id) || (e.source === b.id && e.target === a.id));
  const partnership = between(solidarity, visayan).filter((e) => e.type === "partnership");
  const named = new Set(partnership.flatMap((e) => (e.sources || []).map((s) => s.file)));
  assert.ok(named.has("ana.json") && named.has("ben.json"), `sources: ${[...named]} in ${JSON.stringify(partnership)}`);
  // Both answers are kept, each with its respondent's file: Ana said weekly, Ben monthly.
  const frequencies = partnership[0].conflicts["attributes.frequency"].map((c) => [c.value, c.source.split(" ")[0]]);
  assert.deepEqual(frequencies, [["weekly or more", "ana.json"], ["monthly", "ben.json"]]);
  const ilo = byLabel("International Labour Organization (ILO)");
  const types = new Set(between(solidarity, ilo).map((e) => e.type));
  assert.ok(types.has("coordination") && types.has("information"), `types: ${[...types]}`);
});

await check("survey-status lists who answered, who did not, and where they disagree", async () => {
  const report = execFileSync(stakemap, ["survey-status", form, ...files], { encoding: "utf8" });
  assert.match(report, /3 of 40 organisations answered/);
  assert.match(report, /Solidarity Center — Ana, \d{4}-\d\d-\d\d, 3 partner\(s\) named \(ana\.json\)/);
  assert.match(report, /Not answered \(37\)/);
  assert.match(report, /Solidarity Center names International Labour Organization \(ILO\) \(coordination, information\), but International Labour Organization \(ILO\)'s answer does not name Solidarity Center\./);
  assert.match(report, /Solidarity Center and Visayan Forum differ on how often they work together: Solidarity Center says weekly or more, Visayan Forum says monthly\./);
  assert.doesNotMatch(report, /Visayan Forum names Solidarity Center/);
});

await browser.close();
finish();

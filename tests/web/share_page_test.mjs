// The shared map in a real browser (Debian's Chromium through playwright-core):
// it loads with no console error and no network request at all; search,
// filters, hover and a click on the drawn map work; hostile names stay text;
// --public drops what is not on the allow-list.
// node share_page_test.mjs STAKEMAP NODE_MODULES DATASETS OUT_DIR
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import assert from "node:assert/strict";
import { check, finish, launchChromium } from "./browser_checks.mjs";

const [stakemap, nodeModules, datasets, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

function share(map, page, extra = []) {
  execFileSync(stakemap, ["share", map, "-o", page, ...extra], { stdio: ["ignore", "ignore", "pipe"] });
  return page;
}
function pageData(html) {
  const start = html.indexOf('<script id="stakemap-data" type="application/json">');
  const end = html.indexOf("</script>", start);
  return JSON.parse(html.slice(html.indexOf(">", start) + 1, end));
}

const browser = await launchChromium(nodeModules);

// Opens a page and records every request but the page itself, and every console error.
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  const requests = [];
  const errors = [];
  page.on("request", (request) => { if (request.url() !== url) requests.push(request.url()); });
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => window.stakemapShare && window.stakemapShare.ready, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  return { page, context, requests, errors };
}

const forum = join(datasets, "alliance87-ngo-forum-2017.json");
const forumPage = share(forum, join(out, "forum.html"));
const forumHtml = readFileSync(forumPage, "utf8");
const forumData = pageData(forumHtml);

await check("the forum map loads with no console error and no network request", async () => {
  const { page, context, requests, errors } = await open(forumPage);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
  assert.equal(await page.textContent("#shown-count"), `${forumData.nodes.length} of ${forumData.nodes.length} organisations shown`);
  assert.ok(await page.evaluate(() => !!document.querySelector("#map canvas")), "sigma drew its canvases");
  await page.screenshot({ path: join(out, "share-forum.png") });
  await context.close();
});

await check("search finds by part of a name, accents ignored, and a match opens its details", async () => {
  const { page, context } = await open(forumPage);
  const target = forumData.nodes.find((node) => node.id === "ilo");
  await page.fill("#search", "labour organ");
  const matches = await page.$$eval("#matches button", (buttons) => buttons.map((b) => b.textContent));
  assert.ok(matches.includes(target.label), `matches: ${matches}`);
  await page.click(`#matches button:text-is("${target.label}")`);
  assert.equal(await page.textContent("#details h3"), target.label);
  await context.close();
});

await check("a type filter shows exactly the organisations of that type", async () => {
  const { page, context } = await open(forumPage);
  const unions = forumData.nodes.filter((node) => node.type === "union").length;
  assert.ok(unions > 0);
  await page.selectOption("#filter-type", "union");
  assert.equal(await page.textContent("#shown-count"), `${unions} of ${forumData.nodes.length} organisations shown`);
  await page.selectOption("#filter-type", "");
  assert.equal(await page.textContent("#shown-count"), `${forumData.nodes.length} of ${forumData.nodes.length} organisations shown`);
  await context.close();
});

await check("hovering and clicking an organisation on the drawn map shows its details; the ego view keeps its partners", async () => {
  const { page, context } = await open(forumPage);
  const target = forumData.nodes.find((node) => node.id === "ilo");
  const at = await page.evaluate(() => window.stakemapShare.viewportPosition("ilo"));
  const box = await page.locator("#map").boundingBox();
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.waitForTimeout(200);
  assert.equal(await page.textContent("#hover h3"), target.label);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.waitForTimeout(200);
  assert.equal(await page.textContent("#details h3"), target.label);
  const index = forumData.nodes.indexOf(target);
  const partners = new Set(forumData.edges.filter(([s, t]) => s === index || t === index).map(([s, t]) => (s === index ? t : s)));
  await page.click("button.ego");
  assert.equal(await page.textContent("#shown-count"), `${partners.size + 1} of ${forumData.nodes.length} organisations shown`);
  await page.screenshot({ path: join(out, "share-forum-ego.png") });
  await context.close();
});

await check("the coverage heat map, the gaps and the suggestions are on the page", async () => {
  const { page, context } = await open(forumPage);
  await page.click('[data-show="coverage"]');
  assert.equal(await page.locator("#coverage tbody tr, #coverage > tr").count(), forumData.coverage.types.length);
  await page.click('[data-show="gaps"]');
  assert.equal(await page.locator("#gaps li").count(), Math.max(1, forumData.gaps.length));
  await page.click('[data-show="suggested"]');
  assert.equal(await page.locator("#suggestions > li").count(), forumData.suggestions.length);
  await page.check("#show-suggestions");
  await page.screenshot({ path: join(out, "share-forum-suggestions.png") });
  await context.close();
});

await check("--public keeps only allow-listed fields: no representatives' names", async () => {
  assert.ok(forumHtml.includes("Beate Andrees"), "the full page has the field");
  const publicHtml = readFileSync(share(forum, join(out, "forum-public.html"), ["--public"]), "utf8");
  assert.ok(!publicHtml.includes("Beate Andrees"));
  assert.ok(!publicHtml.includes("representatives"));
  assert.ok(!publicHtml.includes("role_in_report"));
});

await check("hostile names stay text: no script runs, no request is made, the name reads as written", async () => {
  const hostile = '</script><img src="http://example.com/x.png" onerror="window.pwned=1"><!--';
  const map = join(out, "hostile.json");
  writeFileSync(map, JSON.stringify({
    directed: false,
    nodes: [{ id: "h", label: hostile, type: "cso" }, { id: "w", label: "محمد للتنمية", type: "union" },
            { id: "t", label: "มูลนิธิเพื่อนหญิง", type: "cso", attributes: { website: "javascript:alert(1)" } }],
    edges: [{ source: "h", target: "w" }, { source: "w", target: "t" }],
  }));
  const { page, context, requests, errors } = await open(share(map, join(out, "hostile.html")));
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.fill("#search", "script");
  await page.click("#matches button");
  assert.equal(await page.textContent("#details h3"), hostile);
  await page.screenshot({ path: join(out, "share-hostile.png") });
  await context.close();
});

await check("an empty map and a map of one organisation load without an error", async () => {
  for (const [name, nodes] of [["empty", []], ["single", [{ id: "a", label: "Alone CSO", type: "cso" }]]]) {
    const map = join(out, `${name}.json`);
    writeFileSync(map, JSON.stringify({ directed: false, nodes, edges: [] }));
    const { page, context, requests, errors } = await open(share(map, join(out, `${name}.html`)));
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
    assert.equal(await page.textContent("#shown-count"), `${nodes.length} of ${nodes.length} organisations shown`);
    await context.close();
  }
});

await browser.close();
finish();

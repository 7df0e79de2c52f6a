// Load time and pan/zoom frame times of a shared map in headless Chromium
// (Debian's, software WebGL through SwiftShader: no GPU, as on most laptops in the field
// this is pessimistic). Not a test: figures go to bench/RESULTS.md.
// node bench/share_page_bench.mjs STAKEMAP NODE_MODULES OUT_DIR [ORGANISATIONS...]
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [stakemap, nodeModules, out, ...sizes] = process.argv.slice(2);
const { chromium } = createRequire(join(resolve(nodeModules), "x.js"))("playwright-core");
mkdirSync(out, { recursive: true });

function seconds(start) { return (Number(process.hrtime.bigint() - start) / 1e9).toFixed(2); }
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--no-sandbox"] });
console.log("| organisations / ties | share (s) | page (KiB) | load to first frame (s) | pan: median / 95th frame (ms) | zoom: median / 95th frame (ms) |");
console.log("|---|---|---|---|---|---|");
for (const size of (sizes.length ? sizes : ["5000"]).map(Number)) {
  const map = join(out, `generated-${size}.json`);
  const page = join(out, `generated-${size}.html`);
  execFileSync(stakemap, ["generate", "--orgs", String(size), "--seed", "5", "-o", map], { stdio: "ignore" });
  const start = process.hrtime.bigint();
  execFileSync(stakemap, ["share", map, "-o", page], { stdio: "ignore" });
  const shareTime = seconds(start);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const loadStart = process.hrtime.bigint();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForFunction(() => window.stakemapShare && window.stakemapShare.ready, null, { timeout: 120000 });
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const loadTime = seconds(loadStart);
  const box = await tab.locator("#map").boundingBox();
  const measure = async (gesture) => {
    await tab.evaluate(() => {
      window.frameTimes = [];
      let last = performance.now();
      const tick = (now) => { window.frameTimes.push(now - last); last = now; if (window.measuring) requestAnimationFrame(tick); };
      window.measuring = true;
      requestAnimationFrame(tick);
    });
    await gesture();
    return tab.evaluate(() => { window.measuring = false; return window.frameTimes.slice(2); });
  };
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  const pan = await measure(async () => {
    await tab.mouse.move(cx, cy);
    await tab.mouse.down();
    for (let k = 0; k < 60; ++k) await tab.mouse.move(cx + 4 * k, cy + 2 * k);
    await tab.mouse.up();
  });
  const zoom = await measure(async () => {
    await tab.mouse.move(cx, cy);
    for (let k = 0; k < 30; ++k) { await tab.mouse.wheel(0, k < 15 ? -120 : 120); await tab.waitForTimeout(16); }
  });
  await tab.waitForTimeout(1000);  // the ties and names come back once the map stops
  await tab.screenshot({ path: join(out, `generated-${size}.png`) });
  const kib = Math.round(statSync(page).size / 1024);
  const ties = JSON.parse(await tab.evaluate(() => document.getElementById("stakemap-data").textContent.length > 0 ? JSON.stringify(window.stakemapShare.renderer.getGraph().size) : "0"));
  console.log(`| ${size.toLocaleString("en")} / ${ties.toLocaleString("en")} | ${shareTime} | ${kib} | ${loadTime} | ` +
              `${percentile(pan, 0.5).toFixed(1)} / ${percentile(pan, 0.95).toFixed(1)} | ${percentile(zoom, 0.5).toFixed(1)} / ${percentile(zoom, 0.95).toFixed(1)} |`);
  await context.close();
}
await browser.close();

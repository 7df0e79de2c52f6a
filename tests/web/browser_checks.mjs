// What the browser tests share: Debian's Chromium through the playwright-core
// the share page's lock file installs, and TAP-like "ok"/"not ok" checks that
// run on after a failure and fail the run at the end.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

export async function launchChromium(nodeModules) {
  const { chromium } = createRequire(join(resolve(nodeModules), "x.js"))("playwright-core");
  // Software WebGL (SwiftShader): the machines that run the tests have no GPU.
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--no-sandbox"] });
}

let failures = 0;

export async function check(name, body) {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`not ok - ${name}\n  ${String(error.stack || error).split("\n").join("\n  ")}`);
  }
}

export function finish() {
  if (failures) {
    console.log(`${failures} failed`);
    process.exit(1);
  }
}

// A line-oriented driver for Debian's Chromium through playwright-core, for pytest.
//
// Reads one JSON command a line on stdin, answers one JSON line on stdout:
//   {"id": 1, "op": "goto", "url": "file:///..."}  ->  {"id": 1, "ok": true, "value": null}
// Errors come back as {"id": 1, "ok": false, "error": "..."}; the process goes on.
// Ops: goto, wait_for, click, click_at, fill, press, text, texts, count, evaluate,
// screenshot, console, close. The browser is launched once, headless, with a fresh
// context; CHROMIUM overrides the executable (default /usr/bin/chromium).
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const consoleLines = [];
page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
const requests = [];
page.on("request", (r) => requests.push(r.url()));

const ops = {
  goto: async (c) => {
    await page.goto(c.url, { waitUntil: c.wait_until || "load", timeout: c.timeout ?? 30000 });
    return page.url();
  },
  wait_for: async (c) => {
    await page.waitForSelector(c.selector, { state: c.state || "visible", timeout: c.timeout ?? 30000 });
    return true;
  },
  click: async (c) => {
    await page.click(c.selector, { timeout: c.timeout ?? 30000 });
    return true;
  },
  click_at: async (c) => {
    await page.mouse.click(c.x, c.y);
    return true;
  },
  fill: async (c) => {
    await page.fill(c.selector, c.value, { timeout: c.timeout ?? 30000 });
    return true;
  },
  press: async (c) => {
    await page.press(c.selector, c.key, { timeout: c.timeout ?? 30000 });
    return true;
  },
  text: async (c) => page.innerText(c.selector, { timeout: c.timeout ?? 30000 }),
  texts: async (c) => page.locator(c.selector).allInnerTexts(),
  count: async (c) => page.locator(c.selector).count(),
  // expression: a JavaScript function body source, e.g. "() => document.title"; arg is passed to it
  evaluate: async (c) => page.evaluate(`(${c.expression})(${JSON.stringify(c.arg ?? null)})`),
  screenshot: async (c) => {
    await page.screenshot({ path: c.path, fullPage: Boolean(c.full_page) });
    return c.path;
  },
  console: async () => consoleLines.slice(),
  requests: async () => requests.slice(),
};

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  let cmd;
  try {
    cmd = JSON.parse(line);
  } catch (e) {
    process.stdout.write(JSON.stringify({ id: null, ok: false, error: `bad JSON: ${e.message}` }) + "\n");
    continue;
  }
  if (cmd.op === "close") {
    process.stdout.write(JSON.stringify({ id: cmd.id, ok: true, value: null }) + "\n");
    break;
  }
  const op = ops[cmd.op];
  try {
    if (!op) throw new Error(`unknown op ${cmd.op}`);
    const value = await op(cmd);
    process.stdout.write(JSON.stringify({ id: cmd.id, ok: true, value: value ?? null }) + "\n");
  } catch (e) {
    process.stdout.write(JSON.stringify({ id: cmd.id, ok: false, error: String(e && e.message || e) }) + "\n");
  }
}
rl.close();
await browser.close();
process.exit(0);

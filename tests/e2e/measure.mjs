// Measures the page (not a test: timings are reported, never asserted). Run after a build of
// dist/ (scripts/build-page):  node tests/e2e/measure.mjs [--runs N] [--json FILE] [ROWS...]
// A size written `5000.xlsx` is that export as a workbook (every cell a text cell, written by
// `xtask xlsx`), dropped into a fresh page: its time includes fetching the workbook module.
// A size written `1000+5000` is a 1,000-row upload of a 5,000-deal export (`xtask deals`,
// `xtask upload`), compared with that export on the page: its times are the upload against the
// export the first time (the workbook module fetched), again (the module loaded), and alone.
// Prints, for each size: file chosen → summary shown (median of the runs), and the longest
// main-thread task while checking (PerformanceObserver "longtask"); and the page's time to
// interactive (navigation start → controls wired). Files come from target/bench/export-ROWS.csv
// when scripts/bench has made them, otherwise they are generated here.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, TODAY, serve, launch, takeOption } from "./harness.mjs";

const args = process.argv.slice(2);
const RUNS = Number(takeOption(args, "--runs", 5));
const json = takeOption(args, "--json", null);
const ROWS = args.length ? args : ["5000"];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function input(size) {
  const [rows, workbook] = size.split(".");
  if (workbook) {
    const path = join(mkdtempSync(join(tmpdir(), "cosell-measure-")), `export-${rows}.xlsx`);
    const xtask = (args, options = {}) => execFileSync("cargo", ["run", "--quiet", "--release", "-p", "xtask", "--", ...args], { cwd: REPO, maxBuffer: 1 << 30, ...options });
    writeFileSync(path, xtask(["xlsx", "-"], { input: readFileSync(input(rows)) }));
    return path;
  }
  const made = join(REPO, `target/bench/export-${rows}.csv`);
  if (existsSync(made)) return made;
  const path = join(mkdtempSync(join(tmpdir(), "cosell-measure-")), `export-${rows}.csv`);
  writeFileSync(path, execFileSync("cargo", ["run", "--quiet", "--release", "-p", "xtask", "--", "generate", String(rows)], { cwd: REPO, maxBuffer: 1 << 30 }));
  return path;
}

const server = await serve();
const browser = await launch();

const interactive = [];
for (let i = 0; i < RUNS; i++) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}?today=${TODAY}`);
  await page.locator("main[data-ready=true]").waitFor();
  interactive.push(await page.evaluate(() => performance.now()));
  await page.context().close();
}
console.log(`page interactive (navigation → controls wired): median ${median(interactive).toFixed(0)} ms`);

/** Notes, inside the page, when a file is chosen (`__chosen`) and when the status says
 * "Checked" (`__shown`). */
async function watch(page) {
  await page.evaluate(() => {
    document.getElementById("file").addEventListener("change", () => { window.__chosen = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      if (document.getElementById("status").textContent.startsWith("Checked")) window.__shown ??= performance.now();
    }).observe(document.getElementById("status"), { childList: true, characterData: true, subtree: true });
  });
}

/** From the upload's input change event to the status saying "Checked", on a watched page. */
async function timed(page, path) {
  await page.evaluate(() => {
    window.__shown = null;
    document.getElementById("status").textContent = "";
  });
  await page.getByTestId("file-input").setInputFiles([]);
  await page.getByTestId("file-input").setInputFiles(path);
  await page.waitForFunction(() => window.__shown, null, { timeout: 120_000 });
  return Math.round(await page.evaluate(() => window.__shown - window.__chosen));
}

/** An upload of `rows` rows compared with an export of `deals` deals, `RUNS` fresh pages. */
async function compared(rows, deals) {
  const dir = mkdtempSync(join(tmpdir(), "cosell-measure-"));
  const xtask = (args) => execFileSync("cargo", ["run", "--quiet", "--release", "-p", "xtask", "--", ...args], { cwd: REPO, maxBuffer: 1 << 30 });
  const [exportPath, upload] = [join(dir, `export-${deals}.csv`), join(dir, `upload-${rows}.csv`)];
  writeFileSync(exportPath, xtask(["deals", String(deals)]));
  writeFileSync(upload, xtask(["upload", exportPath, String(rows)]));
  const [cold, warm, alone] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}?today=${TODAY}`);
    await page.locator("main[data-ready=true]").waitFor();
    await watch(page);
    await page.getByTestId("baseline-input").setInputFiles(exportPath);
    cold.push(await timed(page, upload));
    warm.push(await timed(page, upload));
    await page.getByTestId("baseline-clear").click();
    await page.getByTestId("unchanged").waitFor({ state: "hidden" });
    await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
    alone.push(await timed(page, upload));
    await context.close();
  }
  console.log(`${rows} rows against a ${deals}-deal export: file chosen → summary shown: median ${median(warm)} ms (runs: ${warm.join(", ")}); the first time, the workbook module fetched: median ${median(cold)} ms; alone: median ${median(alone)} ms`);
  return { rows, deals, medianMs: median(warm), runsMs: warm, coldMedianMs: median(cold), aloneMedianMs: median(alone), aloneRunsMs: alone };
}

const sizes = [];
const compares = [];
for (const size of ROWS.filter((s) => s.includes("+"))) {
  const [rows, deals] = size.split("+").map(Number);
  compares.push(await compared(rows, deals));
}
for (const size of ROWS.filter((s) => !s.includes("+"))) {
  const path = input(size);
  const rows = Number(size.split(".")[0]);
  const workbook = size.includes(".");
  const times = [];
  const longest = [];
  const applied = [];
  const edited = [];
  const gridDrawn = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${server.url}?today=${TODAY}`);
    await page.locator("main[data-ready=true]").waitFor();
    // Timed inside the page: from the input's change event to the status saying "Checked".
    await page.evaluate(() => { window.__longtasks.length = 0; });
    await watch(page);
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor({ timeout: 120_000 });
    times.push(Math.round(await page.evaluate(() => window.__shown - window.__chosen)));
    longest.push(Math.max(0, ...(await page.evaluate(() => window.__longtasks))));
    if (workbook) {
      // The same workbook again on the same page: the workbook module is loaded and warm.
      warm.push(await timed(page, path));
    }
    if (rows <= 5000 && !workbook) {
      // Fixing here: from a click (or Enter) to the note saying the changes are made, the file
      // checked again and the summary redrawn.
      await page.evaluate(() => {
        const note = document.getElementById("fixes-note");
        window.__note = note.textContent;
        new MutationObserver(() => {
          if (/made on this page/.test(note.textContent) && note.textContent !== window.__note) {
            window.__note = note.textContent;
            window.__made = performance.now();
          }
        }).observe(note, { childList: true, characterData: true, subtree: true });
      });
      if (await page.getByTestId("apply-fixes").isEnabled()) {
        await page.getByTestId("apply-fixes").click();
        await page.getByTestId("fix-list").locator("[data-fix-rule]").first().waitFor();
        await page.evaluate(() => {
          window.__made = null;
          document.getElementById("fix-apply").addEventListener("click", () => { window.__asked = performance.now(); }, { capture: true });
        });
        await page.getByTestId("fix-apply").click();
        await page.waitForFunction(() => window.__made, null, { timeout: 60_000 });
        applied.push(Math.round(await page.evaluate(() => window.__made - window.__asked)));
      }
      // The grid: from the click on "all rows" to its first page of 50 rows drawn.
      await page.evaluate(() => {
        window.__drawn = null;
        const grid = document.getElementById("grid");
        document.getElementById("open-grid-all").addEventListener("click", () => { window.__asked = performance.now(); }, { capture: true });
        new MutationObserver(() => {
          if (grid.querySelector("td[tabindex='0']")) window.__drawn ??= performance.now();
        }).observe(grid, { childList: true, subtree: true });
      });
      await page.getByTestId("open-grid-all").click();
      const cell = page.getByTestId("grid").locator("td[tabindex='0']");
      await cell.waitFor();
      await page.waitForFunction(() => window.__drawn, null, { timeout: 60_000 });
      gridDrawn.push(Math.round(await page.evaluate(() => window.__drawn - window.__asked)));
      await cell.focus();
      await page.keyboard.press("Enter");
      await page.keyboard.type("edited");
      await page.evaluate(() => {
        window.__made = null;
        document.getElementById("grid").addEventListener("keydown", (e) => { if (e.key === "Enter") window.__asked = performance.now(); }, { capture: true });
      });
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.__made, null, { timeout: 60_000 });
      edited.push(Math.round(await page.evaluate(() => window.__made - window.__asked)));
    }
    await context.close();
  }
  const fixing = applied.length ? { applyFixesMedianMs: median(applied), editMedianMs: median(edited), gridMedianMs: median(gridDrawn) } : {};
  sizes.push({ rows, ...(workbook ? { workbook: size.split(".")[1], warmMedianMs: median(warm) } : {}), medianMs: median(times), runsMs: times, longestTaskMedianMs: median(longest), longestTaskMaxMs: Math.max(...longest), ...fixing });
  console.log(`${rows} rows${workbook ? ` (.${size.split(".")[1]})` : ""}: file chosen → summary shown: median ${median(times)} ms (runs: ${times.join(", ")}); longest main-thread task: median ${median(longest).toFixed(0)} ms (max ${Math.max(...longest).toFixed(0)})`);
  if (applied.length) console.log(`${rows} rows: suggested fixes applied → summary: median ${median(applied)} ms (runs: ${applied.join(", ")}); a cell edited → summary: median ${median(edited)} ms (runs: ${edited.join(", ")}); all rows → grid drawn: median ${median(gridDrawn)} ms (runs: ${gridDrawn.join(", ")})`);
}

await browser.close();
await server.close();
if (json) writeFileSync(json, JSON.stringify({ runs: RUNS, interactiveMedianMs: median(interactive), sizes, compares }, null, 2));

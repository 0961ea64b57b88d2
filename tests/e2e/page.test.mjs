// The page end to end: the release build of dist/, served from a sub-path, in headless
// Chromium. Run by the test command (`node --test tests/e2e/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { REPO, TODAY, open, summary, download, useSession, serveFolders } from "./harness.mjs";

/** The byte-order mark every CSV download starts with. */
const BOM = "\ufeff";

const GOLDEN = join(REPO, "tests/golden");
const COSELL = join(REPO, "target/debug/cosell");
const scratch = mkdtempSync(join(tmpdir(), "cosell-e2e-"));

const session = useSession();

/** What `cosell check --output` writes for a file. */
function cliAnnotated(input) {
  const output = join(scratch, "cli.annotated.csv");
  try {
    execFileSync(COSELL, ["check", input, "--output", output, `--today=${TODAY}`], { stdio: "ignore" });
  } catch (error) {
    if (error.status !== 1) throw error; // 1: errors found, the normal case here
  }
  return readFileSync(output);
}

/** The header and the first row of the clean template. */
function cleanTemplate() {
  return readFileSync(join(GOLDEN, "clean-current-template.csv"), "utf8").split("\r\n");
}

async function checkFile(page, path) {
  await page.getByTestId("file-input").setInputFiles(path);
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
}

test("a file chosen with the input gets Partner Center's counts and the CLI's annotated file", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  const input = join(GOLDEN, "excel-sweden-semicolon-1252.csv");
  await checkFile(page, input);

  assert.deepEqual(await summary(page), { rows: 3, create: 0, update: 0, notProcessed: 3, errors: 9, warnings: 2 });
  // File-level problems come first and plainly.
  const fileIssues = await page.getByTestId("file-issues").textContent();
  assert.match(fileIssues, /not UTF-8/);
  assert.match(fileIssues, /separated by semicolons/);

  const annotated = await download(page, "download-annotated");
  assert.equal(annotated.name, "excel-sweden-semicolon-1252.annotated.csv");
  assert.ok(annotated.bytes.equals(cliAnnotated(input)), "the page's annotated file is the CLI's, byte for byte");
  await context.close();
});

test("the sample, the other downloads and their names", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  assert.deepEqual(await summary(page), { rows: 8, create: 2, update: 2, notProcessed: 4, errors: 8, warnings: 3 });
  assert.equal(await page.getByTestId("progress").isVisible(), false, "the progress bar goes away");

  const annotated = await download(page, "download-annotated");
  assert.ok(annotated.bytes.equals(cliAnnotated(join(GOLDEN, "sample-with-mistakes.csv"))));

  // Every CSV download starts with a UTF-8 byte-order mark, for Excel.
  const lines = (bytes) => {
    const text = bytes.toString("utf8");
    assert.ok(text.startsWith(BOM), "a byte-order mark first");
    return text.slice(1).trimEnd().split("\r\n");
  };
  const toFix = await download(page, "download-to-fix");
  assert.equal(toFix.name, "sample-with-mistakes.to-fix.csv");
  assert.equal(lines(toFix.bytes).length, 1 + 4);
  assert.ok(lines(toFix.bytes).slice(1).every((line) => !line.startsWith(",")), "every row to fix has its errors");

  const ready = await download(page, "download-ready");
  assert.equal(ready.name, "sample-with-mistakes.ready-to-upload.csv");
  assert.equal(lines(ready.bytes).length, 1 + 4);
  assert.ok(lines(ready.bytes).slice(1).every((line) => line.startsWith(",")), "ready rows have an empty Errors cell");

  // Under 1,000 rows there is nothing to split.
  assert.equal(await page.getByTestId("split-offer").isVisible(), false);

  const template = await download(page, "download-template");
  assert.equal(template.name, "cosell-template.csv");
  assert.match(template.bytes.toString(), /^\ufeffErrors,Engagement ID,Referral ID,Deal Name,/);
  const example = await download(page, "download-example");
  assert.equal(example.bytes.toString(), BOM + readFileSync(join(GOLDEN, "clean-current-template.csv"), "utf8"));
  await context.close();
});

test("the issue list filters, pages and opens a rule's documentation", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  const rows = page.getByTestId("issue-table").locator("tbody tr");
  assert.equal(await rows.count(), 11);
  const first = await rows.first().locator("td").allTextContents();
  assert.deepEqual(first.slice(0, 3), ["3", "Estimated Deal Value", "$250,000"]);

  // Each filter asks the worker for its page: the line above the list says when it came.
  const shown = (text) => page.getByTestId("shown").filter({ hasText: text }).waitFor();
  await page.getByTestId("filter-severity").selectOption("warning");
  await shown("of 3 problems (filtered from 11)");
  assert.equal(await rows.count(), 3);
  await page.getByTestId("filter-severity").selectOption("");
  await shown("of 11 problems.");
  await page.getByTestId("filter-rule").selectOption("CS101");
  await shown("(filtered from 11)");
  assert.equal(await rows.count(), 1);
  await page.getByTestId("filter-rule").selectOption("");
  await shown("of 11 problems.");
  await page.getByTestId("filter-column").selectOption("Customer Country");
  await shown("(filtered from 11)");
  assert.equal(await rows.count(), 1);

  await rows.first().getByRole("button", { name: /Rule CS211/ }).click();
  const dialog = page.getByTestId("rule-dialog");
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /ISO 3166-1/);
  await page.keyboard.press("Escape");
  await context.close();
});

test("cells are shown as text: markup in a file never runs", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const [header, row] = cleanTemplate();
  const cells = row.split(",");
  const country = header.split(",").indexOf("Customer Country");
  cells[country] = '"<img src=x onerror=""window.__pwned=1"">"';
  const city = header.split(",").indexOf("Customer City");
  cells[city] = "";
  const notes = header.split(",").indexOf("Notes");
  cells[notes] = "<script>window.__pwned=2</script>";
  const path = join(scratch, "hostile.csv");
  writeFileSync(path, `${header}\r\n${cells.join(",")}\r\n`);
  await checkFile(page, path);

  const table = page.getByTestId("issue-table");
  assert.match(await table.textContent(), /<img src=x onerror="window.__pwned=1">/);
  assert.equal(await table.locator("img").count(), 0);
  assert.equal(await page.locator("body script").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});

test("a 5,000-row export is checked and offered split into files of 1,000", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  const path = join(scratch, "export-5000.csv");
  writeFileSync(path, execFileSync("cargo", ["run", "--quiet", "--locked", "-p", "xtask", "--", "generate", "5000"], { cwd: REPO, maxBuffer: 1 << 26 }));
  const started = Date.now();
  await checkFile(page, path);
  console.log(`# 5,000 rows: file chosen to summary shown in ${Date.now() - started} ms`);

  const counts = await summary(page);
  assert.equal(counts.rows, 5000);
  assert.equal(counts.create + counts.update + counts.notProcessed, 5000);
  assert.match(await page.getByTestId("file-issues").textContent(), /5000 data rows/);
  assert.equal(await page.getByTestId("split-offer").isVisible(), true);
  // The list shows one page, not thousands of rows.
  assert.equal(await page.getByTestId("issue-table").locator("tbody tr").count(), 100);

  // The ZIP writer is a module of its own, fetched only now.
  const zipWriter = () => session.server.requests.filter((p) => /cosell-zip/.test(p));
  assert.deepEqual(zipWriter(), [], "not fetched before the batches are asked for");
  const zip = await download(page, "download-batches");
  assert.deepEqual(zipWriter().map((p) => p.replace(/^.*\//, "")).sort(), ["cosell-zip.js", "cosell-zip_bg.wasm"]);
  assert.equal(zip.name, "export-5000.batches.zip");
  // Each entry, stored: its name, its checksum, and its bytes (a BOM, the header, 1,000 rows).
  const entries = storedEntries(zip.bytes);
  assert.deepEqual(entries.map((e) => e.name), [1, 2, 3, 4, 5].map((i) => `export-5000.part-${i}-of-5.csv`));
  const annotated = (await download(page, "download-annotated")).bytes.toString("utf8");
  const [header, ...lines] = annotated.slice(1).split("\r\n").filter((l) => l !== "");
  entries.forEach((entry, i) => {
    assert.equal(crc32(entry.data), entry.crc, `${entry.name}: checksum`);
    const part = [header, ...lines.slice(i * 1000, (i + 1) * 1000)].join("\r\n") + "\r\n";
    assert.equal(entry.data.toString("utf8"), BOM + part, `${entry.name}: bytes`);
  });
  await context.close();
});

test("no request leaves the page's origin, and the policy refuses other origins", async () => {
  // Another origin that answers, so that only the policy can stop a request to it.
  const other = await serveFolders({ "/": GOLDEN });
  const otherUrl = `${other.origin}/clean-current-template.csv`;
  assert.equal((await fetch(otherUrl)).status, 200, "the other origin answers");
  session.server.requests.length = 0;
  const context = await session.browser.newContext();
  const seen = [];
  context.on("request", (request) => seen.push(request.url()));
  const page = await open(context, session.server);
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  assert.ok(seen.length > 0);
  for (const url of seen) {
    assert.ok(url.startsWith(session.server.url) || url.startsWith("blob:") || url.startsWith("data:"), `request to ${url}`);
  }
  // Content-Security-Policy: a request to another origin and an injected inline script fail,
  // and the browser says the policy stopped them.
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.effectiveDirective));
  });
  other.requests.length = 0;
  const refused = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return false;
    } catch {
      return true;
    }
  }, otherUrl);
  assert.equal(refused, true);
  assert.deepEqual(other.requests, [], "the other origin was never asked");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inline = 1";
    document.body.append(script);
    return window.__inline === 1;
  });
  assert.equal(ran, false);
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations.sort(), ["connect-src", "script-src-elem"]);
  await context.close();
  await other.close();
});

test("the page works from its sub-path and reports a file that is not a CSV", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  for (const path of session.server.requests) assert.ok(path.startsWith("/cosell-preflight/"), path);
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  const png = join(scratch, "screenshot.png");
  writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
  await page.getByTestId("file-input").setInputFiles(png);
  const status = page.getByTestId("status").filter({ hasText: /could not be checked/ });
  await status.waitFor();
  assert.match(await status.textContent(), /This is a PNG image, not a CSV file/);
  assert.equal(await page.getByTestId("summary").isVisible(), false, "the sample's answer is not shown for the PNG");
  await context.close();
});

test("a later, smaller file's answer is the one shown and downloaded, never an earlier file's", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  const large = join(scratch, "large-export.csv");
  writeFileSync(large, execFileSync("cargo", ["run", "--quiet", "--locked", "-p", "xtask", "--", "generate", "60000"], { cwd: REPO, maxBuffer: 1 << 28 }));
  const small = join(GOLDEN, "excel-sweden-semicolon-1252.csv");
  // Generous waits: the machine is shared with the other test files.
  await page.getByTestId("file-input").setInputFiles(large);
  await page.getByTestId("progress").waitFor({ timeout: 120_000 });
  await page.getByTestId("file-input").setInputFiles(small);
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor({ timeout: 120_000 });
  assert.match(await page.getByTestId("status").textContent(), /^Checked excel-sweden-semicolon-1252\.csv\./);
  assert.equal(await page.getByTestId("file-name").textContent(), "excel-sweden-semicolon-1252.csv");
  assert.deepEqual(await summary(page), { rows: 3, create: 0, update: 0, notProcessed: 3, errors: 9, warnings: 2 });
  const annotated = await download(page, "download-annotated");
  assert.equal(annotated.name, "excel-sweden-semicolon-1252.annotated.csv");
  assert.ok(annotated.bytes.equals(cliAnnotated(small)), "the small file's annotated file");
  // Nothing of the large file arrives later either: its check was stopped.
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked sample/ }).waitFor();
  assert.equal((await summary(page)).rows, 8);
  await context.close();
});

test("a file that came back from Partner Center: its processed rows are set aside, never ready to upload", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  const input = join(REPO, "tests/rules/CS014.csv");
  await checkFile(page, input);
  assert.equal(await page.getByTestId("processed").textContent(), "2");
  assert.equal(await page.getByTestId("processed").isVisible(), true);
  assert.match(await page.getByTestId("file-issues").textContent(), /Partner Center has already processed rows 3–4/);
  // The one row Partner Center rejected is to fix; nothing is ready: the others are done.
  assert.equal(await page.getByTestId("download-ready").isDisabled(), true);
  const toFix = await download(page, "download-to-fix");
  const rows = toFix.bytes.toString("utf8").trimEnd().split("\r\n");
  assert.equal(rows.length, 2);
  assert.match(rows[1], /^Mandatory field Solution 1 missing \[CS101\],/);
  await context.close();
});

test("a header of 100,000 unknown columns: a short list of the file's problems and a bounded filter", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const [header, row] = cleanTemplate();
  const extra = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? `Solution 0${i}` : `Extra ${i}`));
  const path = join(scratch, "wide.csv");
  // A formula in every extra column: a problem named by each of 100,000 columns.
  writeFileSync(path, `${header},${extra.join(",")}\r\n${row},${extra.map(() => "=1").join(",")}\r\n`);
  await checkFile(page, path);
  const items = await page.getByTestId("file-issues").locator("li").count();
  assert.ok(items <= 50, `${items} file problems listed`);
  assert.match(await page.getByTestId("file-issues").textContent(), /more unknown columns/);
  assert.match(await page.getByTestId("file-issues").textContent(), /more numbered columns numbered outside 1 to 50/);
  const options = await page.getByTestId("filter-column").locator("option").count();
  assert.ok(options <= 201, `${options} columns in the filter`);
  assert.equal(await page.getByTestId("issue-table").locator("tbody tr").count(), 100);
  await context.close();
});

test("a file dense with problems: the page says which are counted but not listed", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const [header] = cleanTemplate();
  const width = header.split(",").length;
  // 20,000 rows with one value each: 15 required values missing on each (the current template).
  const line = `,x${",".repeat(width - 2)}\r\n`;
  const path = join(scratch, "dense.csv");
  writeFileSync(path, `${header}\r\n${line.repeat(20_000)}`);
  await checkFile(page, path);
  const counts = await summary(page);
  assert.equal(counts.notProcessed, 20_000);
  assert.ok(counts.errors >= 300_000);
  const note = await page.getByTestId("not-listed").textContent();
  assert.match(note, /^The list holds the first 5000 problems of each rule; 310000 more are counted but not listed \(CS101 295000, CS224 15000\)/);
  await context.close();
});

test("the summary says which template the file is in, and another can be chosen", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  await checkFile(page, join(GOLDEN, "clean-current-template.csv"));
  assert.equal(await page.getByTestId("template").textContent(), "Current Partner Center template");
  assert.equal(await page.getByTestId("upgrade-offer").isVisible(), false);
  assert.deepEqual(await summary(page), { rows: 6, create: 3, update: 3, notProcessed: 0, errors: 0, warnings: 0 });
  // Checked against the 2021 template, the same file: its current columns are unknown there.
  await page.getByTestId("template-select").selectOption("2021");
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  assert.equal(await page.getByTestId("template").textContent(), "2021 template");
  assert.match(await page.getByTestId("file-issues").textContent(), /Unknown column 'Marketplace Purchase Intent'/);
  await page.getByTestId("template-select").selectOption("");
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  assert.equal(await page.getByTestId("template").textContent(), "Current Partner Center template");
  await context.close();
});

test("a file in the 2021 template is offered in the current one, and that file checks as promised", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  const old = join(GOLDEN, "old-2021-export.csv");
  await checkFile(page, old);
  assert.equal(await page.getByTestId("template").textContent(), "2021 template");
  assert.match(await page.getByTestId("file-issues").textContent(), /Partner Center now creates deals only from the current template/);
  assert.equal(await page.getByTestId("upgrade-offer").isVisible(), true);
  const upgraded = await download(page, "download-upgraded");
  assert.equal(upgraded.name, "old-2021-export.current-template.csv");
  const expected = readFileSync(join(GOLDEN, "old-2021-export.upgraded.csv"), "utf8");
  assert.equal(upgraded.bytes.toString("utf8"), "\ufeff" + expected, "the command line's upgrade, with a BOM");
  // Checked again, it names only what is left to fill in: the purchase intent.
  const path = join(scratch, upgraded.name);
  writeFileSync(path, upgraded.bytes);
  await checkFile(page, path);
  assert.equal(await page.getByTestId("template").textContent(), "Current Partner Center template");
  assert.equal(await page.getByTestId("file-issues").isVisible(), false);
  await page.getByTestId("filter-column").selectOption("Marketplace Purchase Intent");
  const shown = await page.getByTestId("shown").textContent();
  assert.match(shown, /Showing 1–4 of 4 problems \(filtered from 4\)|Showing 1–4 of 4 problems\./);
  await context.close();
});

test("suggested fixes: listed by rule, one rule left out, made, listed as changes, and undone", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  const before = await summary(page);
  const offer = page.getByTestId("apply-fixes");
  assert.equal(await offer.textContent(), "Apply 4 suggested fixes");

  await offer.click();
  const list = page.getByTestId("fix-list");
  await list.locator("[data-fix-rule]").nth(3).waitFor();
  assert.deepEqual(
    await list.locator("[data-fix-rule]").evaluateAll((boxes) => boxes.map((b) => b.dataset.fixRule)),
    ["CS211", "CS213", "CS215", "CS218"],
  );
  assert.match(await list.textContent(), /row 3, Estimated Deal Value: '\$250,000' → '250000'/);
  // The country is left as it is: its rule unticked.
  await list.locator('[data-fix-rule="CS211"]').uncheck();
  assert.match(await list.textContent(), /3 changes ticked/);
  await page.getByTestId("fix-apply").click();
  await page.getByTestId("fixes-note").filter({ hasText: /^3 changes made on this page/ }).waitFor();
  assert.equal(await list.isVisible(), false);

  // The summary and the annotated file are the command line's, fixing those three rules.
  const fixedByCli = join(scratch, "fixed.csv");
  let json;
  try {
    json = execFileSync(COSELL, ["fix", join(GOLDEN, "sample-with-mistakes.csv"), "-o", fixedByCli, "--rule", "CS213", "--rule", "CS215", "--rule", "CS218", "--format", "json", `--today=${TODAY}`]);
  } catch (error) {
    if (error.status !== 1) throw error;
    json = error.stdout;
  }
  const { processed, ...expected } = JSON.parse(json).report.summary;
  assert.equal(processed, 0);
  assert.deepEqual(await summary(page), expected);
  assert.ok(expected.errors < before.errors, "fewer errors");
  // Leaving the page now asks first: the changes live only in this tab.
  const leavingAsks = () =>
    page.evaluate(() => {
      const event = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  assert.equal(await leavingAsks(), true);
  const annotated = await download(page, "download-annotated");
  assert.ok(annotated.bytes.equals(readFileSync(fixedByCli)), "the page's corrected file is the CLI's");
  assert.equal(await leavingAsks(), false, "downloaded: leaving no longer asks");
  const changes = await download(page, "download-changes");
  assert.equal(changes.name, "sample-with-mistakes.changes.csv");
  assert.equal(
    changes.bytes.toString("utf8"),
    "\ufeffRow,Column,Before,After,Rule\r\n" +
      '3,Estimated Deal Value,"$250,000",250000,CS215\r\n' +
      "3,Estimated Close Date,2027-02-28,2/28/2027,CS213\r\n" +
      "6,Customer D-U-N-S ID,31544736,031544736,CS218\r\n",
  );

  // Undo: the file as it was, nothing left to list.
  await page.getByTestId("undo").click();
  await page.getByTestId("fixes-note").filter({ hasText: /^Nothing is changed/ }).waitFor();
  assert.deepEqual(await summary(page), before);
  assert.equal(await page.getByTestId("undo").isVisible(), false);
  assert.equal(await page.getByTestId("changes-offer").isVisible(), false);
  const undone = await download(page, "download-annotated");
  assert.ok(undone.bytes.equals(cliAnnotated(join(GOLDEN, "sample-with-mistakes.csv"))));
  await context.close();
});

test("the grid: rows with errors, the problem columns first, a cell corrected by keyboard and listed", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  const before = await summary(page);
  await page.getByTestId("open-grid").click();
  const grid = page.getByTestId("grid");
  await page.getByTestId("grid-shown").filter({ hasText: /^Rows 1–4 of 4 rows with errors\.$/ }).waitFor();
  const headers = await grid.locator("thead th").allTextContents();
  assert.equal(headers[0], "Row");
  assert.ok(headers.indexOf("Solution 1") < headers.indexOf("Deal Name"), `problem columns first: ${headers}`);
  assert.equal(await grid.locator("td[tabindex='0']").count(), 1, "one cell in the tab order");

  // Row 7 has no Solution 1: typed in, by keyboard.
  const column = await grid.locator("thead th", { hasText: /^Solution 1$/ }).evaluate((th) => th.cellIndex);
  const found = grid.locator("tbody tr", { has: page.locator("th", { hasText: /^7/ }) }).locator("td").nth(column - 1);
  // Addressed by row and header index from now on: the columns with problems come first, so
  // a fixed column moves.
  const solution = grid.locator(`td[data-row="7"][data-column="${await found.getAttribute("data-column")}"]`);
  assert.match(await solution.textContent(), /Required field Solution 1 missing/);
  await solution.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("x");
  await page.keyboard.press("Escape");
  assert.equal(await solution.locator("input").count(), 0, "Escape puts the cell back");
  await page.keyboard.press("F2");
  await page.keyboard.type("SOL-1234-PQRS, USD, 10, 100");
  await page.keyboard.press("Enter");
  await page.getByTestId("fixes-note").filter({ hasText: /^1 change made on this page/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset?.row === "7");
  // The grid shows the row checked again: the value typed, its problem gone.
  await solution.filter({ hasText: "SOL-1234-PQRS, USD, 10, 100" }).waitFor();
  assert.doesNotMatch(await solution.textContent(), /Required field Solution 1 missing/);
  const after = await summary(page);
  assert.equal(after.errors, before.errors - 1);
  // Arrows move between cells.
  const focused = () => page.evaluate(() => document.activeElement?.dataset?.column);
  const here = await focused();
  await page.keyboard.press("ArrowRight");
  assert.notEqual(await focused(), here);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focused(), here);

  const changes = await download(page, "download-changes");
  assert.equal(
    changes.bytes.toString("utf8"),
    '\ufeffRow,Column,Before,After,Rule\r\n7,Solution 1,,"SOL-1234-PQRS, USD, 10, 100",\r\n',
  );
  const annotated = await download(page, "download-annotated");
  assert.match(annotated.bytes.toString("utf8"), /"SOL-1234-PQRS, USD, 10, 100"/);

  // Leaving a cell keeps what was typed in it, as Enter does.
  await solution.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("SOL-5678-WXYZ, EUR, 5, 1");
  await page.getByTestId("grid-shown").click();
  await page.getByTestId("fixes-note").filter({ hasText: /^2 changes made on this page/ }).waitFor();
  const both = await download(page, "download-changes");
  assert.match(both.bytes.toString("utf8"), /\r\n7,Solution 1,"SOL-1234-PQRS, USD, 10, 100","SOL-5678-WXYZ, EUR, 5, 1",\r\n$/);

  // A change that moves no row or column: only its row is drawn again, showing the new value.
  const dealColumn = await grid.locator("thead th", { hasText: /^Deal Name$/ }).evaluate((th) => th.cellIndex);
  const dealFound = grid.locator("tbody tr", { has: page.locator("th", { hasText: /^7/ }) }).locator("td").nth(dealColumn - 1);
  const deal = grid.locator(`td[data-row="7"][data-column="${await dealFound.getAttribute("data-column")}"]`);
  const headersBefore = await grid.locator("thead th").allTextContents();
  await deal.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Renamed deal");
  await page.keyboard.press("Enter");
  await page.getByTestId("fixes-note").filter({ hasText: /^3 changes made on this page/ }).waitFor();
  await deal.filter({ hasText: /^Renamed deal$/ }).waitFor();
  assert.deepEqual(await grid.locator("thead th").allTextContents(), headersBefore);
  await context.close();
});

/** The entries of a ZIP whose files are stored (not compressed), from their local headers. */
function storedEntries(bytes) {
  const entries = [];
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    assert.equal(bytes.readUInt16LE(at + 8), 0, "stored, not compressed");
    const crc = bytes.readUInt32LE(at + 14);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString("utf8");
    const start = at + 30 + nameLength + extraLength;
    entries.push({ name, crc, data: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return entries;
}

test("a file typed from the Swedish page: read as the English columns, with the translations fetched only then", async () => {
  const translations = () => session.server.requests.filter((p) => p.endsWith(".tsv")).length;
  // A file in English: nothing fetched.
  const english = await session.browser.newContext();
  const first = await open(english, session.server);
  const before = translations();
  await checkFile(first, join(GOLDEN, "clean-current-template.csv"));
  assert.equal(translations(), before, "no translations fetched for a file in English");
  await english.close();

  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  await checkFile(page, join(GOLDEN, "translated-swedish-page.csv"));
  assert.equal(translations(), before + 2, "the two translation files, once");
  // The same answer as the command line's (the golden report).
  const report = JSON.parse(readFileSync(join(GOLDEN, "translated-swedish-page.report.json"), "utf8"));
  const fileIssues = await page.getByTestId("file-issues").textContent();
  for (const issue of report.fileIssues) assert.ok(fileIssues.includes(issue.message), issue.message);
  const rows = await page.getByTestId("issue-table").locator("tbody tr td:nth-child(5)").allTextContents();
  assert.deepEqual(rows, report.issues.map((i) => i.message));
  // The file in the current template: the values under the English columns, as the CLI makes it.
  const upgraded = await download(page, "download-upgraded");
  const made = join(scratch, "translated-swedish-page.current-template.csv");
  execFileSync(COSELL, ["upgrade", join(GOLDEN, "translated-swedish-page.csv"), "--output", made]);
  assert.equal(upgraded.bytes.toString("utf8"), readFileSync(made, "utf8"));
  assert.ok(!upgraded.bytes.toString("utf8").split("\r\n")[0].includes("Kundnamn"));
  await context.close();
});

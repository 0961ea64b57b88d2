// Workbooks on the page: a dropped .xlsx/.xls/.ods is read by the workbook module, which the
// worker fetches then and only then (the network log says so); its summary, problem list and
// annotated CSV are the command line's; a workbook protected by a password gets a plain message;
// a workbook module that cannot be fetched leaves the page answering as before (not a CSV file),
// never hanging. Run by the test command (`node --test tests/e2e/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, TODAY, open, summary, download, useSession } from "./harness.mjs";

const WORKBOOKS = join(REPO, "tests/workbooks");
const COSELL = join(REPO, "target/debug/cosell");
const XTASK = join(REPO, "target/debug/xtask");
const scratch = mkdtempSync(join(tmpdir(), "cosell-e2e-workbook-"));
const session = useSession();

/** The workbook a `.sheet` description stands for, written by xtask. */
function xlsx(sheet) {
  const path = join(scratch, sheet.replace(/\.sheet$/, ".xlsx"));
  writeFileSync(path, execFileSync(XTASK, ["xlsx", join(WORKBOOKS, sheet)]));
  return path;
}

/** What `cosell check --output --format json` says of a file: its report and annotated file. */
function cli(input) {
  const output = join(scratch, "cli.annotated.csv");
  let json;
  try {
    json = execFileSync(COSELL, ["check", input, "--output", output, "--format", "json", `--today=${TODAY}`]);
  } catch (error) {
    if (error.status !== 1) throw error; // 1: errors found
    json = error.stdout;
  }
  return { report: JSON.parse(json), annotated: readFileSync(output) };
}

const workbookModule = (url) => /cosell-web-workbook[^/]*\.(js|wasm)$/.test(url);

async function choose(page, path) {
  await page.getByTestId("file-input").setInputFiles(path);
  await page.getByTestId("status").filter({ hasText: /^Checked |workbook|Excel/ }).waitFor();
}

test("a CSV file fetches no workbook module; a workbook is checked as the command line checks it", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const seen = [];
  context.on("request", (request) => seen.push(request.url()));
  const page = await open(context, session.server);
  await choose(page, join(REPO, "tests/golden/sample-with-mistakes.csv"));
  assert.deepEqual(seen.filter(workbookModule), [], "checking a CSV file fetched the workbook module");

  const input = xlsx("typed-cells.sheet");
  const expected = cli(input);
  await choose(page, input);
  assert.equal(seen.filter((url) => url.endsWith(".wasm") && workbookModule(url)).length, 1);
  const { processed, ...counts } = expected.report.summary;
  assert.deepEqual(await summary(page), counts);
  // The problem list: the workbook's findings, as the command line words them.
  const table = await page.getByTestId("issue-table").textContent();
  for (const issue of expected.report.issues) assert.ok(table.includes(issue.message), issue.message);
  const annotated = await download(page, "download-annotated");
  assert.equal(annotated.name, "typed-cells.annotated.csv");
  assert.ok(annotated.bytes.equals(expected.annotated), "the annotated file is the CLI's (with its byte-order mark)");

  // A CSV file again: answered by the page's own module, the workbook's forgotten.
  await choose(page, join(REPO, "tests/golden/clean-current-template.csv"));
  assert.deepEqual(await summary(page), { rows: 6, create: 3, update: 3, notProcessed: 0, errors: 0, warnings: 0 });
  await context.close();
});

test("LibreOffice's .ods and .xls are read; a password-protected workbook gets a plain message", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await open(context, session.server);
  for (const name of ["deals.ods", "deals.xls"]) {
    const input = join(WORKBOOKS, name);
    const expected = cli(input);
    await choose(page, input);
    const annotated = await download(page, "download-annotated");
    assert.equal(annotated.name, name.replace(/\.(ods|xls)$/, ".annotated.csv"));
    assert.ok(annotated.bytes.equals(expected.annotated), name);
  }
  await page.getByTestId("file-input").setInputFiles(join(WORKBOOKS, "password.xlsx"));
  // Waited for by the message itself: "Checking password.xlsx…" comes first, and says "password" too.
  const message = readFileSync(join(WORKBOOKS, "password.xlsx.error.txt"), "utf8").trim();
  await page.getByTestId("status").filter({ hasText: message }).waitFor();
  assert.ok((await page.getByTestId("status").textContent()).includes(message));
  await context.close();
});

test("a Swedish page's workbook findings are in Swedish", async () => {
  const context = await session.browser.newContext({ locale: "sv-SE" });
  const page = await open(context, session.server, `?today=${TODAY}&lang=sv`);
  await page.locator("html[lang=sv]").waitFor();
  await page.getByTestId("file-input").setInputFiles(xlsx("typed-cells.sheet"));
  await page.getByTestId("summary").waitFor();
  await page.getByTestId("issue-table").filter({ hasText: "CS505" }).waitFor();
  const table = await page.getByTestId("issue-table").textContent();
  let swedish;
  try {
    swedish = execFileSync(COSELL, ["check", "--lang", "sv", `--today=${TODAY}`, xlsx("typed-cells.sheet")]).toString();
  } catch (error) {
    if (error.status !== 1) throw error; // 1: errors found
    swedish = error.stdout.toString();
  }
  const line = swedish.split("\n").find((l) => l.includes("CS505"));
  const said = line.slice(line.indexOf("CS505") + 5).trim().replace(/ \(Deals!\w+\)$/, "");
  assert.ok(table.includes(said), `${said} not in the Swedish problem list: ${table.slice(0, 600)}`);
  await context.close();
});

test("a workbook module that cannot be fetched: the page answers as before, never hangs", async () => {
  const context = await session.browser.newContext();
  await context.route(/cosell-web-workbook/, (route) => route.fulfill({ status: 404, body: "" }));
  const page = await open(context, session.server);
  await page.getByTestId("file-input").setInputFiles(xlsx("typed-cells.sheet"));
  await page.getByTestId("status").filter({ hasText: /Excel workbook/ }).waitFor();
  assert.match(await page.getByTestId("status").textContent(), /This is an Excel workbook \(\.xlsx\), not a CSV file/);
  // And a CSV file after it is checked as ever.
  await choose(page, join(REPO, "tests/golden/clean-current-template.csv"));
  assert.equal((await summary(page)).rows, 6);
  await context.close();
});

test("a damaged workbook that traps the reader: the page answers, and the next workbook is read", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  // Found by the fuzz target: calamine panics on it (natively caught; in the browser a trap).
  await page.getByTestId("file-input").setInputFiles(join(REPO, "tests/fuzz-regressions/workbook-xls-record-past-its-end"));
  await page.getByTestId("status").filter({ hasText: /Excel 97-2003 workbook/ }).waitFor();
  await choose(page, xlsx("typed-cells.sheet"));
  await page.getByTestId("issue-table").filter({ hasText: "CS505" }).waitFor();
  await context.close();
});

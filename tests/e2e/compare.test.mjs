// Compare with your export, on the page: the partner's upload and their latest export, both
// chosen (or dropped) on the page, are checked together by the workbook module (fetched then, as
// the network log shows); the summary, the problem list, the annotated file and each update
// row's changes are the command line's (`cosell check --baseline`); "ready to upload" leaves the
// unchanged rows out while its tick is on; an export that is not one, or one over the page's size
// limit, is said once and the upload is still checked. Run by the test command (`node --test tests/e2e/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, TODAY, open, summary, download, useSession } from "./harness.mjs";

const COSELL = join(REPO, "target/debug/cosell");
const XTASK = join(REPO, "target/debug/xtask");
const scratch = mkdtempSync(join(tmpdir(), "cosell-e2e-compare-"));
const session = useSession();

// A generated export of 300 deals and an upload of 120 of them, edited the ways Partner Center
// refuses (xtask: terminal deals touched, backward moves, read-only edits, Referral ID typos),
// some rows left just as exported.
const EXPORT = join(scratch, "export.csv");
const UPLOAD = join(scratch, "upload.csv");
writeFileSync(EXPORT, execFileSync(XTASK, ["deals", "300"]));
writeFileSync(UPLOAD, execFileSync(XTASK, ["upload", EXPORT, "120"]));

/** What `cosell check --baseline --output --format json` says: its report and annotated file. */
function cli(input, baseline) {
  const output = join(scratch, "cli.annotated.csv");
  const args = ["check", input, "--output", output, "--format", "json", `--today=${TODAY}`];
  if (baseline) args.push("--baseline", baseline);
  let json;
  try {
    json = execFileSync(COSELL, args);
  } catch (error) {
    if (error.status !== 1) throw error; // 1: errors found
    json = error.stdout;
  }
  return { report: JSON.parse(json), annotated: readFileSync(output) };
}

const workbookModule = (url) => /cosell-web-workbook[^/]*\.wasm$/.test(url);

/** The number a summary count shows. */
const count = async (page, testid) =>
  Number((await page.getByTestId(testid).textContent()).replace(/\D/g, ""));

/** Waits until the check asked for last is shown (the status names the file). */
async function checked(page, name) {
  await page.getByTestId("status").filter({ hasText: new RegExp(`^Checked ${name.replace(".", "\\.")}`) }).waitFor();
}

/** Drops a file on the page element `selector`, as a browser's drag and drop does. */
async function drop(page, selector, path, name) {
  const bytes = [...readFileSync(path)];
  const data = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "text/csv" }));
      return transfer;
    },
    { bytes, name },
  );
  await page.dispatchEvent(selector, "drop", { dataTransfer: data });
}

/** The records of a downloaded CSV file, each as its text (the header and the BOM aside; a
 * line break inside quotes stays in its record). */
function records(bytes) {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const all = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === "\n" && !quoted) {
      all.push(text.slice(start, i).replace(/\r$/, ""));
      start = i + 1;
    }
  }
  if (start < text.length) all.push(text.slice(start));
  return all.slice(1);
}

test("an upload compared with its export: the command line's findings, changes and unchanged rows", async () => {
  const expected = cli(UPLOAD, EXPORT);
  const { updates } = expected.report;
  const unchanged = updates.filter((u) => u.unchanged);
  assert.ok(unchanged.length > 0 && updates.some((u) => u.changes.length > 0), "the scenario has both kinds of row");
  assert.ok(expected.report.issues.some((i) => i.code.startsWith("CS6")), "the scenario has comparison findings");

  const context = await session.browser.newContext({ acceptDownloads: true });
  const seen = [];
  context.on("request", (request) => seen.push(request.url()));
  const page = await open(context, session.server);
  // The upload alone first: the page's own module, no comparison, no unchanged count.
  await page.getByTestId("file-input").setInputFiles(UPLOAD);
  await checked(page, "upload.csv");
  assert.deepEqual(seen.filter(workbookModule), []);
  assert.equal(await page.getByTestId("unchanged").isVisible(), false);
  assert.equal(await page.getByTestId("leave-out-unchanged").isVisible(), false);

  // Then the export, dropped on its place: the same upload is checked again against it.
  await drop(page, "#baseline", EXPORT, "export.csv");
  await page.getByTestId("unchanged").waitFor({ state: "visible" });
  await checked(page, "upload.csv");
  assert.equal(seen.filter(workbookModule).length, 1, "the comparison runs in the workbook module");
  assert.equal(await page.getByTestId("baseline-name").textContent(), "export.csv");
  const { processed, unchanged: count_, ...counts } = expected.report.summary;
  assert.deepEqual(await summary(page), counts);
  assert.equal(await count(page, "unchanged"), count_);
  assert.equal(count_, unchanged.length);
  const table = await page.getByTestId("issue-table").textContent();
  for (const issue of expected.report.issues.filter((i) => i.code.startsWith("CS6")).slice(0, 20)) {
    assert.ok(table.includes(issue.message), issue.message);
  }
  const annotated = await download(page, "download-annotated");
  assert.ok(annotated.bytes.equals(expected.annotated), "the annotated file is the command line's");

  // A comparison rule's documentation on the page: its name and title, as the rules table has them.
  const rules = JSON.parse(execFileSync(COSELL, ["rules", "--format", "json"]));
  const code = expected.report.issues.find((i) => i.code.startsWith("CS6")).code;
  const rule = rules.find((r) => r.code === code);
  await page.getByRole("button", { name: new RegExp(`Rule ${code}`) }).first().click();
  await page.getByTestId("rule-dialog").waitFor();
  const severity = rule.severity === "error" ? "Error" : "Warning";
  assert.equal(await page.locator("#rule-title").textContent(), `${code} ${rule.name} (${severity}): ${rule.title}`);
  await page.locator("#rule-close").click();

  // Every row's changes, in the grid of all rows (its first page): before → after, or unchanged.
  await page.getByTestId("open-grid-all").click();
  await page.getByTestId("grid").locator("tbody tr").first().waitFor();
  for (const tr of await page.getByTestId("grid").locator("tbody tr").all()) {
    const row = Number((await tr.locator("th").first().textContent()).match(/^\d+/)[0]);
    const update = updates.find((u) => u.row === row);
    const shown = await tr.getByTestId("changes").locator("li").allTextContents();
    if (!update) {
      assert.deepEqual(shown, [], `row ${row} is no update of a deal in the export`);
    } else if (update.unchanged) {
      assert.deepEqual(shown, ["Unchanged: the same as its deal in your export."], `row ${row}`);
    } else {
      const said = update.changes.map((c) => `${c.column}: '${c.before}' → '${c.after}'`);
      assert.deepEqual(shown, said, `row ${row}`);
    }
  }

  // Ready to upload: without the unchanged rows while the tick is on (the default), with them
  // once it is off.
  assert.equal(await page.getByTestId("leave-out-unchanged").isChecked(), true);
  const without = records((await download(page, "download-ready")).bytes);
  await page.getByTestId("leave-out-unchanged").uncheck();
  const withAll = records((await download(page, "download-ready")).bytes);
  const isUnchanged = (line) => unchanged.some((u) => line.includes(u.referralId));
  assert.ok(withAll.some(isUnchanged), "the unchanged rows are ready to upload");
  assert.deepEqual(without, withAll.filter((line) => !isUnchanged(line)));

  // Stop comparing: the upload alone again, answered by the page's own module.
  await page.getByTestId("baseline-clear").click();
  await page.getByTestId("unchanged").waitFor({ state: "hidden" });
  await checked(page, "upload.csv");
  const alone = cli(UPLOAD);
  const { processed: _, ...aloneCounts } = alone.report.summary;
  assert.deepEqual(await summary(page), aloneCounts);
  await context.close();
});

test("an export that is not one: said once, and the upload is still checked without it", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const upload = join(REPO, "tests/rules/CS605.csv");
  const alone = cli(upload).report.summary;
  // First the export (a contact list, not an export of deals), then the upload.
  await page.getByTestId("baseline-input").setInputFiles(join(REPO, "tests/rules/CS601.baseline.csv"));
  await page.getByTestId("baseline-name").filter({ hasText: "CS601.baseline.csv" }).waitFor();
  await page.getByTestId("file-input").setInputFiles(upload);
  await checked(page, "CS605.csv");
  const expected = cli(upload, join(REPO, "tests/rules/CS601.baseline.csv")).report;
  assert.deepEqual(expected.fileIssues.map((f) => f.code), ["CS601"]);
  const issues = await page.getByTestId("file-issues").textContent();
  assert.ok(issues.includes(expected.fileIssues[0].message), issues);
  // Checked as without an export, the export's warning aside.
  const { processed, unchanged, ...counts } = alone;
  counts.warnings += 1;
  assert.deepEqual(await summary(page), counts);

  // An image chosen as the export: the same, with what it is.
  const image = join(scratch, "export.png");
  writeFileSync(image, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
  await page.getByTestId("baseline-input").setInputFiles(image);
  await page.getByTestId("baseline-name").filter({ hasText: "export.png" }).waitFor();
  await checked(page, "CS605.csv");
  const said = cli(upload, image).report.fileIssues;
  assert.deepEqual(said.map((f) => f.code), ["CS601"]);
  await page.getByTestId("file-issues").filter({ hasText: said[0].message }).waitFor();
  assert.deepEqual(await summary(page), counts);

  // An export over the page's size limit (here ?max-mb=1): said, and not compared with.
  const limited = await open(context, session.server, `?today=${TODAY}&max-mb=1`);
  const big = join(scratch, "big.csv");
  writeFileSync(big, `Referral ID\r\n${"A-1\r\n".repeat(300_000)}`);
  await limited.getByTestId("baseline-input").setInputFiles(big);
  const refused = limited.getByTestId("baseline-refused");
  await refused.waitFor();
  assert.equal(await refused.textContent(), "big.csv is too large to compare with here: 2 MB, and this page takes up to 1 MB. Compare with it on the cosell command line (--baseline).");
  assert.equal(await limited.getByTestId("baseline-name").isVisible(), false);
  await limited.getByTestId("file-input").setInputFiles(upload);
  await checked(limited, "CS605.csv");
  const { unchanged: _, processed: __, ...aloneCounts } = alone;
  assert.deepEqual(await summary(limited), aloneCounts, "checked without the export");
  await context.close();
});

test("no module to compare with (not fetched): the upload is checked alone, said, and its follow-ups answered", async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  // The workbook module fails to come the first time only (a network failure that passes): the
  // requests after the check must still be answered by the module that holds the file.
  let failed = false;
  await context.route(/cosell-web-workbook/, (route) => {
    if (failed) return route.continue();
    failed = true;
    return route.fulfill({ status: 404, body: "" });
  });
  const page = await open(context, session.server);
  await page.getByTestId("baseline-input").setInputFiles(join(REPO, "tests/rules/CS605.baseline.csv"));
  await page.getByTestId("file-input").setInputFiles(join(REPO, "tests/rules/CS605.csv"));
  await checked(page, "CS605.csv");
  await page.getByTestId("file-issues").filter({ hasText: /The comparison with your export could not be made here/ }).waitFor();
  assert.equal(await page.getByTestId("unchanged").isVisible(), false);
  // The requests about that check are answered by the page's own module.
  await page.getByTestId("open-grid-all").click();
  await page.getByTestId("grid").locator("tbody tr").first().waitFor();
  const annotated = await download(page, "download-annotated");
  assert.equal(annotated.name, "CS605.annotated.csv");
  await context.close();
});

test("an export changed on the disk after it was chosen: said, and the upload checked without it", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const exportPath = join(scratch, "changing-export.csv");
  writeFileSync(exportPath, readFileSync(join(REPO, "tests/rules/CS605.baseline.csv")));
  await page.getByTestId("baseline-input").setInputFiles(exportPath);
  await page.getByTestId("baseline-name").filter({ hasText: "changing-export.csv" }).waitFor();
  writeFileSync(exportPath, "Referral ID\r\nchanged since\r\n");
  await page.getByTestId("file-input").setInputFiles(join(REPO, "tests/rules/CS605.csv"));
  await checked(page, "CS605.csv");
  await page.getByTestId("baseline-refused").filter({ hasText: "The browser could not read changing-export.csv" }).waitFor();
  assert.equal(await page.getByTestId("baseline-name").isVisible(), false);
  assert.equal(await page.getByTestId("unchanged").isVisible(), false);
  const { processed, unchanged, ...alone } = cli(join(REPO, "tests/rules/CS605.csv")).report.summary;
  assert.deepEqual(await summary(page), alone);
  await context.close();
});

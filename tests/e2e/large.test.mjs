// Large and hostile files in the browser: a 100 MB export is checked in the worker while the
// page keeps answering (it can be cancelled), a file over the page's limit gets a plain "too
// large" instead, and a workbook (tests/hostile/workbook.xlsx) is read by the workbook module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, openSync, writeSync, closeSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, TODAY, open, summary, useSession } from "./harness.mjs";

const session = useSession();
const scratch = mkdtempSync(join(tmpdir(), "cosell-large-"));

/** A realistic export of about `megabytes` MB (the generator's rows, repeated). */
function export_of(megabytes) {
  const path = join(scratch, `export-${megabytes}mb.csv`);
  const chunk = execFileSync("cargo", ["run", "--quiet", "--locked", "-p", "xtask", "--", "generate", "10000"], { cwd: REPO, maxBuffer: 1 << 28 });
  const header = chunk.subarray(0, chunk.indexOf("\r\n") + 2);
  const rows = chunk.subarray(header.length);
  const fd = openSync(path, "w");
  writeSync(fd, header);
  let copies = 0;
  while (statSync(path).size < megabytes * 1_048_576) {
    writeSync(fd, rows);
    copies += 1;
  }
  closeSync(fd);
  return { path, rows: copies * 10000 };
}

test("a 100 MB file: the page answers while the worker checks it, can cancel, then shows the result", async () => {
  const big = export_of(100);
  const context = await session.browser.newContext();
  const page = await open(context, session.server);

  await page.getByTestId("file-input").setInputFiles(big.path);
  await page.getByTestId("progress").waitFor();
  // The main thread is free: the Cancel button works while the check runs.
  await page.getByTestId("cancel").click();
  await page.getByTestId("status").filter({ hasText: "Check cancelled." }).waitFor();
  assert.equal(await page.getByTestId("progress").isVisible(), false);
  assert.equal(await page.getByTestId("summary").isVisible(), false);

  const started = Date.now();
  await page.getByTestId("file-input").setInputFiles(big.path);
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor({ timeout: 240_000 });
  console.log(`# ${big.rows} rows (${(statSync(big.path).size / 1_048_576).toFixed(0)} MB): file chosen → summary in ${Date.now() - started} ms`);
  const counts = await summary(page);
  assert.equal(counts.rows, big.rows);
  assert.equal(counts.create + counts.update + counts.notProcessed, big.rows);
  assert.equal(await page.getByTestId("issue-table").locator("tbody tr").count(), 100);
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  console.log(`# main thread JS heap after the result: ${(heap / 1_048_576).toFixed(1)} MB`);
  // The file and its annotated copy stay in the worker: the page's heap is less than the file.
  assert.ok(heap < statSync(big.path).size, `the page's own heap: ${heap} bytes`);
  await context.close();
});

test("a file over the page's limit is refused plainly, without reading it", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server, `?today=${TODAY}&max-mb=1`);
  const { path } = export_of(2);
  await page.getByTestId("file-input").setInputFiles(path);
  const status = page.getByTestId("status").filter({ hasText: /too large/ });
  await status.waitFor();
  assert.match(await status.textContent(), /^export-2mb\.csv is too large to check here: \d+ MB, and this page takes up to 1 MB\. Check it with the cosell command line/);
  await context.close();
});

test("a workbook is read, not refused: the page's worker hands it to the workbook module", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  await page.getByTestId("file-input").setInputFiles(join(REPO, "tests/hostile/workbook.xlsx"));
  await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  assert.equal((await summary(page)).rows, 1);
  await context.close();
});

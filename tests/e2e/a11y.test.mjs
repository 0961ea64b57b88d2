// Accessibility: axe-core, injected into the page under test, finds no violations, in the
// light and the dark colour scheme, before and after a check, compared with an export, and with
// a rule's documentation open. (axe is injected as a script, so this context bypasses the page's CSP.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { REPO, open, useSession } from "./harness.mjs";

const AXE = join(REPO, "node_modules/axe-core/axe.min.js");
const session = useSession();

async function audit(page, what) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(found, [], `${what}:\n${found.join("\n")}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`no axe violations (${colorScheme})`, async () => {
    const context = await session.browser.newContext({ bypassCSP: true, colorScheme });
    const page = await open(context, session.server);
    await audit(page, "the page before a check");
    await page.getByTestId("sample").click();
    await page.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
    await audit(page, "the page with a result");
    await page.getByTestId("apply-fixes").click();
    await page.getByTestId("fix-list").locator("[data-fix-rule]").first().waitFor();
    await audit(page, "the list of suggested fixes");
    await page.getByTestId("open-grid").click();
    await page.getByTestId("grid").locator("td").first().waitFor();
    await audit(page, "the grid of rows to correct");
    await page.getByTestId("baseline-input").setInputFiles(join(REPO, "tests/rules/CS605.baseline.csv"));
    await page.getByTestId("file-input").setInputFiles(join(REPO, "tests/rules/CS605.csv"));
    await page.getByTestId("unchanged").waitFor({ state: "visible" });
    await page.getByTestId("open-grid-all").click();
    await page.getByTestId("changes").first().waitFor();
    await audit(page, "the page compared with an export, each row's changes in the grid");
    await page.getByRole("button", { name: /Rule CS605/ }).first().click();
    await page.getByTestId("rule-dialog").waitFor();
    await audit(page, "the rule documentation");
    await context.close();
  });
}

test("the file inputs and the sample are reachable with the keyboard", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const focused = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.id);
    focused.push(id);
    if (id === "file" || id === "baseline-file") {
      // The input is hidden behind its label, which shows the focus instead.
      const outline = await page.evaluate((id) => getComputedStyle(document.querySelector(`label.button[for=${id}]`)).outlineStyle, id);
      assert.equal(outline, "solid", `the focused input ${id} shows on its label`);
    }
  }
  assert.ok(focused.includes("file"), `tab order: ${focused}`);
  assert.ok(focused.includes("sample"), `tab order: ${focused}`);
  assert.ok(focused.includes("baseline-file"), `tab order: ${focused}`);
  await context.close();
});

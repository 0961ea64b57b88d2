// The page's worker. It runs the page's own wasm module: the page sends the compiled module and
// the address of its JavaScript glue first ("start"), so nothing is fetched or compiled twice;
// then every message goes to the module's `workerMessage` (crates/cosell-web/src/worker.rs),
// which checks files with the core, keeps the result and answers with postMessage. This file
// is glue: it holds no rule logic, parses no CSV and reads no message.
let checker = null; // the glue module, instantiated
let zipper = null; // the ZIP writer's glue (crates/cosell-zip), fetched when first asked for
let workbook = null; // the workbook module's glue (this worker with the workbook reader), likewise
let spoken = null; // the page's last language request, told to the workbook module when it starts
let failures = 0; // how often the workbook module failed: each retry imports a fresh instance

// Called by the module (worker.rs, `batches`) with the batches' names and bytes: the ZIP writer
// is a module of its own, so that the page's module stays small for everyone else.
self.cosellZip = async (names, files) => {
  zipper ??= import("./cosell-zip.js").then(async (glue) => {
    await glue.default();
    return glue;
  });
  zipper.catch(() => (zipper = null)); // a failed fetch is tried again next time
  return (await zipper).zipStored(names, files);
};

// Called by the module (worker.rs, `hand_over`) with a request about a workbook: the workbook
// module (crates/cosell-web built with its `workbook` feature) serves it, and answers the page
// itself. When it cannot be fetched, or traps (calamine panics on some damaged files, and a panic
// aborts in the browser), the page's module answers the request, with no workbook module to hand
// it to (a workbook is then "not a CSV file"), and the next workbook gets a fresh instance.
async function cosellWorkbook(data) {
  workbook ??= import(`./cosell-web-workbook.js${failures ? `?${failures}` : ""}`).then(async (glue) => {
    await glue.default();
    if (spoken) glue.workerMessage(spoken);
    return glue;
  });
  try {
    (await workbook).workerMessage(data);
  } catch {
    workbook = null;
    failures += 1;
    delete self.cosellWorkbook;
    (await checker).workerMessage(data);
    self.cosellWorkbook = cosellWorkbook;
  }
}
self.cosellWorkbook = cosellWorkbook;

// Called by the module when the workbook module's file and export are no longer needed: told
// to it only when it is running (never fetched for that).
self.cosellForget = (data) => {
  workbook?.then((glue) => glue.workerMessage(data), () => {});
};

// Called by the module with every language request: kept for the workbook module, and told to
// it when it is running.
self.cosellSpoken = (data) => {
  spoken = data;
  workbook?.then((glue) => glue.workerMessage(data), () => {});
};

self.onmessage = async ({ data }) => {
  if (data.type === "start") {
    checker = import(data.glue).then(async (glue) => {
      await glue.default({ module_or_path: data.module });
      return glue;
    });
    return;
  }
  const { workerMessage } = await checker;
  workerMessage(data);
};

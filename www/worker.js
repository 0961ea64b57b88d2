// The page's worker: checks files off the main thread and makes the files offered for download.
// It runs the page's own wasm module, which links the cosell-wasm binding: the page sends the
// compiled module and the address of its JavaScript glue first ("start"), so nothing is fetched
// or compiled twice. It holds no rule logic and parses no CSV itself.
let checker = null; // the glue module, instantiated
let last = null; // { annotatedCsv, name } of the last file checked

self.onmessage = async ({ data }) => {
  try {
    if (data.type === "start") {
      checker = import(data.glue).then(async (glue) => {
        await glue.default({ module_or_path: data.module });
        return glue;
      });
      return;
    }
    const { validateBytes, rowsToFix, readyToUpload, batchesZip } = await checker;
    if (data.type === "validate") {
      last = null;
      const progress = ({ done, total }) => self.postMessage({ type: "progress", done, total });
      const result = validateBytes(new Uint8Array(data.bytes), data.today ?? undefined, progress);
      // The annotated CSV stays here (downloads are made here): the page needs only the report.
      const { annotatedCsv, ...report } = result;
      last = { annotatedCsv, name: data.name };
      self.postMessage({ type: "result", name: data.name, result: report });
    } else if (data.type === "download" && last) {
      const make = {
        "annotated": () => last.annotatedCsv,
        "to-fix": () => rowsToFix(last.annotatedCsv),
        "ready": () => readyToUpload(last.annotatedCsv),
        "batches": () => batchesZip(last.annotatedCsv, last.name),
      }[data.which];
      const content = make();
      const transfer = content instanceof Uint8Array ? [content.buffer] : [];
      self.postMessage({ type: "file", which: data.which, name: last.name, content }, transfer);
    }
  } catch (error) {
    self.postMessage({ type: "error", message: String(error?.message ?? error) });
  }
};

// The page's worker. It runs the page's own wasm module: the page sends the compiled module and
// the address of its JavaScript glue first ("start"), so nothing is fetched or compiled twice;
// then every message goes to the module's `workerMessage` (crates/cosell-web/src/worker.rs),
// which checks files with the core, keeps the result and answers with postMessage. This file
// is glue: it holds no rule logic, parses no CSV and reads no message.
let checker = null; // the glue module, instantiated

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

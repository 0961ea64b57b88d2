//! The page's ZIP writer, a module of its own: the ZIP library and its checksum tables are a
//! tenth of the page's module, and only files of more than 1,000 rows are ever split. The page's
//! worker (`www/worker.js`) fetches this module the first time the batches are downloaded and
//! hands it the files the core made (`cosell_core::outputs::batch_files`); it holds no rule logic
//! and reads no CSV.

use wasm_bindgen::prelude::*;

/// One ZIP (stored, not compressed) holding `files`, named `names`, in order.
#[wasm_bindgen(js_name = zipStored)]
pub fn zip_stored(names: Vec<String>, files: Vec<js_sys::Uint8Array>) -> Vec<u8> {
    let files: Vec<Vec<u8>> = files.iter().map(js_sys::Uint8Array::to_vec).collect();
    cosell_core::outputs::zip_files(
        names
            .iter()
            .map(String::as_str)
            .zip(files.iter().map(Vec::as_slice)),
    )
}

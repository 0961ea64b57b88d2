//! The page's workbook reader, a module of its own (the `wasm` feature): calamine is larger than
//! the whole page, and only those who drop a workbook need it. The page's worker fetches it when
//! a workbook is dropped, hands it the bytes, and checks the CSV text it answers with the core,
//! as it checks a CSV file, with the sheet's facts.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use cosell_core::message::Message;
use cosell_core::sheet::Sheet;

/// The answer: the sheet read, or why the workbook could not be.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum Answer {
    Read {
        format: &'static str,
        text: String,
        sheet: Sheet,
    },
    Unreadable {
        message: String,
        #[serde(flatten)]
        data: Message,
    },
}

/// Reads a workbook: its sheet `sheet`, or the one a template header starts. Answers
/// `{read: {format, text, sheet}}` or `{unreadable: {message, messageId, args}}`.
#[wasm_bindgen(js_name = readWorkbook)]
pub fn read_workbook(bytes: &[u8], sheet: Option<String>) -> JsValue {
    let answer = match crate::read(bytes, sheet.as_deref(), &crate::LIMITS) {
        Ok(read) => Answer::Read {
            format: read.format.as_str(),
            text: read.text,
            sheet: read.sheet,
        },
        Err(unreadable) => Answer::Unreadable {
            message: unreadable.message,
            data: unreadable.data,
        },
    };
    answer
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

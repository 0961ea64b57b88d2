//! How the typed messages of `protocol.rs` cross between the page and its worker: as plain
//! JavaScript objects (serde-wasm-bindgen: no JSON text, and no JSON parser in the module),
//! with what is not data beside them: the file's bytes (`bytes`) and its export's (`baseline`), or a
//! download (`blob`).

use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::JsValue;

/// The message as a JavaScript object `{ message, ...attachments }`.
pub fn to_js<T: Serialize>(message: &T, attachments: &[(&str, &JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    let value = serde_wasm_bindgen::to_value(message).unwrap_or(JsValue::NULL);
    let _ = js_sys::Reflect::set(&object, &"message".into(), &value);
    for (name, value) in attachments {
        let _ = js_sys::Reflect::set(&object, &(*name).into(), value);
    }
    object.into()
}

/// The message in a JavaScript object made by [`to_js`], if it is one.
pub fn from_js<T: DeserializeOwned>(data: &JsValue) -> Option<T> {
    from_value(&js_sys::Reflect::get(data, &"message".into()).ok()?)
}

/// A value of JavaScript's (a message, parsed JSON) as a Rust one.
pub fn from_value<T: DeserializeOwned>(value: &JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value.clone()).ok()
}

/// An attachment of the message.
pub fn attachment(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &name.into()).unwrap_or_default()
}

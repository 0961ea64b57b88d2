//! The page. The markup is static (`www/index.html`); this turns the page's events into messages
//! (`state::Msg`), lets `state::update` change the one `State`, carries out what it asks
//! (`state::Command`: talk to the worker, save a file), and redraws the panels from the state.
//! It holds no rule logic and parses no CSV: the worker (`worker.rs`, running this same module)
//! checks files with the core and answers in typed messages (`protocol.rs`).
//!
//! The page ships one wasm module: on the main thread it runs the page; in the worker, which the
//! page hands the compiled module to, `worker::worker_message` serves the page's requests. What
//! only some visitors need, the worker fetches when needed: the ZIP writer (`cosell-zip`) and
//! Microsoft's translated documentation.

include!("page.rs");

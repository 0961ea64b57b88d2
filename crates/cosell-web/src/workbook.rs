//! The workbook module: the page's worker with the workbook reader (`cosell-workbook`, calamine)
//! and the core's rules for workbooks, built from the same source as the page's module (the
//! `workbook` feature). The page's worker fetches it when a workbook is dropped and hands it
//! the requests about that file (`worker::hand_over`); the page that checks CSV files never
//! downloads it.

include!("page.rs");

//! Every integration test in one binary: each test binary links the whole crate and its dependencies, so one
//! binary instead of twenty is most of what CI spends compiling. Run one file's tests with
//! `cargo test --test it validators::`.

mod bad_input;
mod brand;
mod browser;
mod build;
mod build_record;
mod check;
mod common;
mod deploy;
mod fuzz;
mod images;
mod import;
mod incremental;
mod line_sheet;
mod links;
mod listings;
mod messages;
mod names;
mod output_safety;
mod print;
mod seo;
mod serve;
mod serve_cache;
mod templates_doc;
mod text_quality;
mod validators;

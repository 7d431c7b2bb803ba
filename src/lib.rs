//! vitrina: a static-site generator for small exporters' multilingual product catalogs.
//!
//! Flow (see `pipeline::build`): `config` (company.yaml) → `i18n` (languages, UI strings) → `money` (rates) →
//! `content` (products, pages), together the loaded `site::Site` → `render` (templates, per-language shared
//! data, one module per page kind from its table of kinds, using `markdown`, `order`, `seo`, `routes`) →
//! `output` (staging folder swapped in when everything succeeded). `pipeline` runs those steps for `build`,
//! `serve` and `check`; nothing below it imports it.

pub(crate) mod brand;
mod cache;
pub mod check;
pub(crate) mod config;
pub(crate) mod contact;
pub(crate) mod content;
pub(crate) mod country;
pub(crate) mod dates;
pub(crate) mod diagnostics;
pub(crate) mod feeds;
pub(crate) mod i18n;
pub(crate) mod images;
pub mod import;
pub mod init;
pub(crate) mod link;
pub(crate) mod listing;
pub(crate) mod markdown;
pub mod messages;
pub(crate) mod money;
pub(crate) mod order;
pub(crate) mod output;
pub mod pipeline;
pub(crate) mod pricing;
pub(crate) mod qr;
pub mod rates;
pub(crate) mod redirects;
pub(crate) mod render;
pub(crate) mod routes;
pub(crate) mod search;
pub mod seo;
pub mod serve;
pub(crate) mod share;
pub mod site;
pub(crate) mod slug;
pub(crate) mod text;
pub mod theme;
mod yaml;

//! vitrina: a static-site generator for small exporters' multilingual product catalogs.
//!
//! Flow (see `site::build`): `config` (company.yaml) → `i18n` (languages, UI strings) → `money` (rates) →
//! `content` (products, pages) → `render` (templates, per-language shared data, pages in parallel, using
//! `markdown`, `order`, `seo`, `routes`) → `output` (staging folder swapped in when everything succeeded).

pub mod check;
pub mod config;
pub mod contact;
pub mod content;
pub mod dates;
pub mod feeds;
pub mod i18n;
pub mod images;
pub mod init;
pub mod link;
pub mod markdown;
pub mod messages;
pub mod money;
pub mod order;
pub mod output;
pub mod render;
pub mod routes;
pub mod seo;
pub mod serve;
pub mod share;
pub mod site;
pub mod text;
pub mod theme;
mod yaml;

//! What vitrina says to the person running it — errors, hints, warnings, progress, `--help` — in Spanish or
//! English, from the Fluent catalogs `en.ftl` and `es.ftl` beside this file (embedded in the binary).
//!
//! Not to be confused with `crate::i18n`, which holds the *site's* UI strings in the site's languages; this
//! module is the *tool's* own voice, in the language of whoever runs it.
//!
//! At a call site, `msg!("id", name = value, …)` returns the message as a `String`, so it works inside
//! `bail!`, `anyhow!` and `.with_context(|| …)`. A message with a `.hint` attribute gets it appended on its own
//! line after the translated "hint:" prefix, so every hint looks the same. How to add a message:
//! docs/contributing-messages.md.
//!
//! The language is chosen once at start (`main` calls [`set_lang`] with [`from_env`]); library callers and
//! tests that never choose get English.

pub mod help;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The languages vitrina speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// `es`, `es_MX.UTF-8`, `es-419`… are Spanish; anything else (`en_US`, `C`, `fr`) is English, the
    /// language most owners who do not read Spanish can follow.
    pub(crate) fn parse(value: &str) -> Lang {
        if value.trim().to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The catalog's source text, for tests that check both catalogs hold the same messages.
    pub fn catalog(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Es => include_str!("es.ftl"),
        }
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language for the rest of the process; only the first call counts.
pub fn set_lang(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language chosen with [`set_lang`], English if none was.
pub(crate) fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

/// The language asked for: `flag` (from `--lang`) first, then `VITRINA_LANG`, then the POSIX locale
/// variables in the order the C library reads them (`LC_ALL`, `LC_MESSAGES`, `LANG`). Empty values are skipped,
/// as the C library does.
pub fn from_env(flag: Option<&str>) -> Lang {
    from_values(flag, |name| std::env::var(name).ok())
}

/// [`from_env`] with the environment passed in, so the order can be tested without changing the process's.
pub(crate) fn from_values(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(f) = flag.filter(|f| !f.trim().is_empty()) {
        return Lang::parse(f);
    }
    ["VITRINA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|v| !v.trim().is_empty())
        .map_or(Lang::En, |v| Lang::parse(&v))
}

/// The value of `--lang X` or `--lang=X` among the command-line arguments (the program name first), read
/// before clap parses them because `--help` and clap's errors must already be in that language.
pub fn flag_in_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<String> {
    let mut args = args.into_iter().skip(1).map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            return args.next();
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let [en, es] = BUNDLES.get_or_init(|| [make_bundle(Lang::En), make_bundle(Lang::Es)]);
    match lang {
        Lang::En => en,
        Lang::Es => es,
    }
}

fn make_bundle(lang: Lang) -> Bundle {
    // The catalogs are part of the program and checked by the tests (messages_catalog_*), so a syntax error
    // can only come from a change that was never tested; the entries that did parse are still used.
    let resource = FluentResource::try_new(lang.catalog().to_string()).unwrap_or_else(|(partial, _)| partial);
    let locale = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![locale]);
    // Fluent wraps every placeable in Unicode isolation marks for bidirectional text; in a terminal they show
    // up as stray characters around file names.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// True when the catalog of the chosen language (or English) has `id`.
pub fn has(id: &str) -> bool {
    bundle(lang()).has_message(id) || bundle(Lang::En).has_message(id)
}

/// The message `id` in the chosen language, with its `.hint` on a second line.
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text_in(lang(), id, args)
}

/// The message `id` in `lang`. A message missing from that catalog falls back to English, and one missing
/// from both to its id (the tests make sure neither happens), so a message never panics.
pub(crate) fn text_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fargs.set(*name, value.clone());
    }
    format_in(lang, id, &fargs, &mut Vec::new()).unwrap_or_else(|| id.to_string())
}

/// Formats `id` with `args`, collecting Fluent's errors (a missing argument, an unknown reference) in `errors`.
/// `None` when neither `lang` nor English has the message.
pub fn format_in(
    lang: Lang,
    id: &str,
    args: &FluentArgs,
    errors: &mut Vec<fluent_bundle::FluentError>,
) -> Option<String> {
    let b = [bundle(lang), bundle(Lang::En)].into_iter().find(|b| b.has_message(id))?;
    let message = b.get_message(id)?;
    let mut out = match message.value() {
        Some(pattern) => b.format_pattern(pattern, Some(args), errors).into_owned(),
        None => String::new(),
    };
    if let Some(hint) = message.get_attribute("hint") {
        let prefix = b.get_message("prefix-hint").and_then(|m| m.value());
        let prefix = prefix.map(|p| b.format_pattern(p, None, errors).into_owned()).unwrap_or_default();
        out.push_str("\n  ");
        out.push_str(&prefix);
        out.push(' ');
        out.push_str(&b.format_pattern(hint.value(), Some(args), errors));
    }
    Some(out)
}

/// A value that can fill a placeable: text (paths, names, quoted values) or a number (which Fluent can also
/// use to choose a plural form: `{ $count -> [one] … *[other] … }`).
pub trait Arg {
    fn value(&self) -> FluentValue<'static>;
}

impl Arg for str {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::String(self.to_string().into())
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'static> {
        self.as_str().value()
    }
}

impl Arg for std::path::Path {
    fn value(&self) -> FluentValue<'static> {
        self.display().to_string().value()
    }
}

impl Arg for std::path::PathBuf {
    fn value(&self) -> FluentValue<'static> {
        self.as_path().value()
    }
}

impl Arg for std::path::Display<'_> {
    fn value(&self) -> FluentValue<'static> {
        self.to_string().value()
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'static> {
        (**self).value()
    }
}

/// `msg!("id")` or `msg!("id", name = value, …)`: the message in the chosen language, as a `String`.
/// Values are text ([`Arg`] for `&str`, `String`, paths, `path.display()`) or numbers; anything else is passed
/// as `value.to_string()`. To quote a value as Rust's `{:?}` did, write `"{ $name }"` in the catalog.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::text($id, &[$((stringify!($name), $crate::messages::Arg::value(&$value))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_vitrina_lang_then_the_locale_in_libc_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(from_values(None, env(&[])), Lang::En);
        assert_eq!(from_values(None, env(&[("LANG", "es_MX.UTF-8")])), Lang::Es);
        assert_eq!(from_values(None, env(&[("LANG", "es_MX.UTF-8"), ("LC_MESSAGES", "en_US")])), Lang::En);
        assert_eq!(from_values(None, env(&[("LC_MESSAGES", "en_US"), ("LC_ALL", "es_AR")])), Lang::Es);
        assert_eq!(from_values(None, env(&[("LC_ALL", ""), ("LANG", "es")])), Lang::Es, "empty values are skipped");
        assert_eq!(from_values(None, env(&[("LC_ALL", "es_ES"), ("VITRINA_LANG", "en")])), Lang::En);
        assert_eq!(from_values(Some("es"), env(&[("VITRINA_LANG", "en")])), Lang::Es);
        assert_eq!(from_values(Some("en"), env(&[("LANG", "es_MX")])), Lang::En);
        assert_eq!(Lang::parse("C"), Lang::En);
        assert_eq!(Lang::parse("ES-419"), Lang::Es);
    }

    #[test]
    fn placeables_have_no_isolation_marks_and_hints_get_the_prefix() {
        let dir = std::path::Path::new("pages/x.md");
        let en = text_in(Lang::En, "page-missing-title", &[("file", dir.value())]);
        assert_eq!(en, "pages/x.md: missing field `title`.\n  hint: add a line like `title: Cuidados del molcajete`");
        let es = text_in(Lang::Es, "page-missing-title", &[("file", dir.value())]);
        assert!(es.starts_with("pages/x.md: "), "{es}");
        assert!(!es.contains('\u{2068}') && !es.contains('\u{2069}'), "{es:?}");
        assert!(es.contains(&text_in(Lang::Es, "prefix-hint", &[])), "{es}");
    }

    #[test]
    fn an_unknown_id_is_returned_as_is_instead_of_panicking() {
        assert_eq!(text_in(Lang::Es, "no-such-message", &[]), "no-such-message");
    }
}

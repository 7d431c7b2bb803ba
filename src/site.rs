//! `Site`: everything vitrina reads from a site folder (profile, languages, UI strings, rates, products and
//! pages), loaded and checked. It knows nothing of rendering: the build steps live in `crate::pipeline`.

use crate::config::Profile;
use crate::content::{self, Content};
use crate::diagnostics::Diagnostics;
use crate::i18n::{self, Language, Strings};
use crate::money::Rates;
use anyhow::Result;
use std::path::{Path, PathBuf};

pub struct Site {
    pub(crate) root: PathBuf,
    pub(crate) profile: Profile,
    pub(crate) languages: Vec<Language>,
    /// UI strings, one per language, in the order of `languages`.
    pub(crate) strings: Vec<Strings>,
    pub(crate) rates: Option<Rates>,
    pub(crate) content: Content,
    pub(crate) today: chrono::NaiveDate,
    pub warnings: Vec<String>,
    /// The profile's Markdown texts, rendered once per language at load (like products' descriptions).
    pub(crate) prose: Vec<Prose>,
}

/// The company's story and policies in one language, as HTML.
pub(crate) struct Prose {
    pub(crate) story: Option<crate::markdown::Rendered>,
    pub(crate) returns: Option<String>,
    pub(crate) terms: Option<String>,
}

impl Prose {
    fn new(profile: &Profile, code: &str, default: &str) -> Prose {
        let md = |t: &Option<crate::text::Text>| t.as_ref().map(|t| crate::markdown::render(t.get(code, default)));
        Prose {
            story: md(&profile.story),
            returns: md(&profile.legal.returns).map(|r| r.html),
            terms: md(&profile.legal.terms).map(|r| r.html),
        }
    }
}

impl Site {
    /// Refuses a folder without `company.yaml` with a hint, before anything is read or written.
    pub(crate) fn require(root: &Path) -> Result<()> {
        if !root.join(crate::config::PROFILE_FILE).exists() {
            anyhow::bail!(crate::msg!("site-not-a-site", dir = root.display(), file = crate::config::PROFILE_FILE));
        }
        Ok(())
    }

    /// The cache folder unless `--cache-dir` says otherwise (processed images in its `images/`, the build
    /// record in `build/`: `crate::cache`).
    pub(crate) fn default_cache_dir(root: &Path) -> PathBuf {
        crate::cache::default_root(root)
    }

    pub fn load(root: &Path) -> Result<Site> {
        Site::load_with(root, &mut Diagnostics::fail_fast())
    }

    /// Loads the site, handing each error that does not stop the load (a bad number, a broken product file,
    /// the rates) to `diag`: `check` collects them all, `build` stops at the first. Errors after which nothing
    /// sensible can be loaded (company.yaml unreadable, the languages, the UI strings) are returned.
    pub(crate) fn load_with(root: &Path, diag: &mut Diagnostics) -> Result<Site> {
        Ok(Site::load_parts(root, diag, None)?.expect("a full load always gives a site"))
    }

    /// Loads the site with the products of the last build (`crate::cache::products`) instead of every product
    /// file: only those of the changed products (`slugs`, from the changed file names `files`) are read again.
    /// `None` when a changed file needs a full load to be judged (`content::load_reusing`).
    pub(crate) fn load_reusing(
        root: &Path,
        saved: Vec<content::Product>,
        changed: (&[String], &[String]),
    ) -> Result<Option<Site>> {
        Site::load_parts(root, &mut Diagnostics::fail_fast(), Some((saved, changed)))
    }

    fn load_parts(root: &Path, diag: &mut Diagnostics, reuse: Option<content::Reuse>) -> Result<Option<Site>> {
        let mut warnings = Vec::new();
        let today = chrono::Local::now().date_naive();
        let profile = Profile::load_with(root, today, diag)?;
        let languages = i18n::resolve_languages(&profile.languages)?;
        let strings =
            languages.iter().map(|l| Strings::load(root, &l.code, &mut warnings)).collect::<Result<Vec<_>>>()?;
        let loaded = Rates::load(root, &profile.currency, &profile.display_currencies, today);
        let rates = diag.keep("rates", loaded)?.flatten();
        warnings.extend(rates.as_ref().and_then(|r| r.stale_warning(today)));
        if let Some(logo) = &profile.logo {
            let checked = content::product::check_image_path(logo, root).map_err(|e| {
                anyhow::anyhow!(crate::msg!("field-error", at = "company.yaml", field = "logo", error = e.to_string()))
            });
            diag.keep("logo", checked)?;
        }
        if let Some(hero) = &profile.theme.hero {
            content::product::check_image_path(hero, root).map_err(|e| {
                anyhow::anyhow!(crate::msg!(
                    "field-error",
                    at = "company.yaml",
                    field = "theme.hero",
                    error = e.to_string()
                ))
            })?;
        }
        warnings.extend(profile.theme.low_contrast());
        report_untranslated_profile(&profile, &languages, &mut warnings);
        let content = match reuse {
            None => content::load_with(root, &profile, &languages, today, &mut warnings, diag)?,
            Some((saved, changed)) => {
                match content::load_reusing(root, &profile, &languages, today, &mut warnings, saved, changed)? {
                    Some(content) => content,
                    None => return Ok(None),
                }
            }
        };
        let prose = languages.iter().map(|l| Prose::new(&profile, &l.code, &languages[0].code)).collect();
        Ok(Some(Site { root: root.to_path_buf(), profile, languages, strings, rates, content, today, warnings, prose }))
    }
}

impl Site {
    /// Every product photo pages use; a product's first photo also gets a share image around its focal point.
    /// (The logo is planned apart, at its own small sizes.)
    pub(crate) fn image_uses(&self) -> Vec<(String, Option<(f32, f32)>)> {
        let mut uses: Vec<(String, Option<(f32, f32)>)> = Vec::new();
        for p in &self.content.products {
            for (i, im) in p.images.iter().enumerate() {
                uses.push((im.src.clone(), (i == 0).then_some(im.focus)));
            }
        }
        uses.extend(self.profile.theme.hero.iter().map(|h| (h.clone(), None)));
        uses
    }
}

fn report_untranslated_profile(profile: &Profile, languages: &[Language], warnings: &mut Vec<String>) {
    let texts = profile.texts();
    for lang in languages.iter().skip(1) {
        let missing: Vec<&str> =
            texts.iter().filter(|(_, t)| t.is_missing(&lang.code)).map(|(k, _)| k.as_str()).collect();
        if !missing.is_empty() {
            warnings.push(crate::msg!(
                "site-profile-untranslated",
                count = missing.len(),
                lang = lang.name,
                default = languages[0].name,
                fields = missing.join(", ")
            ));
        }
    }
}

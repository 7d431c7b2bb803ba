//! `Site`: everything vitrina reads from a site folder (profile, languages, UI strings, rates, products and
//! pages), loaded and checked. It knows nothing of rendering: the build steps live in `crate::pipeline`.

use crate::config::Profile;
use crate::content::{self, Content};
use crate::i18n::{self, Language, Strings};
use crate::money::Rates;
use anyhow::Result;
use std::path::{Path, PathBuf};

pub struct Site {
    pub root: PathBuf,
    pub profile: Profile,
    pub languages: Vec<Language>,
    /// UI strings, one per language, in the order of `languages`.
    pub strings: Vec<Strings>,
    pub rates: Option<Rates>,
    pub content: Content,
    pub today: chrono::NaiveDate,
    pub warnings: Vec<String>,
}

impl Site {
    /// Refuses a folder without `company.yaml` with a hint, before anything is read or written.
    pub fn require(root: &Path) -> Result<()> {
        if !root.join(crate::config::PROFILE_FILE).exists() {
            anyhow::bail!(crate::msg!("site-not-a-site", dir = root.display(), file = crate::config::PROFILE_FILE));
        }
        Ok(())
    }

    /// Where processed images are kept between builds unless `--cache-dir` says otherwise.
    pub fn default_cache_dir(root: &Path) -> PathBuf {
        root.join(".vitrina-cache").join("images")
    }

    pub fn load(root: &Path) -> Result<Site> {
        let mut warnings = Vec::new();
        let today = chrono::Local::now().date_naive();
        let profile = Profile::load(root, today)?;
        let languages = i18n::resolve_languages(&profile.languages)?;
        let strings =
            languages.iter().map(|l| Strings::load(root, &l.code, &mut warnings)).collect::<Result<Vec<_>>>()?;
        let rates = Rates::load(root, &profile.currency, &profile.display_currencies, today)?;
        if let Some(logo) = &profile.logo {
            content::product::check_image_path(logo, root).map_err(|e| {
                anyhow::anyhow!(crate::msg!("field-error", at = "company.yaml", field = "logo", error = e.to_string()))
            })?;
        }
        report_untranslated_profile(&profile, &languages, &mut warnings);
        let content = content::load(root, &profile, &languages, today, &mut warnings)?;
        Ok(Site { root: root.to_path_buf(), profile, languages, strings, rates, content, today, warnings })
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

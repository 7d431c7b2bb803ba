//! The template contract (issue 14): `docs/templates.md` lists every variable each template receives, and a
//! template that reads one that does not exist fails the build naming the template and the line.

use crate::common;

use common::{fixture, read, run};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const PAGE_TEMPLATES: [&str; 11] = [
    "home.html",
    "product.html",
    "category.html",
    "order.html",
    "about.html",
    "page.html",
    "404.html",
    "products.html",
    "enquiry.html",
    "line-sheet.html",
    "redirect.html",
];

/// Objects whose keys are data, not names.
const MAPS: [&str; 1] = ["site.rates.per"];

/// Every variable path of a context: `page.alternates[].code`. The UI strings (`t`) are one documented tree.
fn paths(v: &Value, at: String, out: &mut BTreeSet<String>) {
    if at == "t" {
        out.insert(at);
        return;
    }
    match v {
        // Maps keyed by data (currency codes) are documented like lists: `site.rates.per[]`.
        Value::Object(m) if MAPS.contains(&at.as_str()) => {
            for x in m.values() {
                paths(x, format!("{at}[]"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                paths(x, if at.is_empty() { k.clone() } else { format!("{at}.{k}") }, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                paths(x, format!("{at}[]"), out);
            }
        }
        _ => {}
    }
    if !at.is_empty() {
        out.insert(at);
    }
}

/// The doc's sections: `## name.html` (and "Variables of every template") list paths; `### shape: x` list the
/// fields of a shape. A listed path followed by `(shape: x)` holds that shape.
struct Doc {
    sections: BTreeMap<String, BTreeMap<String, Option<String>>>,
}

impl Doc {
    fn parse(text: &str) -> Doc {
        let mut sections: BTreeMap<String, BTreeMap<String, Option<String>>> = BTreeMap::new();
        let mut current = String::new();
        for line in text.lines() {
            if let Some(h) = line.strip_prefix("### shape: ") {
                current = format!("shape:{}", h.trim());
            } else if let Some(h) = line.strip_prefix("## ") {
                current = if h.starts_with("Variables of every template") { "every".into() } else { h.trim().into() };
            }
            // Every backticked path on the line; a `(shape: x)` right after a path gives it that shape.
            let parts: Vec<&str> = line.split('`').collect();
            for i in (1..parts.len()).step_by(2) {
                let p = parts[i];
                if p.is_empty() || !p.chars().all(|c| c.is_alphanumeric() || "._[]".contains(c)) {
                    continue;
                }
                let after = parts.get(i + 1).copied().unwrap_or("");
                let shape = after
                    .trim_start()
                    .strip_prefix("(shape: ")
                    .and_then(|r| r.split(')').next())
                    .map(|s| s.trim().to_string());
                sections.entry(current.clone()).or_default().insert(p.to_string(), shape);
            }
        }
        Doc { sections }
    }

    /// Whether `path` is documented in `section`, directly or as a field of a documented shape.
    fn covers(&self, section: &str, path: &str) -> bool {
        let Some(entries) = self.sections.get(section) else { return false };
        // A list is documented by its items (`languages[]` covers `languages`).
        // A list is documented by its items (`languages[]` covers `languages`), an object by its fields.
        let (field, items) = (format!("{path}."), format!("{path}[]"));
        if entries.contains_key(path) || entries.keys().any(|k| k.starts_with(&field) || k.starts_with(&items)) {
            return true;
        }
        entries.iter().any(|(prefix, shape)| {
            let Some(shape) = shape else { return false };
            let rest = path.strip_prefix(prefix.as_str());
            let rest = rest
                .and_then(|r| r.strip_prefix('.').or_else(|| r.strip_prefix("[]").map(|x| x.trim_start_matches('.'))));
            match rest {
                Some("") => true,
                Some(r) => self.covers(&format!("shape:{shape}"), r),
                None => false,
            }
        })
    }
}

/// Every variable that the example site's pages receive is documented in docs/templates.md, in the section of
/// its template or in "Variables of every template". Each page template is replaced by one that prints its
/// whole context as JSON, so this reads what vitrina really passes.
#[test]
fn every_template_variable_is_documented() {
    let (_tmp, site) = common::fixture_with_image_cache("example");
    std::fs::create_dir_all(site.join("templates")).unwrap();
    for t in PAGE_TEMPLATES {
        let dump = format!("{{\"template\": \"{t}\", \"ctx\": {{{{ __tera_context | safe }}}}}}");
        std::fs::write(site.join("templates").join(t), dump).unwrap();
    }
    // A renamed product, so the redirect page of an alias is rendered too.
    let product = site.join("products/molcajete-20.md");
    std::fs::write(&product, read(&product).replacen("title:", "aliases: [productos/molcajete-viejo/]\ntitle:", 1))
        .unwrap();
    let out = common::build(&site);
    let doc = Doc::parse(&read(common::root().join("docs/templates.md")));
    let mut missing = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let v: Value = serde_json::from_str(&read(entry.path())).unwrap();
        let template = v["template"].as_str().unwrap().to_string();
        seen.insert(template.clone());
        let mut found = BTreeSet::new();
        paths(&v["ctx"], String::new(), &mut found);
        for p in found {
            if !doc.covers(&template, &p) && !doc.covers("every", &p) {
                missing.insert(format!("{template}: {p}"));
            }
        }
    }
    assert_eq!(seen.len(), PAGE_TEMPLATES.len(), "pages of every template: {seen:?}");
    assert!(missing.is_empty(), "add these to docs/templates.md: {missing:#?}");
}

/// The doc's checker itself: a field it does not list is reported.
#[test]
fn an_undocumented_field_is_reported() {
    let doc = Doc::parse(
        "## product.html\n- `product.price` (shape: price).\n### shape: price\n- `text`, `others[]`: `others[].text`\n",
    );
    assert!(doc.covers("product.html", "product.price.text"));
    assert!(doc.covers("product.html", "product.price.others[].text"));
    assert!(!doc.covers("product.html", "product.price.new_field"));
    assert!(!doc.covers("product.html", "product.weight"));
}

/// A misspelled variable or UI string key in a site's template stops the build with the template and the line,
/// instead of rendering an empty text.
#[test]
fn an_unknown_variable_or_ui_string_is_an_error_with_template_and_line() {
    for (typo, shown) in
        [("{{ product.titel }}", "product.titel"), ("{{ t.product.ordr_title }}", "t.product.ordr_title")]
    {
        let (_tmp, site) = fixture("shop");
        std::fs::create_dir_all(site.join("templates")).unwrap();
        let src = format!("{{% extends \"base.html\" %}}\n{{% block main %}}\n<h1>{{{{ product.title }}}}</h1>\n<p>{typo}</p>\n{{% endblock main %}}\n");
        std::fs::write(site.join("templates/product.html"), src).unwrap();
        let r = run(&["build", site.to_str().unwrap()]);
        assert!(!r.ok, "built with {typo}");
        assert!(r.stderr.contains(&format!("product.html:4: the variable `{shown}` does not exist")), "{}", r.stderr);
        assert!(r.stderr.contains("docs/templates.md"), "{}", r.stderr);
    }
}

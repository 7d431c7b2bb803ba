//! What a change to some products touches: worked out from the catalog before and after the change, for
//! `Scope::Products`. `serve` uses it when product files are saved, `build` when the build record shows that
//! only product files changed since the last build.

use super::Scope;
use crate::content::Product;
use crate::site::Site;

/// What a product is to the rest of the site: its category and first photo (which listings, suggestions and
/// share images show).
type Fact = (String, String, (f32, f32));

fn fact(p: &Product) -> Fact {
    (p.category.clone(), p.images[0].src.clone(), p.images[0].focus)
}

/// The product whose share image pages without one of their own show (`Renderer::default_image`).
fn default_image(products: &[Product]) -> Option<(String, Fact)> {
    let p = products.iter().find(|p| p.featured).or(products.first())?;
    Some((p.id.clone(), fact(p)))
}

/// The changed products as they were before the change.
pub(crate) struct Before {
    ids: Vec<String>,
    /// For each changed id, what it was, or `None` when there was no such product.
    facts: Vec<Option<Fact>>,
    default: Option<(String, Fact)>,
}

impl Before {
    /// `ids` are the changed products (edited, added, renamed or deleted), `products` the catalog before.
    pub(crate) fn new(products: &[Product], ids: &[String]) -> Before {
        let facts = ids.iter().map(|id| products.iter().find(|p| p.id == *id).map(fact)).collect();
        Before { ids: ids.to_vec(), facts, default: default_image(products) }
    }

    /// What the change touches in `site`, the catalog after it.
    pub(crate) fn after(self, site: &Site) -> Affected {
        let products = &site.content.products;
        let after: Vec<Option<Fact>> =
            self.ids.iter().map(|id| products.iter().find(|p| p.id == *id).map(fact)).collect();
        let mut moved: Vec<String> = Vec::new();
        for (b, a) in self.facts.iter().zip(&after) {
            let (b, a) = (b.as_ref().map(|f| &f.0), a.as_ref().map(|f| &f.0));
            for c in b.into_iter().chain(a) {
                if b != a && !moved.contains(c) {
                    moved.push(c.clone());
                }
            }
        }
        let reflow = self.facts.iter().zip(&after).any(|(b, a)| b.is_some() != a.is_some());
        let at = products.iter().enumerate().filter(|(_, p)| self.ids.contains(&p.id)).map(|(i, _)| i).collect();
        // Pages without a photo of their own show the first featured product's: a change to it is everywhere.
        let everywhere = default_image(products) != self.default;
        Affected { ids: self.ids, at, moved, reflow, members: super::members(site), everywhere }
    }
}

/// What a change to some products touches (see `Scope::Products`).
pub(crate) struct Affected {
    ids: Vec<String>,
    /// Where the changed products that still exist are now in the catalog.
    pub(crate) at: Vec<usize>,
    moved: Vec<String>,
    reflow: bool,
    members: Vec<Vec<usize>>,
    everywhere: bool,
}

impl Affected {
    /// The pages to render again, given each language's shared-data hash and paths from the build before the
    /// change; with the files about every product when `catalog` (see `Scope::Products`), made from the pieces
    /// `kept` of that build's files where they are unchanged.
    pub(crate) fn scope<'a>(
        &'a self,
        shared: &'a [[u8; 32]],
        catalog: bool,
        paths: Option<&'a std::sync::Arc<super::Paths>>,
        kept: Option<&'a crate::cache::fragments::Tables>,
    ) -> Scope<'a> {
        Scope::Products {
            ids: &self.ids,
            at: &self.at,
            moved: &self.moved,
            reflow: self.reflow,
            members: &self.members,
            shared: if self.everywhere { &[] } else { shared },
            catalog,
            paths,
            kept,
        }
    }
}

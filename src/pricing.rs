//! One price per product and language: `PriceView` is worked out once (the amount in the base currency, its
//! text, the converted or fixed prices in the display currencies) and read by the card, the product page, the
//! Product JSON-LD and the line sheet; the feeds, the search index and the enquiry data read only its amount
//! (`base_amount`). "Price on request" is branched on here and nowhere else: the readers see an absent `Priced`.

use crate::config::Profile;
use crate::content::{Price, Product};
use crate::money::{machine_amount, MoneyFormat, Rates};
use serde::Serialize;

/// A product's price in one language, as templates receive it (`price`, shape `price` in docs/templates.md).
#[derive(Serialize, Clone, Debug)]
pub(crate) struct PriceView<'a> {
    pub on_request: bool,
    /// Absent when the price is on request.
    #[serde(flatten)]
    pub priced: Option<Priced<'a>>,
}

/// A price that has an amount.
#[derive(Serialize, Clone, Debug)]
pub(crate) struct Priced<'a> {
    /// Exact, in the language's number format: `$850.00 MXN`.
    pub text: String,
    /// As machines read it (JSON-LD, feeds, the theme's currency chooser): `850.00`.
    pub amount: String,
    /// The base currency.
    pub currency: &'a str,
    /// Each other display currency: a fixed price when the product sets one, else converted at the rates.
    pub others: Vec<OtherPrice<'a>>,
}

#[derive(Serialize, Clone, Debug)]
pub(crate) struct OtherPrice<'a> {
    pub currency: &'a str,
    pub text: String,
    pub amount: String,
    /// Converted (true) or the product's own fixed price (false).
    pub approximate: bool,
}

impl<'a> PriceView<'a> {
    pub(crate) fn new(profile: &'a Profile, rates: Option<&Rates>, money: &MoneyFormat, p: &Product) -> Self {
        let base = profile.currency.as_str();
        let Price::Amount(amount) = p.price else {
            return PriceView { on_request: true, priced: None };
        };
        let mut others = Vec::new();
        for c in &profile.display_currencies {
            if c == base {
                continue;
            }
            if let Some(fixed) = p.fixed_prices.get(c) {
                others.push(OtherPrice {
                    currency: c,
                    text: money.exact(*fixed, c),
                    amount: machine_amount(*fixed, c),
                    approximate: false,
                });
            } else if let Some(conv) = rates.and_then(|r| r.convert(amount, c)) {
                others.push(OtherPrice {
                    currency: c,
                    text: money.approximate(conv, c),
                    amount: machine_amount(conv, c),
                    approximate: true,
                });
            }
        }
        let priced =
            Priced { text: money.exact(amount, base), amount: machine_amount(amount, base), currency: base, others };
        PriceView { on_request: false, priced: Some(priced) }
    }

    /// The amount in the base currency as machines read it (`850.00`), if the product has a price.
    pub(crate) fn amount(&self) -> Option<&str> {
        self.priced.as_ref().map(|p| p.amount.as_str())
    }
}

/// `Priced::amount` alone, `None` on request: all the files about every product (feeds, search index, enquiry
/// data) read of a price. They get it without the texts for people, whose formatting cost more than the rest of
/// those files together.
pub(crate) fn base_amount(profile: &Profile, p: &Product) -> Option<String> {
    match p.price {
        Price::Amount(amount) => Some(machine_amount(amount, &profile.currency)),
        _ => None,
    }
}

//! CLDR currency data baked into the binary: only the five keys `CurrencyFormatter` needs for the symbol form.
//!
//! ICU4X's currency formatter lives in `icu_experimental`, whose own compiled data also carries
//! transliteration rules, unit and person names (30 MB of generated source): it is switched off in
//! Cargo.toml and the generated data macros of `icu_experimental_data` are expanded here for the currency
//! keys alone. Decimal symbols and digits come from `icu_decimal`'s compiled data, already used for numbers.

use icu_decimal::provider::{DecimalDigitsV1, DecimalSymbolsV1};
use icu_provider::prelude::*;

/// The data provider handed to `CurrencyFormatter::try_new_symbol_unstable`.
#[derive(Debug)]
pub struct Baked;

// The generated macros name their types through an `icu` path (`icu::experimental::…`) and need
// `make_provider!` first; the anonymous const keeps these helpers out of the module's namespace.
#[allow(unused_imports)]
const _: () = {
    use icu_experimental_data::*;
    pub mod icu {
        pub use icu_decimal as decimal;
        pub use icu_experimental as experimental;
    }
    make_provider!(Baked);
    impl_currency_essentials_v1!(Baked);
    impl_currency_symbols_v1!(Baked);
    impl_currency_patterns_no_currency_v1!(Baked);
    impl_currency_decimal_symbols_v1!(Baked);
    impl_currency_fractions_v1!(Baked);
};

impl DataProvider<DecimalSymbolsV1> for Baked {
    fn load(&self, req: DataRequest) -> Result<DataResponse<DecimalSymbolsV1>, DataError> {
        icu_decimal::provider::Baked.load(req)
    }
}

impl DataProvider<DecimalDigitsV1> for Baked {
    fn load(&self, req: DataRequest) -> Result<DataResponse<DecimalDigitsV1>, DataError> {
        icu_decimal::provider::Baked.load(req)
    }
}

//! A small collector of problems found while loading a site. `build` uses it fail-fast (the first error stops
//! the load, exactly as before); `check` uses it collecting, so one run lists every file that needs fixing
//! instead of the first one only. Each problem keeps a short stable code (`contact`, `product`, `rates`…)
//! for `check --format json`.

use anyhow::Result;

pub(crate) struct Diagnostics {
    collect: bool,
    /// The errors kept so far, each with its code, in the order they were found.
    pub errors: Vec<(&'static str, anyhow::Error)>,
}

impl Diagnostics {
    /// The first error is returned to the caller: what `build` and `serve` want.
    pub(crate) fn fail_fast() -> Diagnostics {
        Diagnostics { collect: false, errors: Vec::new() }
    }

    /// Errors are kept and loading goes on with what is left: what `check` wants.
    pub(crate) fn collecting() -> Diagnostics {
        Diagnostics { collect: true, errors: Vec::new() }
    }

    /// `Ok(Some(value))` on success. On an error: when collecting, the error is kept under `code` and
    /// `Ok(None)` lets the caller go on without the value; otherwise the error is returned.
    pub(crate) fn keep<T>(&mut self, code: &'static str, result: Result<T>) -> Result<Option<T>> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.collect => {
                self.errors.push((code, e));
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_fast_returns_the_error_and_collecting_keeps_it() {
        let mut fast = Diagnostics::fail_fast();
        assert!(fast.keep::<()>("x", Err(anyhow::anyhow!("bad"))).is_err());
        let mut all = Diagnostics::collecting();
        assert!(matches!(all.keep::<()>("x", Err(anyhow::anyhow!("one"))), Ok(None)));
        assert!(matches!(all.keep("y", Ok(3)), Ok(Some(3))));
        assert!(matches!(all.keep::<()>("z", Err(anyhow::anyhow!("two"))), Ok(None)));
        let codes: Vec<&str> = all.errors.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, ["x", "z"]);
    }
}

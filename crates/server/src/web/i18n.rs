//! The dashboard's words: a thin wrapper over the catalogue (`crates/i18n/locales/*/web.ftl`,
//! ids `web-…`, and the shared counts of `common.ftl`) for templates — `l.t.s("web-overview")`,
//! `l.t.n("risk-count", 2)` ("2 риска"), `l.t.date(d)` (DD.MM.YYYY in Russian and Kazakh),
//! `l.t.tenge(m)` (`1 557 000 ₸`). The language is the user's setting (or, before sign-in, the
//! sign-in page's switch or the browser's).

use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::Money;

/// The interface language, for templates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T(pub Lang);

/// A count a template hands to a plural message (u32, usize, i32 …, or a reference to one).
pub trait Count {
    fn count(&self) -> i64;
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl<C: Count + ?Sized> Count for &C {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// A value a template hands over as it is or through references (`d`, `&d`, `&&d`).
pub trait Plain<V: Copy> {
    fn plain(&self) -> V;
}

macro_rules! plain {
    ($($t:ty),*) => {$(
        impl Plain<$t> for $t {
            fn plain(&self) -> $t {
                *self
            }
        }
    )*};
}
plain!(Date, Option<Date>, jiff::Timestamp, Money);

impl<V: Copy, P: Plain<V> + ?Sized> Plain<V> for &P {
    fn plain(&self) -> V {
        (**self).plain()
    }
}

impl T {
    /// The setting as stored (`en`, `ru`, `kk`); anything else is English.
    pub fn new(lang: &str) -> T {
        T(Lang::parse(lang).unwrap_or_default())
    }

    /// `en`, `ru` or `kk` (the page's `lang` attribute).
    pub fn lang(&self) -> &'static str {
        self.0.code()
    }

    /// The message `id`.
    pub fn s(&self, id: &str) -> String {
        t(self.0, id)
    }

    /// The message `id` with its arguments.
    pub fn a(&self, id: &str, args: &Args) -> String {
        tr(self.0, id, args)
    }

    /// The message `id` with one text argument `name`.
    pub fn with(&self, id: &str, name: &'static str, value: impl std::fmt::Display) -> String {
        tr(self.0, id, &Args::new().text(name, value.to_string()))
    }

    /// A plural message with its `count`: `n("risk-count", 5)` → "5 рисков".
    pub fn n(&self, id: &str, count: impl Count) -> String {
        tr(self.0, id, &Args::new().num("count", count.count()))
    }

    /// A role's name: `admin` → "администратор".
    pub fn role(&self, role: &str) -> String {
        match role {
            "admin" => self.s("web-role-admin"),
            "editor" => self.s("web-role-editor"),
            "viewer" => self.s("web-role-viewer"),
            other => other.to_string(),
        }
    }

    /// A date the reader's way: `2026-11-20` / `20.11.2026`.
    pub fn date(&self, d: impl Plain<Date>) -> String {
        format::date(self.0, d.plain())
    }

    /// An optional date (empty when there is none).
    pub fn opt_date(&self, d: impl Plain<Option<Date>>) -> String {
        d.plain().map(|d| self.date(d)).unwrap_or_default()
    }

    /// A moment as the day and time in Kazakhstan (UTC+5): `2026-11-20 14:05` / `20.11.2026 14:05`.
    pub fn moment(&self, ts: impl Plain<jiff::Timestamp>) -> String {
        let z = ts.plain().to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(5)));
        format!("{} {:02}:{:02}", self.date(z.date()), z.hour(), z.minute())
    }

    /// An amount with the currency: `1,557,000 KZT` / `1 557 000 ₸`.
    pub fn tenge(&self, m: impl Plain<Money>) -> String {
        format::tenge(self.0, m.plain().tiyn())
    }

    /// An amount without the currency, for a column headed "…, ₸": `1,557,000` / `1 557 000`.
    pub fn amount(&self, m: impl Plain<Money>) -> String {
        format::amount(self.0, m.plain().tiyn())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wrapper_speaks_the_catalogue() {
        assert_eq!(T::new("ru").s("web-sign-in"), "Войти");
        assert_eq!(T::new("en").s("web-sign-in"), "Sign in");
        assert_eq!(T::new("kk").s("web-sign-in"), "Кіру");
        assert_eq!(T::new("xx").lang(), "en");
        assert_eq!(T::new("ru").n("risk-count", 2u32), "2 риска");
        assert_eq!(T::new("en").n("risk-count", 1usize), "1 risk");
        assert_eq!(T::new("kk").date(jiff::civil::date(2026, 11, 20)), "20.11.2026");
        assert_eq!(T::new("ru").tenge(Money::from_tenge(1_557_000)), "1 557 000 ₸");
        assert_eq!(T::new("en").tenge(Money::from_tenge(1_557_000)), "1,557,000 KZT");
    }
}

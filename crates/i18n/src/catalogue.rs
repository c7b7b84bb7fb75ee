//! The catalogue: every text a user reads, as Fluent messages in English, Russian and Kazakh
//! (`locales/<lang>/*.ftl`, compiled in). A message with arguments gets them typed — a count
//! (for plural rules), a date or an amount is formatted the reader's way here, never glued into a
//! sentence by the caller.

use crate::{Lang, format};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;
use std::sync::LazyLock;

macro_rules! files {
    ($($name:literal),* $(,)?) => {
        &[$(($name, [
            include_str!(concat!("../locales/en/", $name, ".ftl")),
            include_str!(concat!("../locales/ru/", $name, ".ftl")),
            include_str!(concat!("../locales/kk/", $name, ".ftl")),
        ])),*]
    };
}

/// Every catalogue file, as (name, [English, Russian, Kazakh]) — in the order of [`Lang::ALL`].
pub const FILES: &[(&str, [&str; 3])] = files!("common", "law", "cli", "audit", "plan", "web", "api", "payroll", "run");

/// One argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text shown as it is (a name, an id, an article).
    Text(String),
    /// A count or number: plural rules select on it.
    Number(i64),
    /// A date, written the reader's way.
    Date(Date),
    /// An amount in tiyn, with the currency (`1 557 000 ₸`).
    Tenge(i64),
    /// An amount in tiyn, without the currency.
    Amount(i64),
}

/// The arguments of a message, by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(Vec<(&'static str, Arg)>);

impl Args {
    pub fn new() -> Args {
        Args::default()
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.0.push((name, Arg::Text(value.into())));
        self
    }

    pub fn num(mut self, name: &'static str, value: i64) -> Args {
        self.0.push((name, Arg::Number(value)));
        self
    }

    pub fn date(mut self, name: &'static str, value: Date) -> Args {
        self.0.push((name, Arg::Date(value)));
        self
    }

    pub fn tenge(mut self, name: &'static str, tiyn: i64) -> Args {
        self.0.push((name, Arg::Tenge(tiyn)));
        self
    }

    pub fn amount(mut self, name: &'static str, tiyn: i64) -> Args {
        self.0.push((name, Arg::Amount(tiyn)));
        self
    }

    fn fluent(&self, lang: Lang) -> FluentArgs<'static> {
        let mut out = FluentArgs::new();
        for (name, arg) in &self.0 {
            let value: FluentValue<'static> = match arg {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Date(d) => FluentValue::from(format::date(lang, *d)),
                Arg::Tenge(t) => FluentValue::from(format::tenge(lang, *t)),
                Arg::Amount(t) => FluentValue::from(format::amount(lang, *t)),
            };
            out.set(*name, value);
        }
        out
    }
}

struct Bundles([FluentBundle<FluentResource>; 3]);

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    let bundle = |i: usize, lang: Lang| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("en, ru and kk are language ids");
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: the texts go to terminals, CSV and PDF too.
        b.set_use_isolating(false);
        for (name, texts) in FILES {
            let resource = FluentResource::try_new(texts[i].to_string())
                .unwrap_or_else(|(_, e)| panic!("locales/{}/{name}.ftl does not parse: {e:?}", lang.code()));
            b.add_resource(resource)
                .unwrap_or_else(|e| panic!("locales/{}/{name}.ftl repeats a message: {e:?}", lang.code()));
        }
        b
    };
    Bundles([bundle(0, Lang::En), bundle(1, Lang::Ru), bundle(2, Lang::Kk)])
});

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    &BUNDLES.0[lang as usize]
}

/// The message `id` in `lang` (English when that language lacks it — a test keeps every
/// language complete — and the id itself when even English lacks it).
pub fn t(lang: Lang, id: &str) -> String {
    tr(lang, id, &Args::default())
}

/// The message `id` in `lang` with its arguments.
pub fn tr(lang: Lang, id: &str, args: &Args) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let fluent = args.fluent(l);
            let mut errors = Vec::new();
            return b.format_pattern(pattern, Some(&fluent), &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// An attribute of a message (`id.attribute` in the FTL), for short/long forms of one text.
pub fn attr(lang: Lang, id: &str, attribute: &str, args: &Args) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.get_attribute(attribute)).map(|a| a.value()) {
            let fluent = args.fluent(l);
            let mut errors = Vec::new();
            return b.format_pattern(pattern, Some(&fluent), &mut errors).into_owned();
        }
    }
    format!("{id}.{attribute}")
}

/// Whether the catalogue has the message `id` (in English, the reference language).
pub fn has(id: &str) -> bool {
    bundle(Lang::En).has_message(id)
}

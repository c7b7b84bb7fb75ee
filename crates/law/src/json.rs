//! Serde helpers shared by every JSON contract: dates as "YYYY-MM-DD" and decimals (MRP counts,
//! shares) as exact JSON numbers, never floats.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

pub fn date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

pub fn opt_date<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

pub fn decimal<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let n: serde_json::Number = d.normalize().to_string().parse().map_err(serde::ser::Error::custom)?;
    n.serialize(s)
}

pub fn opt_decimal<S: serde::Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => decimal(d, s),
        None => s.serialize_none(),
    }
}

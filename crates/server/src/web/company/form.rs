//! What the person page's forms share: a typed date read the reader's way, and a field's name as
//! the form labels it (for the problems a refused form shows).

use super::T;
use super::facts;
use jiff::civil::Date;

/// A date typed in a form (YYYY-MM-DD or DD.MM.YYYY), or what is wrong with it.
pub(super) fn form_date(t: T, field: &str, s: &str, problems: &mut Vec<(String, String)>) -> Option<Date> {
    match kzcomply_i18n::format::parse_date(s) {
        Ok(d) => Some(d),
        Err(_) => {
            let example = t.date(jiff::civil::date(2026, 3, 31));
            problems.push((field_label(t, field), t.with("web-not-a-date", "example", example)));
            None
        }
    }
}

/// A form field's name as the form labels it.
pub(super) fn field_label(t: T, field: &str) -> String {
    match field {
        "kind" => t.s("web-event-kind"),
        "on_date" => t.s("web-date"),
        "until_date" => t.s("web-until"),
        "note" => t.s("web-note"),
        other => facts::label(other).map_or_else(|| other.to_string(), |id| t.s(id)),
    }
}

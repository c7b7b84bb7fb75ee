//! The rule book each organisation computes with: the server's base book (built in, or `--rules`
//! with `--rules-add` overlays) with the values the organisation's admins entered layered on top.
//!
//! Books are cached per organisation and keyed by the ids of its values, so a new or retired value
//! is seen by the next request — on this server or another one on the same PostgreSQL — at the
//! cost of one indexed query, while the merge and the calendar are built only when they change.

use crate::error::AppError;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, tr};
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;
use kzcomply_store::{RuleValue, Scope, Store};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// "mrp (from 2027-01-01)" in `lang`.
pub fn missing_item(lang: Lang, parameter: &str, from: Date) -> String {
    tr(lang, "api-missing-item", &Args::new().text("parameter", parameter).date("from", from))
}

/// A rule book ready to compute with, and the organisation values it carries.
pub struct Rules {
    pub book: RuleBook,
    pub calendar: Calendar,
    /// The organisation's own values in this book, oldest first (empty for the base book).
    pub values: Vec<RuleValue>,
}

impl Rules {
    pub fn new(book: RuleBook) -> Result<Rules, String> {
        let calendar = Calendar::from_rules(&book).map_err(|e| format!("the calendar rules are incomplete: {e}"))?;
        Ok(Rules { book, calendar, values: Vec::new() })
    }

    /// When `date` is past the end of some parameters: which, and how to add them in the service
    /// (". The rules have no value on …", in the answer's language; empty otherwise).
    pub fn past_coverage_hint(&self, date: Date) -> String {
        let missing = self.book.missing_on(date);
        if missing.is_empty() {
            return String::new();
        }
        let lang = crate::lang::current();
        let list: Vec<String> = missing.iter().map(|m| missing_item(lang, &m.parameter, m.from)).collect();
        let args = Args::new().date("date", date).text("missing", list.join(", "));
        format!(". {}", tr(lang, "api-not-covered-hint", &args))
    }
}

/// The cache of organisation books.
pub struct RulesCache {
    base: Arc<Rules>,
    books: Mutex<HashMap<String, (String, Arc<Rules>)>>,
}

impl RulesCache {
    pub fn new(base: Rules) -> RulesCache {
        RulesCache { base: Arc::new(base), books: Mutex::new(HashMap::new()) }
    }

    /// The server's book, without any organisation's values.
    pub fn base(&self) -> &Arc<Rules> {
        &self.base
    }

    /// The book of the caller's organisation.
    pub async fn for_scope(&self, store: &Store, scope: &Scope) -> Result<Arc<Rules>, AppError> {
        let values = store.rule_values(scope, false).await?;
        if values.is_empty() {
            return Ok(self.base.clone());
        }
        let key: String = values.iter().map(|v| v.id.as_str()).collect::<Vec<_>>().join(",");
        if let Some((cached_key, rules)) = self.lock().get(&scope.org_id)
            && *cached_key == key
        {
            return Ok(rules.clone());
        }
        let rules = Arc::new(self.build(values)?);
        self.lock().insert(scope.org_id.clone(), (key, rules.clone()));
        Ok(rules)
    }

    /// The base book with `values` layered on (they were checked when they were stored; a newer
    /// release's base could still clash, which is reported, not hidden).
    pub fn build(&self, values: Vec<RuleValue>) -> Result<Rules, AppError> {
        let entered: Vec<_> = values.iter().map(RuleValue::entered).collect();
        let book = self.base.book.with_entered(&entered).map_err(|e| {
            AppError::Conflict(crate::error::Text::with("api-values-misfit", Args::new().text("reason", e.to_string())))
        })?;
        let touches_calendar =
            values.iter().any(|v| v.parameter.starts_with("calendar") || v.parameter.starts_with("holidays"));
        let calendar = if touches_calendar {
            Calendar::from_rules(&book).map_err(|e| {
                AppError::Conflict(crate::error::Text::with(
                    "api-calendar-rules",
                    Args::new().text("reason", e.to_string()),
                ))
            })?
        } else {
            self.base.calendar.clone()
        };
        Ok(Rules { book, calendar, values })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (String, Arc<Rules>)>> {
        // A panic while holding the lock cannot leave the map half-written (inserts are single
        // calls), so a poisoned lock is safe to keep using.
        self.books.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// How many days before the rules end admins are warned on every page.
pub const BANNER_DAYS: i32 = 60;

/// What the dashboard tells an admin when the organisation's rules end soon (or have ended).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageBanner {
    pub covered_until: Date,
    pub days_left: i32,
    /// What is missing: (parameter, from).
    pub missing: Vec<(String, Date)>,
}

/// The banner for `scope`, if it is an admin's and the rules end within [`BANNER_DAYS`].
pub async fn banner(state: &crate::AppState, scope: &Scope) -> Option<CoverageBanner> {
    if scope.role != kzcomply_store::Role::Admin {
        return None;
    }
    let rules = state.rules_for(scope).await.ok()?;
    let c = rules.book.coverage(crate::compute::today());
    let (covered_until, days_left) = (c.covered_until?, c.days_left?);
    if days_left > BANNER_DAYS || c.missing.is_empty() {
        return None;
    }
    let missing = c.missing.iter().map(|m| (m.parameter.clone(), m.from)).collect();
    Some(CoverageBanner { covered_until, days_left, missing })
}

impl Rules {
    /// A calculation on `date` failed: the error, and when the rules end before `date`, which
    /// parameters are missing and where to add them (`details.missing_rules`, `details.add_at`).
    pub fn not_covered(&self, date: Date, message: String) -> AppError {
        let missing = self.book.missing_on(date);
        if missing.is_empty() {
            return AppError::invalid(message, serde_json::Value::Null);
        }
        let hint = self.past_coverage_hint(date);
        let list: Vec<serde_json::Value> =
            missing.iter().map(|m| serde_json::json!({"parameter": m.parameter, "from": m.from.to_string()})).collect();
        AppError::invalid(
            format!("{message}{hint}"),
            serde_json::json!({"missing_rules": list, "add_at": "/settings/rules", "api": "/api/v1/rules/values"}),
        )
    }
}

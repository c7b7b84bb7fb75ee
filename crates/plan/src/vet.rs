//! Provider vetting: a PEO/EOR provider's answers checked against the legal conditions for a
//! sending party (Labour Code art. 137-1) and the red flags of the PEO/EOR guide. An unanswered
//! question is reported as unanswered, never as passed.

use crate::PlanError;
use kzcomply_i18n::{Args, Lang, attr, t, tr};

/// A legal condition fails when the answer is "no"; a red flag is raised when the answer is "yes".
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Requirement,
    RedFlag,
}

pub struct Question {
    /// A stable id: "kz-legal-entity", …; the texts are `vet-<id>` (question), `.why` and `.basis`.
    pub id: &'static str,
    pub kind: Kind,
}

impl Question {
    pub fn question(&self, lang: Lang) -> String {
        t(lang, &format!("vet-{}", self.id))
    }

    /// Why it matters.
    pub fn why(&self, lang: Lang) -> String {
        attr(lang, &format!("vet-{}", self.id), "why", &Args::new())
    }

    pub fn basis(&self, lang: Lang) -> String {
        attr(lang, &format!("vet-{}", self.id), "basis", &Args::new())
    }
}

const fn q(id: &'static str, kind: Kind) -> Question {
    Question { id, kind }
}

pub const QUESTIONS: &[Question] = &[
    q("kz-legal-entity", Kind::Requirement),
    q("charter-personnel-provision", Kind::Requirement),
    q("registers-in-esutd", Kind::Requirement),
    q("says-esutd-optional", Kind::RedFlag),
    q("says-pension-not-applicable", Kind::RedFlag),
    q("generic-contracts", Kind::RedFlag),
    q("asked-nothing", Kind::RedFlag),
    q("no-parity-talk", Kind::RedFlag),
    q("staffing-agency", Kind::RedFlag),
    q("no-threshold-talk", Kind::RedFlag),
];

/// One question's outcome.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Item {
    pub id: &'static str,
    pub kind: Kind,
    pub question: String,
    pub why: String,
    pub basis: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Vetting {
    pub provider: String,
    /// Legal conditions answered "no".
    pub requirements_failed: Vec<Item>,
    /// Red flags answered "yes".
    pub red_flags: Vec<Item>,
    pub unanswered: Vec<Item>,
    pub passed: Vec<&'static str>,
    /// "do-not-sign", "red-flags", "incomplete" or "no-flags".
    pub verdict: &'static str,
    pub summary: String,
}

/// Vets a provider from its answers (question id → yes/no); the texts in `lang`.
pub fn vet(provider: &str, answers: &[(String, bool)], lang: Lang) -> Result<Vetting, PlanError> {
    for (id, _) in answers {
        if !QUESTIONS.iter().any(|q| q.id == id) {
            let ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
            return Err(PlanError::input(
                format!("answers.{id}"),
                tr(lang, "vet-error-unknown-question", &Args::new().text("ids", ids.join(", "))),
            ));
        }
    }
    let (mut failed, mut flags, mut unanswered, mut passed) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for q in QUESTIONS {
        let item = Item { id: q.id, kind: q.kind, question: q.question(lang), why: q.why(lang), basis: q.basis(lang) };
        match (answers.iter().find(|(id, _)| id == q.id).map(|a| a.1), q.kind) {
            (None, _) => unanswered.push(item),
            (Some(false), Kind::Requirement) => failed.push(item),
            (Some(true), Kind::RedFlag) => flags.push(item),
            (Some(_), _) => passed.push(q.id),
        }
    }
    let count = |n: usize| Args::new().num("count", n as i64);
    let (verdict, summary) = if !failed.is_empty() {
        ("do-not-sign", tr(lang, "vet-summary-do-not-sign", &count(failed.len())))
    } else if !flags.is_empty() {
        ("red-flags", tr(lang, "vet-summary-red-flags", &count(flags.len())))
    } else if !unanswered.is_empty() {
        ("incomplete", tr(lang, "vet-summary-incomplete", &count(unanswered.len())))
    } else {
        ("no-flags", t(lang, "vet-summary-no-flags"))
    };
    Ok(Vetting {
        provider: provider.to_string(),
        requirements_failed: failed,
        red_flags: flags,
        unanswered,
        passed,
        verdict,
        summary,
    })
}

/// Reads an answers file: `provider = "…"` and an `[answers]` table of `id = true|false`; the
/// errors in `lang`.
pub fn parse_answers(text: &str, lang: Lang) -> Result<(String, Vec<(String, bool)>), PlanError> {
    use crate::limits::{MAX_ANSWERS_BYTES, check_size};
    let file = t(lang, "vet-answers-file");
    check_size("MAX_ANSWERS_BYTES", MAX_ANSWERS_BYTES, text.len() as u64, "the answers file")
        .map_err(|e| PlanError::input(file.clone(), e.to_string()))?;
    let table: toml::Table = toml::from_str(text).map_err(|e| PlanError::input(file, e.message().to_string()))?;
    if let Some(k) = table.keys().find(|k| !["provider", "answers"].contains(&k.as_str())) {
        return Err(PlanError::input(k.clone(), t(lang, "vet-error-unknown-key")));
    }
    let provider = match table.get("provider") {
        None => String::new(),
        Some(v) => v.as_str().ok_or_else(|| PlanError::input("provider", t(lang, "vet-error-not-text")))?.to_string(),
    };
    let Some(answers) = table.get("answers").and_then(|a| a.as_table()) else {
        return Err(PlanError::input("answers", t(lang, "vet-error-no-answers")));
    };
    let mut out = Vec::new();
    for (id, v) in answers {
        let b = v.as_bool().ok_or_else(|| PlanError::input(format!("answers.{id}"), t(lang, "vet-error-not-bool")))?;
        out.push((id.clone(), b));
    }
    Ok((provider, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, bool)]) -> Vec<(String, bool)> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    /// One case per verdict, and every question's direction (a "no" fails a requirement, a "yes"
    /// raises a flag).
    #[test]
    fn verdicts() {
        let all_good: Vec<(String, bool)> =
            QUESTIONS.iter().map(|q| (q.id.to_string(), q.kind == Kind::Requirement)).collect();
        let check = |a: &[(String, bool)], verdict: &str, failed: usize, flags: usize, open: usize| {
            let v = vet("P", a, Lang::En).unwrap();
            assert_eq!(
                (v.verdict, v.requirements_failed.len(), v.red_flags.len(), v.unanswered.len()),
                (verdict, failed, flags, open),
                "{a:?}"
            );
        };
        check(&all_good, "no-flags", 0, 0, 0);
        check(&all_good[..5], "incomplete", 0, 0, 5);
        let mut flagged = all_good.clone();
        flagged[4].1 = true; // says the pension does not apply
        flagged[8].1 = true; // "basically a staffing agency"
        check(&flagged, "red-flags", 0, 2, 0);
        let mut individual = flagged.clone();
        individual[0].1 = false; // not a Kazakh legal entity
        check(&individual, "do-not-sign", 1, 2, 0);
        check(&answers(&[]), "incomplete", 0, 0, QUESTIONS.len());
    }

    #[test]
    fn bad_answers_are_named() {
        let e = vet("P", &answers(&[("is-cheap", true)]), Lang::En).unwrap_err().to_string();
        assert!(e.starts_with("answers.is-cheap: unknown question"), "{e}");
        let e = parse_answers("provider = \"X\"\n[answers]\nkz-legal-entity = \"yes\"\n", Lang::En)
            .unwrap_err()
            .to_string();
        assert_eq!(e, "answers.kz-legal-entity: must be true or false");
        let e = parse_answers("provder = \"X\"\n", Lang::En).unwrap_err().to_string();
        assert!(e.starts_with("provder: unknown key"), "{e}");
    }
}

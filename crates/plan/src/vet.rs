//! Provider vetting: a PEO/EOR provider's answers checked against the legal conditions for a
//! sending party (Labour Code art. 137-1) and the red flags of the PEO/EOR guide. An unanswered
//! question is reported as unanswered, never as passed.

use crate::PlanError;

/// A legal condition fails when the answer is "no"; a red flag is raised when the answer is "yes".
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Requirement,
    RedFlag,
}

pub struct Question {
    pub id: &'static str,
    pub kind: Kind,
    pub question: &'static str,
    pub why: &'static str,
    pub basis: &'static str,
}

const ART_137_1: &str =
    "Labour Code of RK art. 1 p. 1 sp. 69-1 and art. 137-1 (Law No. 386-VI of 19 Dec 2020 on personnel provision)";
const GUIDE: &str = "PEO/EOR Kazakhstan guide (red flags)";

pub const QUESTIONS: &[Question] = &[
    Question {
        id: "kz-legal-entity",
        kind: Kind::Requirement,
        question: "Is the provider a legal entity registered in Kazakhstan, or a registered branch of a foreign legal entity?",
        why: "Only a Kazakh legal entity or a branch of a foreign one may be a sending party; individuals and individual entrepreneurs may not. Without it the arrangement is not lawful outstaffing and the liability is yours.",
        basis: ART_137_1,
    },
    Question {
        id: "charter-personnel-provision",
        kind: Kind::Requirement,
        question: "Does its charter list personnel provision (предоставление персонала) as an activity?",
        why: "A sending party must be engaged in personnel-services activity; ask for the charter page.",
        basis: ART_137_1,
    },
    Question {
        id: "registers-in-esutd",
        kind: Kind::Requirement,
        question: "Does it register every contract, amendment and termination in ESUTD (hr.enbek.kz) on time?",
        why: "The employer enters every contract within a few working days of signing (`kzcomply deadline esutd-new-contract`); since 12 Mar 2026 a late or incomplete record is fined under CoAO art. 98 (`kzcomply fine`), and the state cross-checks ESUTD against tax and pension data.",
        basis: "Order No. 353 of 3 Sep 2020; CoAO art. 98 parts 1-1 and 2-1",
    },
    Question {
        id: "says-esutd-optional",
        kind: Kind::RedFlag,
        question: "Did it say Enbek/ESUTD registration is optional, only for locals, or 'handled later'?",
        why: "Every employment relationship, outstaffed staff included, must be in ESUTD; a missing contract is detected automatically.",
        basis: "Order No. 353 of 3 Sep 2020; PEO/EOR guide",
    },
    Question {
        id: "says-pension-not-applicable",
        kind: Kind::RedFlag,
        question: "Did it say the employer pension contribution (OPVR, the guide's \"3.5%\") does not apply, is exempt, or is 'included elsewhere'?",
        why: "OPVR applies to almost every employee, outstaffed staff included (`kzcomply payroll` shows it and its exemptions); not collecting it builds arrears with penalties.",
        basis: "Social Code of RK (OPVR, rules/kz/opvr.toml); PEO/EOR guide",
    },
    Question {
        id: "generic-contracts",
        kind: Kind::RedFlag,
        question: "Does it use generic (US/EU) contract templates translated into Russian or Kazakh?",
        why: "A Kazakh contract needs local clauses (working conditions, safety duties, equipment and liability, Labour Code termination grounds, place of work and reporting line). Check a sample with `kzcomply contract-check`.",
        basis: "Labour Code art. 28; PEO/EOR guide",
    },
    Question {
        id: "asked-nothing",
        kind: Kind::RedFlag,
        question: "Did it ask nothing about your salary bands, your headcount and your staff's nationalities?",
        why: "Without them it cannot check salary parity, the 20-person line or the localisation ratios: it is deferring the risk to you.",
        basis: GUIDE,
    },
    Question {
        id: "no-parity-talk",
        kind: Kind::RedFlag,
        question: "Did it never mention salary parity (or call it rarely enforced, or only for state companies)?",
        why: "Outstaffed staff may not be paid less than your direct staff in the same job; the host and the sending party are both liable.",
        basis: ART_137_1,
    },
    Question {
        id: "staffing-agency",
        kind: Kind::RedFlag,
        question: "Does it describe itself as 'basically a staffing agency'?",
        why: "A staffing agency sources candidates; a PEO employs them and carries the employer's duties. Blurring the two risks misclassification.",
        basis: GUIDE,
    },
    Question {
        id: "no-threshold-talk",
        kind: Kind::RedFlag,
        question: "Did it never mention the 20-person threshold or the localisation quotas?",
        why: "Outstaffed staff count in your headcount; above 20 people the 70% / 90% citizen ratios block your work permits.",
        basis: "Order No. 279 as amended by Order No. 93 (from 1 Sep 2025); PEO/EOR guide",
    },
];

/// One question's outcome.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Item {
    pub id: &'static str,
    pub kind: Kind,
    pub question: &'static str,
    pub why: &'static str,
    pub basis: &'static str,
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

/// Vets a provider from its answers (question id → yes/no).
pub fn vet(provider: &str, answers: &[(String, bool)]) -> Result<Vetting, PlanError> {
    for (id, _) in answers {
        if !QUESTIONS.iter().any(|q| q.id == id) {
            let ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
            return Err(PlanError::input(
                format!("answers.{id}"),
                format!("unknown question; the questions are {}", ids.join(", ")),
            ));
        }
    }
    let (mut failed, mut flags, mut unanswered, mut passed) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for q in QUESTIONS {
        let item = Item { id: q.id, kind: q.kind, question: q.question, why: q.why, basis: q.basis };
        match (answers.iter().find(|(id, _)| id == q.id).map(|a| a.1), q.kind) {
            (None, _) => unanswered.push(item),
            (Some(false), Kind::Requirement) => failed.push(item),
            (Some(true), Kind::RedFlag) => flags.push(item),
            (Some(_), _) => passed.push(q.id),
        }
    }
    let (verdict, summary) = if !failed.is_empty() {
        (
            "do-not-sign",
            format!(
                "{} legal condition(s) for a sending party not met: this provider cannot lawfully outstaff to you. Do not sign.",
                failed.len()
            ),
        )
    } else if !flags.is_empty() {
        (
            "red-flags",
            format!("{} red flag(s): ask for written answers with the legal basis before signing.", flags.len()),
        )
    } else if !unanswered.is_empty() {
        ("incomplete", format!("No red flags so far, but {} question(s) unanswered.", unanswered.len()))
    } else {
        ("no-flags", "No red flags and every legal condition met.".to_string())
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

/// Reads an answers file: `provider = "…"` and an `[answers]` table of `id = true|false`.
pub fn parse_answers(text: &str) -> Result<(String, Vec<(String, bool)>), PlanError> {
    use crate::limits::{MAX_ANSWERS_BYTES, check_size};
    check_size("MAX_ANSWERS_BYTES", MAX_ANSWERS_BYTES, text.len() as u64, "the answers file")
        .map_err(|e| PlanError::input("answers file", e.to_string()))?;
    let table: toml::Table =
        toml::from_str(text).map_err(|e| PlanError::input("answers file", e.message().to_string()))?;
    if let Some(k) = table.keys().find(|k| !["provider", "answers"].contains(&k.as_str())) {
        return Err(PlanError::input(k.clone(), "unknown key: the file has `provider` and an [answers] table"));
    }
    let provider = match table.get("provider") {
        None => String::new(),
        Some(v) => v.as_str().ok_or_else(|| PlanError::input("provider", "must be text"))?.to_string(),
    };
    let Some(answers) = table.get("answers").and_then(|a| a.as_table()) else {
        return Err(PlanError::input("answers", "missing [answers] table (question id = true or false)"));
    };
    let mut out = Vec::new();
    for (id, v) in answers {
        let b = v.as_bool().ok_or_else(|| PlanError::input(format!("answers.{id}"), "must be true or false"))?;
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
            let v = vet("P", a).unwrap();
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
        let e = vet("P", &answers(&[("is-cheap", true)])).unwrap_err().to_string();
        assert!(e.starts_with("answers.is-cheap: unknown question"), "{e}");
        let e = parse_answers("provider = \"X\"\n[answers]\nkz-legal-entity = \"yes\"\n").unwrap_err().to_string();
        assert_eq!(e, "answers.kz-legal-entity: must be true or false");
        let e = parse_answers("provder = \"X\"\n").unwrap_err().to_string();
        assert!(e.starts_with("provder: unknown key"), "{e}");
    }
}

//! A closed month never changes (docs/payroll-run.md §5). When what feeds it changes later — a late
//! bonus, a corrected salary — the difference goes into the next open month as correction lines:
//! per person and kind, what the closed month would be now less what it was.

use crate::LineOut;
use kzcomply_law::{Money, YearMonth};
use std::collections::{BTreeMap, HashMap};

/// Sums lines per kind (corrections count as their kind), in first-seen order of kinds.
fn by_kind(lines: &[LineOut]) -> BTreeMap<String, Money> {
    let mut out = BTreeMap::new();
    for l in lines {
        let e = out.entry(l.kind.clone()).or_insert(Money::ZERO);
        *e = e.checked_add(l.amount).unwrap_or(*e);
    }
    out
}

/// The correction lines for the next open month: for each person and kind, `now − was`, where
/// `was` is the closed month `closed` as it was closed and `now` the same month recomputed on
/// today's facts. People who appear on only one side count as zero on the other. Kinds with no
/// difference give no line.
pub fn corrections(
    closed: YearMonth,
    was: &[(String, Vec<LineOut>)],
    now: &[(String, Vec<LineOut>)],
) -> HashMap<String, Vec<LineOut>> {
    let was: HashMap<&str, BTreeMap<String, Money>> = was.iter().map(|(id, l)| (id.as_str(), by_kind(l))).collect();
    let now: HashMap<&str, BTreeMap<String, Money>> = now.iter().map(|(id, l)| (id.as_str(), by_kind(l))).collect();
    let empty = BTreeMap::new();
    let mut ids: Vec<&str> = was.keys().chain(now.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = HashMap::new();
    for id in ids {
        let (w, n) = (was.get(id).unwrap_or(&empty), now.get(id).unwrap_or(&empty));
        let mut kinds: Vec<&String> = w.keys().chain(n.keys()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let lines: Vec<LineOut> = kinds
            .into_iter()
            .filter_map(|k| {
                let diff = n.get(k).copied().unwrap_or(Money::ZERO) - w.get(k).copied().unwrap_or(Money::ZERO);
                (!diff.is_zero()).then(|| LineOut {
                    kind: k.clone(),
                    amount: diff,
                    note: None,
                    correction_of: Some(closed),
                })
            })
            .collect();
        if !lines.is_empty() {
            out.insert(id.to_string(), lines);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(kind: &str, tenge: i64) -> LineOut {
        LineOut::new(kind, Money::from_tiyn(tenge * 100))
    }

    #[test]
    fn a_late_bonus_and_a_corrected_salary_become_lines_of_their_kind() {
        let march = YearMonth::new(2026, 3).unwrap();
        let was = vec![("A".to_string(), vec![l("salary", 300_000)])];
        // Now: the salary was 310 000, and a bonus of 50 000 belonged to March.
        let now = vec![("A".to_string(), vec![l("salary", 310_000), l("bonus", 50_000)])];
        let c = corrections(march, &was, &now);
        let a = &c["A"];
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].kind.as_str(), a[0].amount), ("bonus", Money::from_tiyn(5_000_000)));
        assert_eq!((a[1].kind.as_str(), a[1].amount), ("salary", Money::from_tiyn(1_000_000)));
        assert!(a.iter().all(|x| x.correction_of == Some(march)));
    }

    #[test]
    fn nothing_changed_means_no_correction_and_a_removed_line_is_negative() {
        let m = YearMonth::new(2026, 5).unwrap();
        let same = vec![("A".to_string(), vec![l("salary", 200_000)])];
        assert!(corrections(m, &same, &same).is_empty());
        let was = vec![("B".to_string(), vec![l("salary", 200_000), l("bonus", 10_000)])];
        let now = vec![("B".to_string(), vec![l("salary", 200_000)])];
        let c = corrections(m, &was, &now);
        assert_eq!(c["B"][0].amount, Money::ZERO - Money::from_tiyn(1_000_000));
    }
}

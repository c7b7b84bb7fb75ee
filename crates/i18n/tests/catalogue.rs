//! The catalogue is complete: every message of every file is in English, Russian and Kazakh,
//! with the same arguments (and attributes) in each; Russian plurals have their one/few/many
//! forms; and the local forms come out as a Russian or Kazakh reader expects.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use kzcomply_i18n::{Args, FILES, Lang, tr};
use std::collections::{BTreeMap, BTreeSet};

/// Message id → (its variables, its attribute names), and the problems found on the way.
type Messages = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn messages(text: &str, where_: &str, problems: &mut Vec<String>) -> Messages {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => {
            problems.push(format!("{where_}: does not parse: {errors:?}"));
            return Messages::new();
        }
    };
    let mut out = Messages::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(p) = &value {
            variables(p, &mut vars, &id, where_, problems);
        }
        let mut attrs = BTreeSet::new();
        for a in &attributes {
            attrs.insert(a.id.name.to_string());
            variables(&a.value, &mut vars, &id, where_, problems);
        }
        if out.insert(id.clone(), (vars, attrs)).is_some() {
            problems.push(format!("{where_}: `{id}` is defined twice"));
        }
    }
    out
}

fn variables(p: &Pattern<&str>, out: &mut BTreeSet<String>, id: &str, where_: &str, problems: &mut Vec<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out, id, where_, problems);
        }
    }
}

fn expression_vars(
    e: &Expression<&str>,
    out: &mut BTreeSet<String>,
    id: &str,
    where_: &str,
    problems: &mut Vec<String>,
) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            // Russian plural forms: a select that has `one` must have `few` and `many` too.
            if where_.starts_with("ru/") && keys.contains("one") && !(keys.contains("few") && keys.contains("many")) {
                problems.push(format!("{where_}: `{id}` selects a plural without few/many: {keys:?}"));
            }
            for v in variants {
                variables(&v.value, out, id, where_, problems);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline_vars(inner, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_arguments() {
    let mut problems = Vec::new();
    for (name, texts) in FILES {
        let parsed: Vec<Messages> = Lang::ALL
            .iter()
            .zip(texts)
            .map(|(l, text)| messages(text, &format!("{}/{name}.ftl", l.code()), &mut problems))
            .collect();
        let english = &parsed[0];
        for (lang, other) in Lang::ALL.iter().zip(&parsed).skip(1) {
            for (id, (vars, attrs)) in english {
                match other.get(id) {
                    None => problems.push(format!("{}/{name}.ftl lacks `{id}`", lang.code())),
                    Some((v, a)) => {
                        if v != vars {
                            problems.push(format!(
                                "{}/{name}.ftl: `{id}` has arguments {v:?}, English {vars:?}",
                                lang.code()
                            ));
                        }
                        if a != attrs {
                            problems.push(format!(
                                "{}/{name}.ftl: `{id}` has attributes {a:?}, English {attrs:?}",
                                lang.code()
                            ));
                        }
                    }
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{}/{name}.ftl has `{id}`, which English does not", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s) in the catalogue:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn plurals_dates_and_amounts_read_naturally() {
    let risks = |lang, n| tr(lang, "risk-count", &Args::new().num("count", n));
    // Russian: 1 риск, 2–4 риска, 5–20 рисков, 21 риск, 22 риска, 11–14 рисков.
    let ru: Vec<String> = [1, 2, 5, 11, 21, 22, 14].iter().map(|n| risks(Lang::Ru, *n)).collect();
    assert_eq!(ru, ["1 риск", "2 риска", "5 рисков", "11 рисков", "21 риск", "22 риска", "14 рисков"]);
    assert_eq!((risks(Lang::En, 1), risks(Lang::En, 2)), ("1 risk".to_string(), "2 risks".to_string()));
    assert_eq!(risks(Lang::Kk, 5), "5 тәуекел");
    let total = |lang| tr(lang, "fine-exposure-at-least", &Args::new().tenge("amount", 25_950_000).num("count", 5));
    assert_eq!(total(Lang::En), "at least 259,500 KZT; 5 fines not priced");
    assert_eq!(total(Lang::Ru), "не менее 259 500 ₸; 5 штрафов не рассчитано");
    assert_eq!(total(Lang::Kk), "кемінде 259 500 ₸; 5 айыппұл есептелмеді");
}

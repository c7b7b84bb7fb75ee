//! The built-in Kazakh rules, compiled into the binary so kzcomply works with no files beside it.
//! A test checks that this list names every file in `rules/kz/`.

pub(crate) const FILES: &[(&str, &str)] = &[
    ("indices.toml", include_str!("../../../../rules/kz/indices.toml")),
    ("ipn.toml", include_str!("../../../../rules/kz/ipn.toml")),
    ("opv.toml", include_str!("../../../../rules/kz/opv.toml")),
    ("opvr.toml", include_str!("../../../../rules/kz/opvr.toml")),
    ("so.toml", include_str!("../../../../rules/kz/so.toml")),
    ("osms.toml", include_str!("../../../../rules/kz/osms.toml")),
    ("social_tax.toml", include_str!("../../../../rules/kz/social_tax.toml")),
    ("rounding.toml", include_str!("../../../../rules/kz/rounding.toml")),
    ("calendar.toml", include_str!("../../../../rules/kz/calendar.toml")),
    ("deadlines.toml", include_str!("../../../../rules/kz/deadlines.toml")),
    ("fines.toml", include_str!("../../../../rules/kz/fines.toml")),
    ("entity_size.toml", include_str!("../../../../rules/kz/entity_size.toml")),
    ("localisation.toml", include_str!("../../../../rules/kz/localisation.toml")),
    ("foreign_labour.toml", include_str!("../../../../rules/kz/foreign_labour.toml")),
    ("accruals.toml", include_str!("../../../../rules/kz/accruals.toml")),
    ("payments.toml", include_str!("../../../../rules/kz/payments.toml")),
];

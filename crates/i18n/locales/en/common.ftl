# Words used across kzcomply: counts, severities, languages.

lang-name = English

finding-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
violation-count = { $count ->
    [one] { $count } violation
   *[other] { $count } violations
}
risk-count = { $count ->
    [one] { $count } risk
   *[other] { $count } risks
}
warning-count = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
day-count = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
working-day-count = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
person-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
fine-exposure-at-least = at least { $amount }; { $count ->
    [one] { $count } fine not priced
   *[other] { $count } fines not priced
}

# api texts (en): the API's error messages and the other texts of its answers people read.
# Ids (`code`, `rule`, field names) are never translated; only these texts are.

## The error shape

api-unauthorized = sign in, or send an API token as "Authorization: Bearer kzc_…"
api-not-found = no such resource
api-payload-too-large = the request body is too large
api-unsupported-media-type = send the body as JSON, with "Content-Type: application/json"
api-method-not-allowed = this path does not take that method; the Allow header lists the ones it takes
api-too-many-sign-ins = too many failed sign-ins; wait a few minutes
api-internal = something went wrong on our side; it has been logged
api-timeout-arriving = the request took too long to arrive
api-too-many-requests = too many requests; wait a moment and retry
api-unavailable = the server is busy; retry in a moment
api-timeout-answering = the request took too long to answer
api-cannot-answer = the request cannot be answered
api-malformed = the request is malformed
api-not-allowed = not allowed
api-bad-path = the path is not valid: its parameters must be UTF-8 text of the right form
api-body-unreadable = the request body could not be read
api-upload-unreadable = the upload could not be read: send the file in a form field named "file"
api-bad-lang = lang: "{ $value }" is not a language kzcomply speaks; use en, ru or kk
api-needs-role = this needs the { $role } role
api-csrf-header = a signed-in browser must send the session's CSRF token in X-CSRF-Token
api-form-expired = the form has expired; reload the page and try again
api-cross-site = cross-site form posts are refused

## Bodies and parameters that do not fit

api-json-ends-early = the body is not valid JSON: it ends too early
api-json-syntax = the body is not valid JSON (line { $line }, column { $column })
api-field-problem = { $field }: { $message }
api-row-field-problem = row { $row }, { $field }: { $message }
api-field-required = is required
api-field-unknown = is not a field of this request
api-field-unknown-list = is not a field of this request; the fields are { $fields }
api-value-not-allowed = { $value } is not allowed; use { $allowed }
api-value-expected = expected { $expected }, not { $got }
api-wrong-length = wrong number of items ({ $count })
api-wrong-length-unknown = wrong number of items
api-type-whole-number = a whole number
api-type-boolean = true or false
api-type-string = a string
api-type-list = a list
api-type-object = an object
api-got-string = string { $value }
api-got-number = number { $value }
api-got-boolean = { $value }
api-got-list = a list
api-got-object = an object
api-got-null = null
api-input-problems = { $count ->
    [one] { $count } problem in the input; nothing was written
   *[other] { $count } problems in the input; nothing was written
}

## Calculations

api-no-payroll-rules = no payroll rules for { $period }: { $reason }
api-status-values = citizen, foreign-resident, eaeu or foreign-nonresident
api-disability-values = group 1, 2 or 3
api-gross-or-net = give exactly one of gross and net
api-batch-too-many-rows = at most { $max } rows per batch; split the file
api-trace-too-many-rows = at most { $max } rows with traces, not { $count }; ask without trace for up to { $untraced }
api-rows-invalid = { $count ->
    [one] { $count } row is invalid; nothing was computed
   *[other] { $count } rows are invalid; nothing was computed
}
api-total-too-large = the total is too large to add up exactly; split the batch
api-week-values = week: five-day or six-day
api-event-values = event: one of { $events }
api-on-date-failed = { $what } on { $date }: { $reason }
api-violation-unknown = violation: unknown "{ $value }" (see `kzcomply fine --help`)
api-offender-values = offender: micro, small, medium, large, official or nonprofit

## Workforce, audits, reports, payroll months

api-uploaded-workforce = Uploaded workforce
api-file-problems = { $count ->
    [one] { $count } problem in the file; nothing was imported
   *[other] { $count } problems in the file; nothing was imported
}
api-report-format = format: html, csv or xlsx, not "{ $value }"
api-period = period: YYYY-MM, not "{ $value }"
api-cannot-audit = cannot audit as of { $date }: { $reason }
api-filter-not-allowed = { $parameter }: "{ $value }" is not allowed; use { $allowed }
api-filter-not-a-date = { $parameter }: "{ $value }" is not a date (YYYY-MM-DD or DD.MM.YYYY, years 1900–2200)
api-month-too-large = { $person }: monthly gross + allowances + benefits in kind is above { $max }, the largest month kzcomply computes
api-months-too-large = { $count ->
    [one] { $count } person has a monthly gross kzcomply cannot compute; nothing was stored
   *[other] { $count } people have a monthly gross kzcomply cannot compute; nothing was stored
}
api-month-totals-too-large = the month's totals are too large to add up exactly

## Rules of the organisation

api-rules-refused = the rules would not load: { $problems }
api-not-covered-hint = The rules have no value on { $date } for: { $missing }. kzcomply never guesses a value the law has not set: when the law is signed, an admin adds each value with its source on the Rules page (or POST /api/v1/rules/values)
api-missing-item = { $parameter } (from { $from })
api-values-misfit = your organisation's rule values no longer fit the rules of this kzcomply version; retire or correct them on the Rules page: { $reason }
api-calendar-rules = the calendar rules: { $reason }

## The store's checks of what is written (api-store-…)

api-store-company-name = a company needs a name
api-store-bin-digits = a BIN is 12 digits, not "{ $value }"
api-store-not-negative = cannot be negative
api-store-ext-id = needs the person's id in your records
api-store-full-name = needs a name
api-store-iin-digits = an IIN is 12 digits, not "{ $value }"
api-store-citizenship = a two-letter ISO country code such as KZ or TR
api-store-engagement = one of direct, outstaffed, third_party, contractor
api-store-position = needs the position's title
api-store-role-category = 1, 2, 3 or 4
api-store-end-before-start = before the start date
api-store-fixed-needs-end = a fixed-term contract needs its end date
api-store-end-needs-fixed = an end date needs term "fixed"
api-store-term-values = "indefinite" or "fixed", not "{ $value }"
api-store-amount-range = between 0 and { $max } KZT, not { $value }
api-store-month-too-large = monthly gross + allowances + benefits in kind is above { $max } KZT, the largest month kzcomply computes
api-store-needs-until = { $kind } needs an end date
api-store-until-before-on = before on_date
api-store-year-range = { $date }: the year must be between { $first } and { $last }
api-store-no-contract = no such contract
api-store-contract-of-another = that contract is another person's
api-store-not-in-company = { $person } is not in this company
api-store-parameter-empty = is empty: name a parameter, e.g. mrp
api-store-lang = en, ru or kk
api-store-iin-taken = IIN { $iin } is already { $ext_id } ({ $name }, person { $person }) in this company: one IIN is one person — correct the IIN, or add the engagement as a contract of { $ext_id }
api-store-ext-id-taken = this company already has a person with id "{ $ext_id }"
api-store-added-meanwhile = a person of this file was added to the company meanwhile: import it again
api-store-hashing-stopped = password hashing stopped: { $reason }
api-store-email-taken = a user with e-mail { $email } already exists
api-store-token-by-token = API tokens are minted by a signed-in user, not by a token
api-store-id-twice = `{ $id }` is already the id of row { $first }
api-store-iin-twice = IIN { $iin } is also on { $rows }: one IIN is one person — correct the IIN, or give each person one row
api-store-row-id = row { $row } (id { $id })
api-store-iin-stored = IIN { $iin } is already { $ext_id } ({ $name }) in this company: one IIN is one person — correct the IIN, or use the id { $ext_id } for this row

## The payroll month: a person's payroll facts, accruals and runs (api-store-…)
api-store-pensioner = no, age or seniority, not "{ $value }"
api-store-disability-group = a disability group is 1, 2 or 3
api-store-disability-until = before disability_from
api-store-deduction-not-claimed = a day the basic deduction is claimed from needs basic_deduction true
api-store-week = 5 or 6 working days a week
api-store-days-worked = from 0 to 31 working days
api-store-accrual-kind = needs the accrual's kind, e.g. bonus or overtime
api-store-accrual-kind-form = a kind is at most { $max } characters, without control characters
api-store-accrual-amount-or-hours = give either an amount or hours_tenths, not both
api-store-accrual-amount-range = between -{ $max } and { $max } KZT, not { $value }
api-store-accrual-hours = hours in tenths, from 1 to { $max }
api-store-accrual-note = a note is at most { $max } characters
api-store-run-closed = the payroll of { $period } is closed: it is not changed any more; put a correction into the next open month
api-store-run-not-draft = the payroll of { $period } is { $status ->
    [approved] approved
   *[other] { $status }
}: only a draft is approved (recompute it first)
api-store-run-not-approved = the payroll of { $period } is { $status ->
    [draft] a draft
   *[other] { $status }
}: only an approved payroll is closed (approve it first)

# The payroll month (issue 15): accruals, payslips.
api-accrual-unknown-kind = unknown kind of accrual «{ $kind }» in { $period }; the kinds are: { $kinds }
api-accrual-not-hours = «{ $kind }» is not paid by the hour: give an amount
api-accrual-hours-tenths = { $value } is not a number of hours with at most one decimal (e.g. 7.5)
api-accrual-period-needed = say which month: ?period=YYYY-MM
api-payslip-format = { $value } is not a payslip format: html or pdf
api-pdf-unavailable = this service is built without PDF: ask for format=html

# A person's payroll facts as fields of the person (issue 15).
api-type-date = a date (YYYY-MM-DD)
api-type-date-or-no = a date (YYYY-MM-DD) or "no"
api-person-facts-disagree = payroll.{ $field } says something else: give the fact once, or the same in both places
api-store-run-earlier-open = { $period } cannot be closed while { $earlier } is open: close the months of a year in order (each month's year to date comes from the closed months before it)
api-accrual-contractor = { $person } is a civil-law contractor: not on the employee payroll, so no accrual
api-accrual-not-employed = { $person } is not employed in { $period }: no accrual for that month

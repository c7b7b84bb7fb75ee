# audit texts (en): findings and their legal bases, fine notes, not-checked reasons, the size
# class, import errors, and the HTML / XLSX / CSV reports and the terminal summary of `kzcomply audit`.
# Rule ids, severities, fine statuses and column names are stable ids: they are arguments, never
# translated. A column is written `name` («Russian alias»), the file's own header names.

## Fines: how a finding's fine was priced, or why there is none

# The offender's tier as the fine note names it; $offender is official, micro, small, medium, large or nonprofit.
audit-tier = { $offender } business, first offence, on { $day }
audit-fine-priced = { $article }: { $mrp } MRP = { $amount } × { $count } ({ $tier })
audit-fine-too-large = not priced: { $article }: { $mrp } MRP = { $amount } × { $count } is too large to add up exactly ({ $tier })
audit-fine-warning = { $article }: a warning for a first offence
audit-fine-not-finable = not finable on { $day }: { $reason }
audit-fine-no-mrp = not priced: the rules have no MRP for { $year } yet — add it with `--rules-add DIR` (CLI) or on the Rules page (service); the fine is { $violation } × { $count } ({ $tier })
audit-fine-not-in-force = not priced: the rules have no `{ $key }` in force on { $date } (they cover { $known }) — add it with `--rules-add DIR` (CLI) or on the Rules page (service); the fine is { $violation } × { $count } ({ $tier })
audit-fine-rules-error = not priced: { $error }; the fine is { $violation } × { $count } ({ $tier })
audit-fine-no-sanction = no sanction found in the law for this finding

## Not checked: the data a check needs is not in the source

-audit-no-company-bin = no company BIN was given — pass `--bin BIN`, or `--company FILE` with `bin = "…"` (CLI); the `bin` parameter (API upload); or set the company's BIN (service)
audit-nc-employer-bin = the employer BIN in the ESUTD records of { $count ->
    [one] { $count } direct employee
   *[other] { $count } direct employees
} was not checked: { -audit-no-company-bin }
audit-nc-company-bin = the company's own BIN was not checked: { -audit-no-company-bin }
audit-nc-place-of-work = the place of work in the ESUTD records of { $count ->
    [one] { $count } direct employee
   *[other] { $count } direct employees
} was not checked: the file has no { $column } column — add it with each direct employee's place of work
audit-nc-term = the term in the ESUTD records of { $count ->
    [one] { $count } direct employee
   *[other] { $count } direct employees
} was not checked: the file has no { $column } column — add it with each contract's end date, or `indefinite`
audit-nc-contract-date = the contract date in the ESUTD records of { $count ->
    [one] { $count } direct employee
   *[other] { $count } direct employees
} was not checked: the file has no { $column } column — add it with each employment contract's date
audit-nc-contract-number = the contract number in the ESUTD records of { $count ->
    [one] { $count } direct employee
   *[other] { $count } direct employees
} was not checked: the file has no { $column } column — add it with each employment contract's number
audit-nc-sender-bin = the sending party's BIN of { $count ->
    [one] { $count } outstaffed or third-party person
   *[other] { $count } outstaffed or third-party people
} was not checked: the file has no { $column } column — add it with the BIN of each provided person's employer
audit-nc-registration = the ESUTD registration of { $count ->
    [one] { $count } direct employee
   *[other] { $count } direct employees
} was not checked: the file has no { $column } column — add it with the day each direct employee's contract was registered in ESUTD (an empty cell = not registered)
audit-nc-terminations = terminations were not checked: the file has no { $column } column — add it with the day each employee who left was terminated, and `esutd_termination_registered_on`
audit-nc-termination-registration = the ESUTD registration of { $count ->
    [one] { $count } termination
   *[other] { $count } terminations
} was not checked: the file has no { $column } column — add it with the day each termination was registered in ESUTD (an empty cell = not registered)
audit-nc-paid-leave = paid leave was not compared for { $count ->
    [one] { $count } outstaffed or third-party person
   *[other] { $count } outstaffed or third-party people
} with direct peers (pay was): the file has no { $column } column — add it with each person's paid leave days a year
audit-nc-permits = the work permits of { $count ->
    [one] { $count } foreign worker
   *[other] { $count } foreign workers
} were not checked: the file has no { $column } column — add it with each foreign worker's permit end date (an empty cell = no permit)
audit-nc-residence = { $count ->
    [one] { $count } foreign worker
   *[other] { $count } foreign workers
} with no permit date were not checked: whether they hold a residence permit (and so need no work permit) is not known — the file has no { $column } column — add it with `yes` or `no` for each foreign worker
audit-nc-mentors = the mentor appointments of { $count ->
    [one] { $count } foreign worker
   *[other] { $count } foreign workers
} were not checked: the file has no { $column } column — add it with the day a mentor was appointed for each foreign worker (an empty cell = none appointed)

## Lists of people in a message

# The first few ids and how many more there are.
audit-names-more = { $names } and { $count } more
audit-records-more = { $count } more

## headcount-threshold and localization-quota

audit-basis-quota = Order of the Minister of Labour No. 279 of 30 Jun 2023 (permit rules), quota rules p. 16, as amended by Order No. 93 (from 1 Sep 2025): ≥ 70% citizens in categories 1–2, ≥ 90% in categories 3–4; outstaffed staff count
audit-threshold-crossed = { $count } people: { $direct } direct, { $outstaffed } outstaffed, { $third_party } third-party, { $contractor } contractors. The { $limit }-person line is crossed: the localisation quotas apply to work permits.
audit-threshold-near = { $count } people: { $direct } direct, { $outstaffed } outstaffed, { $third_party } third-party, { $contractor } contractors. { $left } more hire(s) of any kind (including outstaffed and contractors) cross { $limit }, and the localisation quotas apply.
audit-threshold-no-sanction = no sanction found in the law for the headcount itself: crossing the line is not an offence; above it the localisation quotas apply to work permits
# $group is 12 (categories 1–2) or 34 (categories 3–4).
audit-quota = { $group ->
    [12] categories 1–2 (managers)
   *[34] categories 3–4 (specialists and skilled workers)
}: { $citizens } of { $size } are Kazakhstani citizens ({ $share }), below { $percent }%: { $shortfall } more citizen(s) needed (or { $shortfall } fewer foreign nationals). The most recent foreign hires that broke it: { $names }. Work permits are not issued or extended while the ratio is broken.
audit-quota-no-sanction = no sanction found in the law for a broken localisation ratio: no CoAO fine for it is in the rules or the research (docs/research/deadlines-and-fines.md); the consequence is that work permits are not issued or extended while it lasts

## salary-parity and contractor-misclassification-risk

audit-basis-parity = Labour Code of RK art. 137-1 (Law No. 386-VI of 19 Dec 2020): provided personnel are equalised with the receiving party's staff on pay and working and rest time
audit-parity-no-sanction = no sanction found in the law for unequal pay or leave of provided personnel: Labour Code art. 137-1 sets the duty, but no CoAO fine for it is in the rules or the research (docs/research/deadlines-and-fines.md); what is at stake is the gap itself, owed to the person
# $engagement is outstaffed or third_party.
audit-parity-pay = { $id } ({ $engagement }, { $position } { $department }): total pay { $pay } a month is { $gap } ({ $share }) below the lowest-paid direct employee in the same job ({ $lowest }, { $floor }). Comparable direct staff: { $peers }.
audit-parity-leave = { $id } ({ $engagement }, { $position } { $department }): { $days } paid leave days against at least { $peer_days } for direct staff. Comparable direct staff: { $peers }.
audit-parity-pay-and-leave = { $id } ({ $engagement }, { $position } { $department }): total pay { $pay } a month is { $gap } ({ $share }) below the lowest-paid direct employee in the same job ({ $lowest }, { $floor }); { $days } paid leave days against at least { $peer_days } for direct staff. Comparable direct staff: { $peers }.
audit-basis-contractor = Labour Code of RK art. 1 and 23 (an employment relationship needs an employment contract); CoAO art. 86 (admission to work without an employment contract)
audit-contractor = { $id } works under a civil-law contract as «{ $position }», the position of employees { $employees }: the relationship may be found to be employment, and admitting someone to work without an employment contract is fined.

## ESUTD records: the fields of Order No. 353, IINs and BINs

audit-basis-fields = Order of the Minister of Labour No. 353 of 3 Sep 2020 (ESUTD rules): employee IIN, employer BIN, labour function, place of work, term, start date, contract date and number; CoAO art. 98 part 1-1 (incomplete information)
audit-basis-ids = Law of RK of 12 Jan 2007 No. 223 'On national registers of identification numbers' (structure and check digit); ESUTD records with a wrong IIN or BIN are inaccurate (CoAO art. 98 part 1-1)
audit-basis-duplicate = Law of RK of 12 Jan 2007 No. 223 'On national registers of identification numbers': an IIN is assigned to one individual, once; ESUTD records with a wrong IIN are inaccurate (CoAO art. 98 part 1-1)
# $fields is a list of the audit-field-* names below.
audit-missing-fields = { $id } ({ $name }): the ESUTD record lacks { $fields }.
audit-field-iin = employee IIN
audit-field-position = labour function (position)
audit-field-place-of-work = place of work
audit-field-term = term (contract_end_date: a date or `indefinite`)
audit-field-contract-date = contract date
audit-field-contract-number = contract number
audit-no-sanction-contractor-record = no sanction found in the law against the host company: civil-law contracts are not registered in ESUTD
audit-no-sanction-sender-iin = no sanction found in the law against the host company: { $id }'s ESUTD record is kept by their employer (the sending party), who should correct the IIN
audit-no-sanction-sender-bin = no sanction found in the law against the host company: { $id }'s ESUTD record is kept by their employer (the sending party), who should correct the BIN
audit-duplicate-iin = IIN { $iin } is on { $count } records: { $names }. An IIN is one person's: either an IIN is wrong (an inaccurate ESUTD record) or one person has { $count } records and is counted more than once in the headcount and the quotas — correct the IIN, or keep one record per person.
audit-duplicate-no-sanction = no sanction found in the law for the duplicate itself; once the wrong IIN is known, an ESUTD record that carries it is inaccurate (esutd-inaccurate, CoAO art. 98 part 1-1)
audit-invalid-iin = { $id } ({ $name }): IIN { $iin } is not valid: { $error }.
audit-invalid-company-bin = The company's BIN { $bin } is not valid: { $error }. Every ESUTD record of its employees carries it.
audit-company-bin-no-staff = no sanction found in the law yet: the company has no active direct staff, so no ESUTD record of its own carries the BIN
audit-invalid-sender-bin = { $id } ({ $name }): the sending party's BIN { $bin } is not valid: { $error }.

## ESUTD registration of new contracts and terminations

audit-basis-registration = { $act } ({ $rule }); CoAO art. 98 part 1-1
audit-basis-order-353 = Order No. 353 (ESUTD rules)
audit-contract-no-deadline = { $id } ({ $name }): the employment contract of { $from } has no ESUTD registration date, and its deadline cannot be computed: { $error }.
audit-contract-late = { $id } ({ $name }): the employment contract of { $from } was registered in ESUTD on { $registered }, { $days } day(s) after the deadline { $due }.
audit-contract-missing = { $id } ({ $name }): the employment contract of { $from } is not registered in ESUTD; the deadline was { $due } ({ $days } day(s) ago).
audit-contract-due = { $id } ({ $name }): the employment contract of { $from } must be registered in ESUTD by { $due } ({ $days } day(s) left).
audit-termination-no-deadline = { $id } ({ $name }): the termination of { $from } has no ESUTD registration date, and its deadline cannot be computed: { $error }.
audit-termination-late = { $id } ({ $name }): the termination of { $from } was registered in ESUTD on { $registered }, { $days } day(s) after the deadline { $due }.
audit-termination-missing = { $id } ({ $name }): the termination of { $from } is not registered in ESUTD; the deadline was { $due } ({ $days } day(s) ago).
audit-termination-due = { $id } ({ $name }): the termination of { $from } must be registered in ESUTD by { $due } ({ $days } day(s) left).
audit-registration-not-finable-yet = not finable yet: the deadline is { $due }; only a registration still missing after it is fined (esutd-missing)

## Foreign workers: work permits and mentors

audit-basis-permit = Order of the Minister of Labour No. 279 of 30 Jun 2023 (permits to attract foreign labour): a permit for each foreign worker who is not an EAEU citizen or a residence-permit holder; extension no earlier than 60 and no later than 30 days before expiry
audit-permit-none = { $id } ({ $name }, { $citizenship }): no work permit is recorded for a foreign worker who needs one.
audit-permit-expired = { $id } ({ $name }, { $citizenship }): the work permit expired on { $until }.
audit-permit-expiring = { $id } ({ $name }, { $citizenship }): the work permit expires on { $until }, in { $days } day(s).
audit-permit-expiring-window = { $id } ({ $name }, { $citizenship }): the work permit expires on { $until }, in { $days } day(s). Apply to extend between { $opens } and { $due } ({ $status }).
audit-permit-no-sanction = no sanction found in the law for employing a foreign worker without a valid permit: no CoAO amount for it is in the rules or the research (docs/research/deadlines-and-fines.md)
audit-permit-expiring-no-sanction = no sanction found in the law: the permit is still valid; extending it within the window keeps it so
audit-basis-mentor = { $act } ({ $rule })
audit-mentor-late = { $id } ({ $name }): appointed mentor on { $appointed }, after the deadline { $due } (5 working days after starting on { $start }).
audit-mentor-missing = { $id } ({ $name }): started on { $start }; no mentor appointment is recorded and the deadline was { $due }.
audit-mentor-no-sanction = no sanction found in the law for a late mentor appointment: Order No. 197 sets the duty, but no CoAO fine for it is in the rules or the research (docs/research/deadlines-and-fines.md)

## The size class for fines

# $class is micro, small, medium or large (a stable id, also in the JSON).
audit-size-class = { $class }
audit-size-no-income = { $reason } (income not given, so read as 0 MRP: the class is the lowest the headcount allows; give `income_mrp`)
audit-size-unknown = could not classify ({ $error }); fines priced as a small business
audit-cannot-audit = the rules cannot audit on { $date }: { $error }

## Reading a workforce file

import-unreadable = cannot read the file: { $reason }
# The first line of a refused file's problems; each problem follows on its own line.
import-problems = { $count } problem(s) in the file, nothing was imported:
import-problem-header = header: { $column }: { $message }
import-problem-cell = row { $row }, column { $column }: { $message }
import-too-large = { $message } (limit { $limit })
import-xls = this is an Excel 97–2003 workbook (.xls), which is not read: save it as .xlsx or as "CSV UTF-8"
import-not-utf8 = not UTF-8 text ({ $error }); save the file from Excel as "CSV UTF-8"
import-empty = the file is empty
import-no-people = the file has a header but no people
import-not-xlsx = not an XLSX workbook: { $reason }
import-no-sheets = the workbook has no sheets
import-reader-failed = the spreadsheet reader failed on this workbook; save it again from Excel
import-rows-out-of-order = the sheet's rows are out of order (row { $row } after row { $previous }); save it again from Excel
import-file-too-large = the file is { $size }; at most { $max } is read
# A size in bytes: whole MiB or KiB, else bytes ($count is already written with separators).
import-size-mib = { $count } MiB
import-size-kib = { $count } KiB
import-size-bytes = { $count } bytes
import-too-many-rows = the file has more than { $max } rows; at most { $max } are read
import-too-many-columns-header = the header has { $count } columns; at most { $max } are read
import-too-many-columns-row = row { $row } has { $count } columns; at most { $max } are read
import-too-many-cells = the file has more than { $max } cells; at most { $max } are read
import-cell-too-long = row { $row }, column { $column } holds { $count } characters; at most { $max } are read
import-sheet-columns = the sheet declares { $count } columns; at most { $max } are read
import-sheet-rows = the sheet declares { $count } rows; at most { $max } are read
import-sheet-far-cell = the sheet has a cell at { $cell }; at most { $columns } columns and { $rows } rows are read
import-id-repeated = `{ $id }` is used by an earlier row
import-column-twice = { $column } appears twice
import-column-missing = required column `{ $column }` is missing
import-column-missing-alias = required column `{ $column }` (or «{ $alias }») is missing
import-more-problems = and { $count } more problem(s): at most { $max } are listed (limit MAX_PROBLEMS)
import-cell-empty = is empty
import-bad-engagement = `{ $value }`: expected direct, outstaffed, third_party or contractor
import-bad-category = `{ $value }`: expected 1, 2, 3 or 4
import-bad-days = `{ $value }`: expected whole days
import-bad-country = `{ $value }`: expected a two-letter country code (ISO 3166), e.g. KZ, RU, TR
import-bad-yes-no = `{ $value }`: expected yes or no
import-bad-term = { $error }, or `indefinite`
import-bad-date = `{ $value }` is not a date (YYYY-MM-DD or DD.MM.YYYY)
import-bad-date-year = `{ $value }`: the year must be between { $from } and { $to }
import-bad-date-day = `{ $value }` is not a day of the calendar
import-amount-empty = empty amount
import-amount-not-a-number = '{ $value }' is not a number
import-amount-too-precise = '{ $value }' has more than two decimals (tiyn are the smallest unit)
import-amount-too-large = '{ $value }' is above the largest amount accepted, 1,000,000,000,000 tenge
import-amount-negative = '{ $value }' is negative

## The reports: severities and fine statuses as people read them

# $severity is violation, risk or warning.
report-severity = { $severity }
report-fine-warning = { $amount } (warning)
report-fine-not-finable = { $amount } (not finable)
report-fine-not-priced = not priced
report-fine-no-sanction = no sanction

## The HTML report

report-html-title = Compliance audit — { $company } — { $date }
report-html-heading = Compliance audit: { $company }
report-html-as-of = As of { $date } · kzcomply
report-html-people = <b>{ $count }</b> { $count ->
    [one] person
   *[other] people
}<br>{ $direct } direct · { $outstaffed } outstaffed · { $third_party } third-party · { $contractor } contractors
report-html-counts = <b class=violation>{ $violations }</b> { $violations ->
    [one] violation
   *[other] violations
} · <b class=risk>{ $risks }</b> { $risks ->
    [one] risk
   *[other] risks
} · <b class=warning>{ $warnings }</b> { $warnings ->
    [one] warning
   *[other] warnings
}
report-html-exposure = Fine exposure
report-html-size = Size class
report-html-localisation = Localisation
report-html-group-12 = Categories 1–2
report-html-group-34 = Categories 3–4
report-html-bar = { $group }: { $citizens } of { $size } citizens ({ $share }) — minimum { $required }%
report-html-bar-not-applicable = { $group }: { $citizens } of { $size } citizens ({ $share }) — minimum { $required }% (not applicable at this headcount)
report-html-findings = Findings, worst first
report-html-col-severity = Severity
report-html-col-rule = Rule
report-html-col-people = People
report-html-col-what = What
report-html-col-fine = Fine, KZT
report-html-not-checked = Not checked
report-html-not-checked-intro = The file lacks the data these checks need, so they were not run and carry no fine:
report-html-col-why = Why, and how to supply the data
report-html-footer = Amounts are maximum exposure: one first-offence fine per person concerned, at the MRP of the violation's year. Not legal advice; every rule names its source.

## The XLSX report

report-xlsx-summary = Summary
report-xlsx-not-checked = Not checked
report-xlsx-col-severity = Severity
report-xlsx-col-people = People
report-xlsx-col-what = What is wrong
report-xlsx-col-basis = Legal basis
report-xlsx-col-fine = Fine, KZT
report-xlsx-col-fine-note = How the fine was priced, or why there is none
report-xlsx-col-gap = Pay gap, KZT
report-xlsx-col-fine-status = Fine status
report-xlsx-company = Company
report-xlsx-as-of = As of
report-xlsx-effective = Effective headcount
report-xlsx-engagements = Direct / outstaffed / third-party / contractors
report-xlsx-quotas-apply = Localisation quotas apply
report-xlsx-yes = yes
report-xlsx-no = no
report-xlsx-group-12 = Citizens in categories 1–2 (min 70%)
report-xlsx-group-34 = Citizens in categories 3–4 (min 90%)
report-xlsx-of = { $citizens } of { $size }
report-xlsx-size = Size class (for fines)
report-xlsx-counts = Violations / risks / warnings
report-xlsx-exposure = Fine exposure, KZT
report-xlsx-exposure-at-least = Fine exposure, KZT (at least)
report-xlsx-not-priced = Fines not priced
report-xlsx-checks-not-run = Checks not run (no data)
report-xlsx-col-rule = Rule
report-xlsx-col-why = Why, and how to supply the data

## The findings CSV: the header row (the severity, rule and fine_status cells keep their ids)

report-csv-severity = severity
report-csv-rule = rule
report-csv-people = people
report-csv-fine = fine_kzt
report-csv-gap = gap_kzt
report-csv-message = message
report-csv-basis = basis
report-csv-fine-note = fine_note
report-csv-fine-status = fine_status

## The terminal summary of `kzcomply audit`

report-cli-title = Compliance audit of { $company } as of { $date }
report-cli-the-company = the company
report-cli-people = People      { $count } effective: { $direct } direct, { $outstaffed } outstaffed, { $third_party } third-party, { $contractor } contractors
report-cli-localisation-applies = Localisation APPLIES — categories 1–2: { $cat12 } (min 70%), categories 3–4: { $cat34 } (min 90%)
report-cli-localisation-exempt = Localisation does not apply (20 people or fewer) — categories 1–2: { $cat12 } (min 70%), categories 3–4: { $cat34 } (min 90%)
report-cli-share = { $citizens }/{ $size } = { $share }
report-cli-headroom = {"            "}room for { $managers } more foreign manager(s) and { $specialists } more foreign specialist(s) before a share falls below its minimum
report-cli-size = Size class  { $class } ({ $reason })
report-cli-findings = Findings    { $violations ->
    [one] { $violations } violation
   *[other] { $violations } violations
}, { $risks ->
    [one] { $risks } risk
   *[other] { $risks } risks
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} — fine exposure { $exposure }
# The tag before each finding (the terminal pads it to the longest of the three).
report-cli-tag-violation = VIOLATION
report-cli-tag-risk = RISK
report-cli-tag-warning = warning
report-cli-fine-amount = [{ $amount }]
report-cli-fine-not-priced = [not priced]
report-cli-basis = basis: { $basis }
report-cli-fine = fine: { $note }
report-cli-not-checked = Not checked — the file lacks the data these need, so they were not run and carry no fine:
report-cli-written = Report written to { $path }
report-cli-bad-out = --out { $path }: the report can be written as .html, .xlsx or .csv
report-cli-xlsx-failed = building the XLSX report: { $error }
report-cli-cannot-write = cannot write { $path }: { $error }
report-cli-not-utf8 = { $path }: not UTF-8 text

# payroll facts
# The optional columns of docs/payroll-run.md §2 (birth_date … days_worked), as the import reads them.
import-bad-pensioner = `{ $value }`: expected no, age or seniority
import-bad-disability-group = `{ $value }`: expected a disability group 1, 2 or 3 (I, II or III)
import-bad-disability-until = { $until } is before disability_from ({ $from }): the certificate ends before it starts
import-bad-deduction-from = { $error }, or `no` (the basic deduction is not claimed here)
import-bad-week = `{ $value }`: expected 5 or 6 (working days a week)
import-bad-days-worked = `{ $value }`: expected the working days worked this month, a whole number from 0 to 31

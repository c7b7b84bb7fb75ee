# web texts (en): the dashboard. Counts use the shared plurals of common.ftl
# (violation-count, risk-count, warning-count, person-count).

## Layout, navigation, language

web-language = Language
web-companies = Host companies
web-overview = Overview
web-findings = Findings
web-people = People
web-payroll = Payroll
web-import = Import
web-rules = Rules
web-tokens = API tokens
web-api-docs = API
web-sign-out = Sign out
web-home = Home
web-role-admin = admin
web-role-editor = editor
web-role-viewer = viewer
web-banner-soon = The rules end on { $date } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}). No value yet for: { $missing }.
web-banner-ended = The rules ended on { $date }. No value yet for: { $missing }.
web-banner-add = Add them on the Rules page
web-show = Show

## Sign-in

web-welcome = Қош келдіңіз! Welcome to kzcomply
web-tagline = Employ people in Kazakhstan without breaking the law by accident.
web-email = E-mail
web-password = Password
web-sign-in = Sign in
web-bad-login = Wrong e-mail or password.
web-too-many = Too many failed attempts. Wait 15 minutes and try again.
web-busy = Too many sign-ins at this moment. Try again in a few seconds.
web-demo-hint = Demo: admin@demo.kz (English), editor@demo.kz (Russian), viewer@demo.kz (Kazakh); password

## Host companies

web-no-companies = No host companies yet.
web-bin = BIN { $bin }

## Overview

web-as-of = As of { $date }
web-as-of-label = As of
web-size-micro = micro business
web-size-small = small business
web-size-medium = medium business
web-size-large = large business
web-size-unknown = size not known
web-headcount = Headcount: { $count }
web-threshold = Counting direct, outstaffed and contractors; the quotas apply above { $count ->
    [one] { $count } person
   *[other] { $count } people
}
web-localisation = Kazakhstani citizens in each group
web-managers = Managers and deputies (categories 1–2)
web-specialists = Specialists and skilled workers (categories 3–4)
web-quotas-apply = The quotas apply at this headcount.
web-quotas-not-apply = The quotas do not apply yet at this headcount.
web-exposure = Fine exposure
web-reports = Download the audit
web-deadlines = Deadlines
web-overdue = Overdue
web-this-week = This week
web-next-30 = Next 30 days
web-nothing-due = Nothing due.
web-chart-headcount = { $count ->
    [one] { $count } person
   *[other] { $count } people
}; threshold { $threshold }
web-chart-localisation = Kazakhstani citizens per group against the minimum share
web-chart-costs = Employer cost per person

## Findings

web-severity = Severity
web-severity-violation = Violation
web-severity-risk = Risk
web-severity-warning = Warning
web-all = All
web-who = Who
web-what = What
web-fine-column = Fine, ₸
web-no-findings = No findings. Nothing the state's cross-check would flag.
web-no-findings-partial = No findings in what could be checked — see below what was not checked.
web-fine-why = Fine: { $note }
web-fine-warning = warning only
web-fine-not-finable = not finable
web-fine-not-priced = not priced
web-fine-no-sanction = no sanction
web-not-checked = Not checked ({ $count })
web-not-checked-help = The data these checks need is missing, so they were not run and carry no fine. Add it to have them checked:
web-bad-filter = The filter { $parameter } = «{ $value }» is not one the audit knows, so nothing is shown. Allowed: { $allowed }.
web-date-forms = a date as YYYY-MM-DD or DD.MM.YYYY, years 1900–2200

## People and a person

web-id = ID
web-name = Name
web-citizenship = Citizenship
web-position = Position
web-engagement = Engagement
web-engagement-direct = direct
web-engagement-outstaffed = outstaffed
web-engagement-third-party = third party
web-engagement-contractor = contractor
web-engagement-unknown = other
web-category = Category
web-gross = Gross, ₸
web-start = Start
web-end = Until
web-person-id = ID { $id }
web-iin = IIN { $iin }
web-residence-permit = residence permit
web-contracts = Contracts
web-term-indefinite = indefinite
web-term-fixed = fixed term
web-events = Event history
web-event-signed = contract signed
web-event-amended = contract amended
web-event-terminated = contract terminated
web-event-reinstated = reinstated
web-event-esutd-registered = contract entered in ESUTD
web-event-esutd-termination-registered = termination entered in ESUTD
web-event-permit-issued = work permit issued
web-event-permit-extended = work permit extended
web-event-mentor-appointed = appointed mentor
web-event-trip = business trip
web-note-imported = imported from { $file }
web-add-event = Add an event
web-event-kind = Event
web-date = Date
web-until = Until
web-note = Note
web-save = Save
web-event-refused = The event was not saved:
web-unknown-event = not an event kzcomply knows
web-not-a-date = not a date; write it as { $example }
web-read-only = Your role can read but not change.

## Payroll

web-period = Month
web-month-year = { $month } { $year }
web-month-1 = January
web-month-2 = February
web-month-3 = March
web-month-4 = April
web-month-5 = May
web-month-6 = June
web-month-7 = July
web-month-8 = August
web-month-9 = September
web-month-10 = October
web-month-11 = November
web-month-12 = December
web-compute = Compute and save { $period }
web-no-payroll = No payroll stored for { $period } yet.
web-bad-period = «{ $value }» is not a month: choose one, or write it as 2026-03.
web-opv = OPV
web-vosms = VOSMS
web-ipn = IPN
web-net = Net, ₸
web-opvr = OPVR
web-so = SO
web-oosms = OOSMS
web-social-tax = Social tax
web-employer-cost = Employer's cost, ₸
web-total = Total

## Import

web-upload = Upload a workforce file (CSV or XLSX)
web-upload-again = Checked: { $file }. Choose the corrected file to check it again.
web-check-file = Check the file
web-preview = Preview: { $file }
web-problems = { $count ->
    [one] { $count } problem — nothing will be imported until it is fixed
   *[other] { $count } problems — nothing will be imported until they are fixed
}
web-row = Row
web-column = Column
web-message = Message
web-file-ok = The file is valid. Importing will write { $count ->
    [one] this person: { $count }
   *[other] these people: { $count }
}
web-status-new = new
web-status-known = already here
web-confirm-import = Import
web-imported = Imported: { $rows } — new { $created }, updated { $updated }, unchanged { $unchanged }, events added { $events }

## Rules

web-rules-help = The statutory values every calculation of your organisation uses, with their legal sources. When a new law is signed (the budget law sets next year's MRP and minimum wage), an admin enters the value here; it applies to your organisation only.
web-coverage = How far the rules reach
web-covered-until = Every value is known until
web-days-left = { $count ->
    [one] { $count } day left
   *[other] { $count } days left
}
web-coverage-ended = coverage has ended
web-covered-always = Every parameter has a value with no end date.
web-missing-after = No value yet after that day — calculations for later periods stop and say so until they are added:
web-from = from { $date }
web-until-date = until { $date }
web-provisional = Provisional (to be replaced by the official text):
web-value-added = The value was added and applies from the next calculation.
web-value-refused = The value was not added: the rules would not load with it.
web-add-value = Add a value
web-add-value-help = Write the value as in the rule files: "4500 KZT", "14 MRP", "4.5%". It replaces the values it overlaps. A source (the act and article) and a public reference are required. Dates as YYYY-MM-DD or DD.MM.YYYY.
web-parameter = Parameter
web-since = Since
web-value = Value
web-legal-source = Legal source
web-legal-source-example = Law of RK "On the republican budget for 2027–2029", art. …
web-reference = Reference
web-rules-admin-only = Only an admin can add or retire values.
web-org-values = Values entered by your organisation
web-no-values = None: the built-in rules apply.
web-in-force = In force
web-entered = Entered
web-retired = retired
web-retire = Retire
web-in-force-today = Every parameter in force today ({ $count })
web-day-of-month = day { $day }
web-yes = yes
web-no = no
web-value-none = none (the rule does not apply)
web-origin = Comes from
web-value-not-a-date = «{ $value }» is not a date (YYYY-MM-DD or DD.MM.YYYY)
web-field-empty = is empty

## API tokens

web-tokens-help = A token lets a program (1C, a script) use the API as this organisation, with the role you choose (never more than yours).
web-token-once = Copy this token now: it is shown only once.
web-token-gone = This token's secret was shown once and is not shown again. If you did not copy it, revoke the token and create another.
web-token-name-example = 1C export
web-token-default-name = API token
web-token-bad-role = Choose a role: admin, editor or viewer.
web-mint = Create a token
web-revoke = Revoke
web-role = Role
web-created = Created

## Errors

web-error-title = This did not work
web-error-unknown = The request could not be answered.
web-go-back = Go back
web-missing-rules = Missing rule values
web-problem-at = row { $row }, { $field }

# The payroll month's page (issue 15).
web-run-title = The payroll of { $period }
web-run-status-draft = Draft
web-run-status-approved = Approved
web-run-status-closed = Closed
web-run-computed = computed { $when }
web-run-approved = approved { $when }: the numbers are frozen for review
web-run-closed = closed { $when }: later changes go into the next open month as corrections
web-run-compute = Compute draft
web-run-approve = Approve
web-run-close = Close the month
web-run-people = { $count ->
    [one] { $count } person on the payroll
   *[other] { $count } people on the payroll
}
web-run-days = Days worked
web-run-withheld = Withheld
web-run-payslip = Payslip
web-run-payslip-html = Open
web-run-payslip-pdf = PDF
web-run-page = page { $page } of { $pages }
web-run-register-xlsx = Download the register (XLSX)
web-run-register-csv = Download the register (CSV)
web-run-payments = Payments
web-run-charge = Charge
web-run-payee = Payee
web-run-amount = Amount
web-run-due = Due
web-run-corrections = Corrections of closed months
web-run-kind = Kind
web-run-correction-of = Month corrected
web-run-accruals = Accruals of the month
web-run-accruals-more = { $count ->
    [one] and { $count } more
   *[other] and { $count } more
}
web-run-person = Person
web-run-person-id = Person's id
web-run-hours = Hours
web-accrual-hours = { $hours } h
web-run-accruals-file = Accruals file (CSV: id, kind, amount, hours, note)
web-run-upload = Upload
web-run-outstaffed = Outstaffed staff
web-run-outstaffed-note = On their employer's payroll, not in this company's totals: the cost of their salary and the employer's charges.
web-run-employer-bin = Employer's BIN
web-run-contractors = Civil-law contractors
web-run-contractors-note = Not on the payroll: paid under their civil-law contracts.
web-facts = Payroll facts
web-facts-birth-date = Date of birth
web-facts-tax-resident = Tax resident
web-facts-in-kz-since = In Kazakhstan since
web-facts-pensioner = Pensioner
web-facts-disability-group = Disability group
web-facts-disability-from = Disability from
web-facts-disability-until = Disability until
web-facts-basic-deduction = Basic deduction claimed
web-facts-basic-deduction-from = Basic deduction from
web-facts-week = Working days a week
web-facts-days-worked = Days worked (timesheet)
web-facts-yes = yes
web-facts-no = no
web-facts-default = by default
web-facts-pensioner-age = by age
web-facts-pensioner-seniority = for long service
web-facts-edit = Change the payroll facts
web-facts-refused = The payroll facts were not saved:
web-facts-choose = choose one from the list
web-facts-whole-number = a whole number from 0 to 31
web-facts-until-before-from = before the disability's first day
web-facts-from-not-claimed = a start date needs the basic deduction claimed

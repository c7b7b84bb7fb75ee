# Command-line output that is not the law's own text (en): table labels, headings, hints and
# errors of payroll, calendar, workdays, deadline, fine, entity-size, rules and id.

cli-error = error: { $message }

cli-date-not-a-date = `{ $value }` is not a date (YYYY-MM-DD or DD.MM.YYYY)
cli-date-year-range = `{ $value }`: the year must be between 1900 and 2200
cli-date-not-a-day = `{ $value }` is not a day of the calendar

## payroll

cli-payroll-title = Payroll for { $period } — { $who }
cli-payroll-born = born { $date }
cli-payroll-disability = disability group { $group }
cli-payroll-no-personal-deduction = no personal deduction
cli-payroll-hired = hired this month
cli-payroll-dismissed = dismissed this month
cli-payroll-smallest-gross = Smallest whole-tenge gross that pays a net of at least { $net }
cli-payroll-gross = Gross
cli-payroll-withheld = Withheld from the employee
cli-payroll-row-opv = OPV   pension contribution
cli-payroll-row-vosms = VOSMS health insurance
cli-payroll-row-ipn = IPN   income tax
cli-payroll-net = Net pay
cli-payroll-employer-on-top = Paid by the employer on top
cli-payroll-row-opvr = OPVR  employer pension
cli-payroll-row-so = SO    social contributions
cli-payroll-row-oosms = OOSMS health insurance
cli-payroll-row-social-tax = Social tax
cli-payroll-employer-cost = Employer's total cost
cli-payroll-exempt = exempt
cli-payroll-on-taxable = on taxable { $taxable }
cli-payroll-of-gross = { $percent } of gross
cli-payroll-on-top = gross + { $charges } ({ $percent } on top)
cli-payroll-how = How each line was computed (amounts in tenge):
cli-payroll-note = note: { $note }
cli-payroll-sources-hint = Add --sources for the legal source of every parameter, or --json for everything.
cli-payroll-no-rules = no payroll rules for { $period }: { $error }

## payroll --batch

cli-batch-column-twice = { $file }: column `{ $column }` appears twice in the header
cli-batch-gross-or-net = gross (or net)
cli-batch-no-column = { $file }: the header has no column { $columns }; known columns: { $known }
cli-batch-ignoring-columns = note: { $file }: ignoring column(s) { $columns } (known: { $known })
cli-batch-not-yes-no = '{ $value }' is not yes/no
cli-batch-not-pensioner = '{ $value }' is not age, seniority, yes/no or empty
cli-batch-not-period = '{ $value }' is not a period (YYYY-MM)
cli-batch-empty-gross = empty: give gross (or net)
cli-batch-unknown-status = unknown status '{ $value }': use citizen, foreign-resident, eaeu or foreign-nonresident
cli-batch-not-a-date = '{ $value }' is not a date (YYYY-MM-DD)
cli-batch-not-disability = '{ $value }' is not 1, 2, 3 or empty
cli-batch-cannot-read-header = { $file }: cannot read the header: { $error }
cli-batch-cannot-read = cannot read the batch input: { $error }
cli-batch-column-error = column { $column }: { $message }
cli-batch-row-error = { $file }: row { $row } (id { $id }): { $message }
cli-batch-nothing-written = nothing was written; fix the row or use --on-error skip
cli-batch-skipped = skipped { $message }
cli-batch-standard-output = standard output
cli-batch-skipped-summary = { $failed } row(s) skipped (listed above); { $written } row(s) written to { $place }
cli-batch-written = { $written } row(s) written to { $place }
cli-batch-progress = { $bar } { $bytes }/{ $total } ({ $speed }, { $eta } left)

## calendar and workdays

cli-calendar-rules-incomplete = the calendar rules are incomplete: { $error }
cli-calendar-status-provisional = PROVISIONAL: computed from the rules, not yet published
cli-calendar-status-overridden = OFFICIAL CALENDAR OVERRIDDEN: kzcomply follows a later act
cli-calendar-status-official = official
cli-calendar-title = Production calendar { $year } — { $week ->
    [six-day] six-day
   *[five-day] five-day
} week ({ $status })
cli-calendar-totals = Working days: { $working }   Non-working days: { $off }
cli-calendar-published = Published calendar: { $days } working days
cli-calendar-differs = What differs: { $differs }
cli-calendar-col-date = Date
cli-calendar-col-day = Day
cli-calendar-col-kind = Kind
cli-calendar-col-reason = Reason
cli-calendar-kind-holiday = holiday
cli-calendar-kind-religious = religious
cli-calendar-kind-carry-over = carry-over
cli-calendar-kind-transfer = transfer
cli-calendar-kind-worked = WORKED
cli-calendar-row-month = Month
cli-calendar-row-working = Working
cli-calendar-row-off = Off
cli-calendar-month-1 = Jan
cli-calendar-month-2 = Feb
cli-calendar-month-3 = Mar
cli-calendar-month-4 = Apr
cli-calendar-month-5 = May
cli-calendar-month-6 = Jun
cli-calendar-month-7 = Jul
cli-calendar-month-8 = Aug
cli-calendar-month-9 = Sep
cli-calendar-month-10 = Oct
cli-calendar-month-11 = Nov
cli-calendar-month-12 = Dec

cli-workdays-add = ({ $from } + { $days } { $unit ->
    [calendar] calendar
   *[working] working
} days on the { $week ->
    [six-day] six-day
   *[five-day] five-day
} week = { $to })
cli-workdays-between = (working days from { $from } to { $to }, both included, on the { $week ->
    [six-day] six-day
   *[five-day] five-day
} week)
cli-workdays-ordinary-working-day = an ordinary working day
cli-workdays-weekly-rest-day = a weekly rest day
cli-workdays-check-working = { $day } is a working day: { $reason }
cli-workdays-check-not-working = { $day } is NOT a working day: { $reason }

## deadline

cli-deadline-event-date = event date
cli-deadline-rule = rule
cli-deadline-window-opens = window opens
cli-deadline-apply-from = apply from
cli-deadline-due = due
cli-deadline-provisional = (provisional calendar)
cli-deadline-how = how
cli-deadline-status = status
cli-deadline-as-of = (as of { $as_of })
cli-deadline-as-of-done = (as of { $as_of }, done { $done })
cli-deadline-basis = basis
cli-deadline-reference = reference

## fine and entity-size

cli-fine-need-offender = give --offender, or --headcount with --income-mrp
cli-fine-date = date
cli-fine-offender = offender
cli-fine-offence = offence
cli-fine-offence-repeat-previous = repeat (previous penalty { $previous }, within one year)
cli-fine-offence-repeat = repeat within one year
cli-fine-offence-first-previous = first (previous penalty { $previous } is more than a year before)
cli-fine-offence-first = first
cli-fine-sanction = sanction
cli-fine-sanction-none = none
cli-fine-sanction-warning = warning
cli-fine-article = article
cli-fine-fine = fine
cli-fine-mrp = { $mrp } MRP
cli-fine-mrp-range = { $min } to { $max } MRP
cli-fine-times-mrp = × { $value } (MRP { $year })
cli-fine-in-tenge = in tenge
cli-fine-tenge = { $amount }
cli-fine-tenge-range = { $min } to { $max } KZT
cli-fine-source = source
cli-fine-note = note
cli-offender-official = official
cli-offender-micro = micro
cli-offender-small = small
cli-offender-medium = medium
cli-offender-large = large
cli-offender-nonprofit = nonprofit
cli-size-class-micro = micro
cli-size-class-small = small
cli-size-class-medium = medium
cli-size-class-large = large

## rules

cli-rules-coverage-as-of = Rules coverage as of { $on }
cli-rules-covered-until = Covered until { $until } ({ $days } day(s) left).
cli-rules-coverage-ended = Coverage ENDED on { $until }, { $days } day(s) ago.
cli-rules-no-end = Every parameter has a value with no end date.
cli-rules-missing-heading = No value after coverage ends:
cli-rules-missing-from = from { $from }
cli-rules-provisional-heading = Provisional (replace with the official text when it is published):
cli-rules-provisional-item = { $what } (until { $until }; parameter { $parameter })
cli-rules-never-guesses = kzcomply never guesses a value the law has not set. When the law is signed, add each value with its source in a rules file and pass its directory with --rules-add DIR (example: examples/rules-2027/; format: rules/kz/README.md); in the service, an admin adds them on the Rules page.
cli-rules-show-heading = Parameters in force on { $on } ({ $shown } of { $total })
cli-rules-since = since { $since }
cli-rules-confidence = confidence: { $confidence }
cli-rules-source = source: { $source }
cli-rules-see = see: { $reference }
cli-rules-from = from: { $origin }
cli-rules-note = note: { $note }
cli-rules-not-in-force = Not in force on { $on }: { $parameters }
cli-rules-in-use = The rules in use
cli-rules-check-summary = { $name }: { $parameters } parameters in { $files } files, every value dated and sourced.
cli-rules-check-no-payroll = { $name }: payroll cannot run for any month: some payroll parameter is missing or never in force
cli-rules-months-range = { $from } to { $to }
cli-rules-check-payroll = Payroll can be computed for { $months }.
cli-rules-check-calendar = The production calendar covers { $years }.
cli-rules-check-no-calendar = No production calendar (calendar, workdays and deadline commands will not run): { $error }
cli-rules-export-cannot-create = cannot create { $dir }: { $error }
cli-rules-export-exists = { $path } already exists; export into an empty directory
cli-rules-export-done = Wrote the built-in rules to { $dir }. Edit them, then run: kzcomply --rules { $dir } ...
cli-rules-cannot-read-dir = cannot read the rules directory { $dir }: { $error }
cli-rules-not-utf8 = cannot read { $path }: not UTF-8 text
cli-rules-no-files = { $dir } holds no *.toml rule files
cli-rules-missing-item = { $parameter } (from { $from })
cli-rules-past-coverage-hint = The rules have no value on { $date } for: { $parameters }.
    kzcomply never guesses a new year's values. When the law that sets them is signed (the MRP and the minimum wage come with the republican budget law), add them with their source in a rules file and pass its directory with --rules-add DIR (example: examples/rules-2027/; the format is in rules/kz/README.md). In the service, an admin adds them on the Rules page. `kzcomply rules status` shows what is missing.

## id

cli-id-kind-iin = IIN
cli-id-kind-bin = BIN
cli-id-valid-reason = the structure and the check digit are correct
cli-id-born = born { $born }, { $sex }
cli-id-registered = registered { $registered }, { $entity }, { $unit }
cli-id-valid = { $input }: valid { $kind } ({ $what })
cli-id-invalid = { $input }: NOT a valid { $kind }: { $reason }

# The law's own texts (en): deadlines, fines, the production calendar, entity size, payroll lines and
# the trace, rules errors, IIN/BIN decoding, and the official titles of the acts the rules cite.
# English is the reference: every text here is what kzcomply printed before the catalogue existed.

## Shared pieces

law-term = { $unit ->
    [working] { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }
   *[calendar] { $days ->
        [one] { $days } calendar day
       *[other] { $days } calendar days
    }
}
law-mrp-count = { $count } MRP
law-mzp-count = { $count } MZP

calendar-weekday-mon = Mon
calendar-weekday-tue = Tue
calendar-weekday-wed = Wed
calendar-weekday-thu = Thu
calendar-weekday-fri = Fri
calendar-weekday-sat = Sat
calendar-weekday-sun = Sun
calendar-day = { $weekday } { $date }

## Deadlines: what is due, and what the event's date means

deadline-action-esutd-new-contract = register a new employment contract in ESUTD
deadline-action-esutd-amendment = register an amendment to a contract in ESUTD
deadline-action-esutd-termination = register a termination in ESUTD
deadline-action-esutd-reinstatement = register a reinstatement in ESUTD
deadline-action-esutd-correction = correct wrong data in ESUTD
deadline-action-foreign-labour-report = file the monthly foreign-labour report
deadline-action-arrival-notification = notify the migration service of a foreigner's arrival
deadline-action-immigrant-registration = register the immigrant (visa-free state) in IS Migration Police
deadline-action-address-change-registration = re-register the immigrant at the new address
deadline-action-mentor-appointment = appoint the foreign worker as mentor (employer's act)
deadline-action-permit-extension = apply to extend the work permit
deadline-action-vacancy-posting = wait before applying for a work permit
deadline-action-quota-application = file the annual foreign-labour quota application
deadline-action-form-200 = file form 200.00 (quarterly payroll-tax return)
deadline-action-payroll-taxes = pay the month's IPN, social tax and contributions

deadline-date-means-esutd-new-contract = the day both parties signed
deadline-date-means-esutd-amendment = the day the amendment was signed
deadline-date-means-esutd-termination = the termination date
deadline-date-means-esutd-reinstatement = the reinstatement date
deadline-date-means-esutd-correction = the day the wrong data was entered
deadline-date-means-foreign-labour-report = any day of the reporting month
deadline-date-means-arrival-notification = the arrival date
deadline-date-means-immigrant-registration = the day of entry, when the border was crossed
deadline-date-means-address-change-registration = the day of the move
deadline-date-means-mentor-appointment = the first working day
deadline-date-means-permit-extension = the permit's expiry date
deadline-date-means-vacancy-posting = the day the vacancy was posted
deadline-date-means-quota-application = any day of the year
deadline-date-means-form-200 = any day of the quarter
deadline-date-means-payroll-taxes = any day of the payroll month

## Deadlines: the rule

deadline-rule-after = { $term } after { $after ->
    [signing] signing
    [termination] termination
    [reinstatement] reinstatement
    [wrong-entry] the wrong entry
    [arrival] arrival
    [entry] entry
    [move] the move
   *[start-of-work] the start of work
}
deadline-rule-day-of-month = by day { $day } of { $month ->
    [next] the following month
   *[same] the same month
}
deadline-rule-after-quarter = by day { $day } of the second month after the quarter
deadline-rule-window = no earlier than { $earliest } and no later than { $latest } before expiry
deadline-rule-waiting = apply after { $term } from posting
deadline-rule-annual = by { $day } of the year

## Deadlines: how the due date was found

deadline-how-working-days = { $term } after { $from }: { $days }
deadline-how-calendar-days = { $moved ->
    [yes] { $from } + { $days } calendar days = { $end }, not a working day → next working day { $due }
   *[no] { $from } + { $days } calendar days = { $end }
}
deadline-how-day-of-month = { $short ->
    [yes] { $moved ->
        [yes] { $nominal } (the month has no day { $day }: its last day), not a working day → next working day { $due }
       *[no] { $nominal } (the month has no day { $day }: its last day)
    }
   *[no] { $moved ->
        [yes] { $nominal }, not a working day → next working day { $due }
       *[no] { $nominal }
    }
}
deadline-how-quarter = quarter Q{ $quarter } { $year }; { $how }
deadline-how-window = { $moved ->
    [yes] expiry { $expiry }: window opens { $opens } ({ $term } before), closes { $due } ({ $limit } is not a working day: the last working day before it)
   *[no] expiry { $expiry }: window opens { $opens } ({ $term } before), closes { $due }
}
deadline-how-waiting = posted { $posted }; { $term } pass on { $passed }; apply from { $allowed }
deadline-how-annual = { $moved ->
    [yes] { $nominal }, not a working day → next working day { $due }
   *[no] { $nominal }
}

## Deadlines: the status on a day

deadline-status-on-time = done on time
deadline-status-late = done late by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deadline-status-due-today = due today
deadline-status-due = due in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deadline-status-overdue = overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deadline-status-not-open = window opens in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deadline-status-waiting = application allowed in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deadline-status-open = application allowed

deadline-not-required = not required on { $date }: { $reason }

## Fines

fine-violation-esutd-late = information entered into ESUTD late
fine-violation-esutd-missing = information not entered into ESUTD
fine-violation-esutd-incomplete = incomplete information in ESUTD (one of the seven Order 353 fields missing)
fine-violation-esutd-inaccurate = inaccurate information in ESUTD
fine-violation-foreign-labour-report = monthly foreign-labour report not submitted
fine-violation-foreign-worker-without-contract = a person (a foreign worker, or anyone) admitted to work without an employment contract
fine-no-sanction = no sanction in force on { $on } ({ $act })
fine-article-coao = CoAO art. { $article } part { $part }

## The production calendar

calendar-reason-holiday = { $rest ->
    [carried] { $name } (falls on a rest day; carried over to { $to })
    [religious] { $name } (falls on a rest day; religious days are not carried over)
   *[no] { $name }
}
calendar-reason-carry-over = carry-over of { $name } ({ $from })
calendar-reason-transfer-day-off = transfer: day off in exchange for { $worked } worked
calendar-reason-transfer-worked = transfer: worked in exchange for { $off } off
calendar-year-provisional = { $year } (provisional)
calendar-no-years = no years
calendar-error-year-not-covered = no production calendar for { $year }: kzcomply has { $known }. A year is added to the rules (a `calendar.year` value, and any transfer order) once its calendar is published; kzcomply does not extrapolate one
calendar-error-reversed = the range is reversed: { $from } is after { $to }

## Entity size (Entrepreneurial Code art. 24)

size-people = { $count } people
size-people-outstaffed = { $count } people ({ $own } own + { $outstaffed } outstaffed received)
size-income = income { $income } MRP
size-reason-large-headcount = large: { $people } > { $limit }
size-reason-large-income = large: { $income } > { $limit } MRP
size-reason-micro-headcount = micro: { $people } ≤ { $limit }
size-reason-micro-income = micro: { $income } ≤ { $limit } MRP
size-reason-small = small: { $people } ≤ { $headcount_limit } and { $income } ≤ { $income_limit } MRP
size-reason-medium-headcount = medium: { $people } > { $limit }, and neither limit of a large business is passed
size-reason-medium-income = medium: { $income } > { $limit } MRP, and neither limit of a large business is passed

## Payroll: the trace's lines

payroll-label-opv = Pension contribution (OPV), withheld
payroll-label-vosms = Health insurance contribution (VOSMS), withheld
payroll-label-ipn = Individual income tax (IPN), withheld
payroll-label-net = Net pay
payroll-label-opvr = Employer pension contribution (OPVR)
payroll-label-so = Social contributions (SO)
payroll-label-oosms = Health insurance deductions (OOSMS)
payroll-label-social-tax = Social tax
payroll-label-employer-cost = Employer's total cost

payroll-status-citizen = citizen
payroll-status-foreign-resident = foreign-resident
payroll-status-eaeu = eaeu
payroll-status-foreign-nonresident = foreign-nonresident
payroll-pensioner-age = pensioner by age
payroll-pensioner-seniority = long-service (seniority) pensioner

payroll-value-none = none (does not apply)
payroll-value-rate-none = none

payroll-fn-min = min({ $a }, { $b })
payroll-fn-max = max({ $a }, { $b })
payroll-fn-clamp = clamp({ $value }, { $floor }, { $cap })
payroll-limit-cap = cap { $limit } applied
payroll-limit-floor = floor { $limit } applied
payroll-base-gross = gross { $gross }
payroll-base-gross-less-opv = gross − OPV { $amount }
payroll-base-social-tax = gross − OPV − VOSMS { $amount }
payroll-base-social-tax-no-floor = (gross − OPV − VOSMS { $amount }; no floor: { $event ->
    [hired-dismissed] hired and dismissed this month
    [hired] hired this month
    [dismissed] dismissed this month
   *[none] {""}
})

payroll-exempt-status = 0: does not apply to status { $status }
payroll-exempt-pensioner = 0: not charged for { $kind ->
    [age] a pensioner by age
   *[seniority] a recipient of long-service (seniority) pension payments
} ({ $condition })
payroll-exempt-disability = 0: not charged for a person with a group { $group } disability
payroll-exempt-born-before = 0: not charged for a person born before { $date }

payroll-formula-ipn-taxable = taxable = gross { $gross } − OPV { $opv } − VOSMS { $vosms } − personal deduction { $personal }{ $disability ->
    [yes] { " " }− disability deduction { $disability_deduction }
   *[no] {""}
}{ $low ->
    [yes] { " " }− { $low_rate } low-income adjustment { $adjustment }
   *[no] {""}
} = { $taxable }
payroll-formula-ipn-non-resident = taxable = gross { $gross }
payroll-formula-ipn = { $taxable_formula }; IPN = { $rate } × { $taxable } = { $ipn }
payroll-formula-ipn-ytd = { $taxable_formula }; IPN = tax({ $scale }) on year-to-date taxable { $ytd } + { $taxable } = { $total }, less { $withheld } = { $ipn }
payroll-ipn-scale-two = { $rate } up to { $threshold } a year, { $higher } above
payroll-ipn-scale-flat = { $rate } flat
payroll-ipn-withheld-given = IPN withheld earlier this year { $withheld }
payroll-ipn-withheld-computed = the tax on the earlier taxable income
payroll-formula-net = gross { $gross } − OPV { $opv } − VOSMS { $vosms } − IPN { $ipn } = { $net }
payroll-formula-social-tax-offset = { $rate } × { $base } = { $before }, less SO { $so } = { $amount }
payroll-formula-employer-cost = gross { $gross } + OPVR { $opvr } + SO { $so } + OOSMS { $oosms } + social tax { $social_tax } = { $cost }

payroll-note-low-income = gross ≤ { $ceiling }: the { $rate } adjustment applies
payroll-note-no-personal-deduction = the employee has not asked for the personal deduction at this employer
payroll-note-deduction-income = personal deduction { $applied } instead of { $full }: it cannot exceed the income after OPV and VOSMS
payroll-note-deduction-yearly = personal deduction { $applied } instead of { $full }: the yearly limit { $cap } is nearly used up
payroll-note-non-resident = non-resident: taxed on gross, without deductions
payroll-note-above-threshold = { $amount } of this month's taxable income is above the annual threshold
payroll-note-pensioner-charged = { $kind }: charged, because { $parameter } does not list { $condition }
payroll-note-opvr-no-birth-date = birth date not given: OPVR charged (it does not apply to people born before { $date })
payroll-note-floor-waived = { $event ->
    [hired-dismissed] hired and dismissed this month
    [hired] hired this month
    [dismissed] dismissed this month
   *[none] {""}
}: the floor { $floor } does not apply in the month of hiring or dismissal (social_tax.floor_waived_in_hire_or_dismissal_month)
payroll-note-floor-not-waived = { $event ->
    [hired-dismissed] hired and dismissed this month
    [hired] hired this month
    [dismissed] dismissed this month
   *[none] {""}
}, but the floor { $floor } applies: the rules for { $period } have no exception for the month of hiring or dismissal (social_tax.floor_waived_in_hire_or_dismissal_month = false)
payroll-note-rounding = every line is rounded { $mode } to a multiple of { $step }

payroll-error-no-gross = no gross up to { $max } tenge a month gives a net of { $net }

## The rules

rules-error-invalid = { $count } problem(s) in the rules:
rules-error-missing = the rules have no parameter `{ $key }`
rules-error-not-in-force = no rules in force for `{ $key }` on { $date } (the rules cover { $known })
rules-known-range = { $from } to { $to }
rules-known-from = from { $from }
rules-known-never = never
rules-known-none = none
rules-provisional-calendar = production calendar { $year }

## IIN and BIN

id-error-shape-empty = must be exactly 12 digits (found nothing)
id-error-shape = must be exactly 12 digits (found `{ $found }`)
id-error-birth-date = positions 1–6 are not a real birth date (YYMMDD): { $date }
id-error-century = position 7 (century and sex) must be 1–6, found { $found }
id-error-month = positions 3–4 (registration month) must be 01–12, found { $found }
id-error-entity-type = position 5 (entity type) must be 4, 5 or 6, found { $found }
id-error-unit = position 6 (unit attribute) must be 0–3, found { $found }
id-error-check-digit = the check digit is { $found }, the other digits require { $expected }
id-error-no-check-digit = no check digit is possible (both weight passes give 10): the number cannot be valid
id-bin-entity-4 = resident legal entity
id-bin-entity-5 = non-resident legal entity
id-bin-entity-6 = individual entrepreneur in joint entrepreneurship
id-bin-unit-0 = head unit
id-bin-unit-1 = branch
id-bin-unit-2 = representative office
id-bin-unit-3 = peasant farm in joint entrepreneurship
id-sex-male = male
id-sex-female = female

## Amounts typed by people, and where a rule value comes from

money-error-empty = empty amount
money-error-not-a-number = '{ $text }' is not a number
money-error-too-precise = '{ $text }' has more than two decimals (tiyn are the smallest unit)
money-error-too-large = '{ $text }' is above the largest amount accepted, 1,000,000,000,000 tenge
money-error-negative = '{ $text }' is negative
rules-origin-built-in = built-in
rules-origin-rules-file = rules file { $file }
rules-origin-overlay = overlay { $file }
rules-origin-entered = entered by { $by } on { $on }

## The rules data's own words: official titles of acts, notes, holiday names (English = the rules' text, verbatim)

law-source-deadlines-esutd-new-contract = Order of the Minister of Labour and Social Protection No. 353 of 3 Sep 2020, Rules for submitting and receiving information on an employment contract in ESUTD
law-source-deadlines-esutd-amendment = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-termination = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-reinstatement = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-correction = { law-source-deadlines-esutd-new-contract }
law-note-deadlines-esutd-correction = PwC (2020) reads 30 calendar days; KPMG and Acsour (2026) and the uchet.kz article on the 2026 fines read 30 working days. Configurable: change the term here.
law-source-deadlines-migration-arrival-notification = Rules of entry and stay of immigrants in RK (Government Decree No. 148 of 21 Jan 2012); eGov service 'notification of the arrival of immigrants'
law-source-deadlines-migration-immigrant-registration = Rules of entry and stay of immigrants (Government Decree No. 148 of 21 Jan 2012) before the MIA Rules of 2025: no registration by the immigrant; the stay was registered by the receiving party's arrival notification (3 working days)
law-source-deadlines-migration-immigrant-registration-2 = Order of the Minister of Internal Affairs of RK of 17 Nov 2025 No. 923, Rules for the registration of immigrants in RK (in force 1 Jul 2026): immigrants arriving from states with which a stay of up to 90 days is established register with the internal affairs bodies no later than the 30th calendar day from crossing the state border, unless a ratified treaty provides otherwise
law-note-deadlines-migration-immigrant-registration = The 30-day registration of immigrants from visa-free states applies from 1 Jul 2026 (MIA Order No. 923 of 17 Nov 2025); before that the receiving party's arrival notification within 3 working days registered the stay. The Order's rule for people who entered before 1 Jul 2026 and stay on was not found.
law-note-deadlines-migration-immigrant-registration-2 = The 30th day is counted with the entry day as day 0 (Civil Code art. 173: a period runs from the next day), so entry + 30, and a 30th day that is not worked moves to the next working day (art. 175). The reports agree on the term; the Order's own text and its counting were not read. Registration is online and open every day: registering by entry + 29 is safe under any reading.
law-source-deadlines-migration-address-change-registration = Rules of entry and stay of immigrants (Government Decree No. 148 of 21 Jan 2012) before the MIA Rules of 2025: no re-registration by the immigrant; the receiving party notified the new address (3 working days, like an arrival)
law-source-deadlines-migration-address-change-registration-2 = Order of the Minister of Internal Affairs of RK of 17 Nov 2025 No. 923, Rules for the registration of immigrants in RK (in force 1 Jul 2026): after a change of address the immigrant registers at the new address within five working days; the registration at the old address ends automatically
law-note-deadlines-migration-address-change-registration = Re-registration by the immigrant within 5 working days of a move applies from 1 Jul 2026 (MIA Order No. 923 of 17 Nov 2025); before that the receiving party notified the new address within 3 working days.
law-note-deadlines-migration-address-change-registration-2 = Read from English-language reports of the Order; the Russian paragraph was not retrieved. The day of the move is not counted (Civil Code art. 173).
law-source-deadlines-foreign-workers-mentor-appointment = Order of the Minister of Labour No. 197 of 18 Jun 2024, Rules for organising mentoring
law-note-deadlines-foreign-workers-mentor-appointment = Counted from the foreign worker's first working day (the most natural reading).
law-source-deadlines-foreign-workers-monthly-report = Order of the Deputy PM and Minister of Labour No. 279 of 30 Jun 2023, Rules for issuing permits to employers to attract foreign labour, p. 78 and annex 11
law-note-deadlines-foreign-workers-monthly-report = In February (28 or 29 days) the last day of February. kzcomply reads the deadline as the 30th of the reporting month itself.
law-source-deadlines-foreign-workers-permit-extension-earliest = Order No. 279 of 30 Jun 2023, Rules for issuing permits to employers to attract foreign labour (extension)
law-source-deadlines-foreign-workers-permit-extension-latest = { law-source-deadlines-foreign-workers-permit-extension-earliest }
law-note-deadlines-foreign-workers-permit-extension-latest = A limit counted back from the expiry: when it falls on a non-working day kzcomply moves it to the previous working day, never later.
law-source-deadlines-foreign-workers-vacancy-posting = Order No. 279 of 30 Jun 2023 as in force before Order No. 93: no general labour-market test
law-source-deadlines-foreign-workers-vacancy-posting-2 = Order No. 279 as amended by Order No. 93 of 28 Mar 2025 (in force 1 Sep 2025): post on enbek.kz, apply after 15 calendar days quoting the vacancy's publication code
law-note-deadlines-foreign-workers-vacancy-posting = No vacancy posting was required before an application filed before 1 Sep 2025.
law-note-deadlines-foreign-workers-vacancy-posting-2 = kzcomply allows the application on the 16th day after posting: the 15 full days after the posting day must have passed.
law-source-deadlines-foreign-workers-quota-application-default = Rules for setting and distributing the quota (Government Decree No. 802 of 15 Dec 2016); regional employment departments' announcements
law-note-deadlines-foreign-workers-quota-application-default = Regions set their own dates some years: add a parameter deadlines.foreign_workers.quota_application.<region> and pass --region.
law-source-deadlines-foreign-workers-quota-application-astana = Astana employment department announcement for the 2025 quota
law-source-deadlines-tax-form-200 = Tax Code of RK of 25 Dec 2017 No. 120-VI: declaration for IPN and social tax (form 200.00), filed quarterly by the 15th of the second month after the quarter
law-source-deadlines-tax-form-200-2 = Tax Code of RK of 18 Jul 2025 No. 214-VIII (in force 1 Jan 2026): form 200.00 stays quarterly, due the 15th of the second month after the quarter
law-source-deadlines-tax-payroll-payment = Tax Code of RK of 25 Dec 2017 No. 120-VI and the Social Code: payroll taxes and contributions are paid by the 25th of the month following the month of payment of income
law-source-deadlines-tax-payroll-payment-2 = Tax Code of RK of 18 Jul 2025 No. 214-VIII (IPN at source, social tax), the Social Code (OPV, OPVR, SO) and the Law on OSMS: paid by the 25th of the month following the month of payment
law-source-fines-esutd-first-official = CoAO of RK of 5 Jul 2014 No. 235-V, art. 98 before Law No. 257-VIII: no sanction for ESUTD entries
law-source-fines-esutd-first-official-2 = CoAO of RK art. 98 part 1-1 (added by Law No. 257-VIII of 9 Jan 2026, in force 12 Mar 2026)
law-note-fines-esutd-first-official = CoAO art. 98 parts 1-1 and 2-1 apply only to violations from 12 March 2026 (Law No. 257-VIII of 9 Jan 2026); a violation before that date is not finable under them.
law-source-fines-esutd-first-small = { law-source-fines-esutd-first-official }
law-source-fines-esutd-first-small-2 = { law-source-fines-esutd-first-official-2 }
law-note-fines-esutd-first-small = { law-note-fines-esutd-first-official }
law-source-fines-esutd-first-medium = { law-source-fines-esutd-first-official }
law-source-fines-esutd-first-medium-2 = { law-source-fines-esutd-first-official-2 }
law-note-fines-esutd-first-medium = { law-note-fines-esutd-first-official }
law-source-fines-esutd-first-large = { law-source-fines-esutd-first-official }
law-source-fines-esutd-first-large-2 = { law-source-fines-esutd-first-official-2 }
law-note-fines-esutd-first-large = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-official = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-official-2 = CoAO of RK art. 98 part 2-1 (added by Law No. 257-VIII of 9 Jan 2026, in force 12 Mar 2026)
law-note-fines-esutd-repeat-official = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-small = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-small-2 = { law-source-fines-esutd-repeat-official-2 }
law-note-fines-esutd-repeat-small = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-medium = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-medium-2 = { law-source-fines-esutd-repeat-official-2 }
law-note-fines-esutd-repeat-medium = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-large = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-large-2 = { law-source-fines-esutd-repeat-official-2 }
law-note-fines-esutd-repeat-large = { law-note-fines-esutd-first-official }
law-source-fines-foreign-labour-report-first-any = CoAO of RK art. 98 (violation of the rules on attracting foreign labour: failure to submit information)
law-note-fines-foreign-labour-report-first-any = Part 5 per dos-immigration.kz (2022); the part number and whether the repeat has its own part were not confirmed in the current text of the Code.
law-source-fines-foreign-labour-report-repeat-any = CoAO of RK art. 98 (repeat within one year after an administrative penalty)
law-note-fines-foreign-labour-report-repeat-any = { law-note-fines-foreign-labour-report-first-any }
law-source-fines-without-contract-first-official = CoAO of RK art. 86 part 1 (admitting a person to work without an employment contract; as worded by Law No. 415-V of 23 Nov 2015, in force 1 Jan 2016)
law-source-fines-without-contract-first-small = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-first-medium = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-first-large = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-repeat-any = CoAO of RK art. 86 part 2 (admitting a person to work without an employment contract; as worded by Law No. 415-V of 23 Nov 2015, in force 1 Jan 2016)
law-note-fines-without-contract-repeat-any = The per-class amounts of part 2 were not found (probably 60/80/100/200 like art. 98 part 2-1); kzcomply gives the range the sources agree on.
law-source-entity-size-micro-headcount = Entrepreneurial Code of RK No. 375-V, art. 24 p. 2
law-source-entity-size-micro-income = { law-source-entity-size-micro-headcount }
law-source-entity-size-small-headcount = Entrepreneurial Code of RK No. 375-V, art. 24 p. 3
law-source-entity-size-small-income = { law-source-entity-size-small-headcount }
law-source-entity-size-medium-headcount = Entrepreneurial Code of RK No. 375-V, art. 24 p. 4-5
law-source-entity-size-medium-income = { law-source-entity-size-medium-headcount }
law-source-calendar-year = Order of the acting Minister of Labour and Social Protection of 17 Apr 2024 'On the transfer of a day of rest in 2024' (Labour Code art. 85 p. 3): Saturday 4 May worked, Wednesday 8 May off
law-source-calendar-year-2 = Order of the Minister of Labour and Social Protection on the transfer of a day off in 2025 (Labour Code art. 85 p. 3): Sunday 5 January worked, Friday 3 January off
law-source-calendar-year-3 = Official 2026 production calendar and working-time balance of the Ministry of Labour and Social Protection (5 Dec 2025; eGov list of 2 Jan 2026): carry-overs only, no transfers, 246 working days; overridden for 30/31 August by the Constitution adopted at the referendum of 15 Mar 2026 (art. 94, in force 1 Jul 2026) and the Ministry's statement of 18 Mar 2026
law-source-calendar-year-4 = Computed by kzcomply, nothing published: the Law 'On holidays' No. 267-II as it stands (holidays, art. 5 carry-over; it still names 30 August, which the new Constitution replaces), the Constitution adopted at the referendum of 15 Mar 2026, art. 94 p. 2 (Constitution Day on the day of its adoption, 15 March), and Labour Code arts. 84 (holidays and religious days off are not worked) and 85 (transfers of days off by the labour ministry); no 2027 transfer order or Kurban Ait date yet
law-differs-calendar-year = Mon 2026-08-31 is a working day: the published calendar still has it off as the carry-over of Constitution Day (Sun 30 Aug), but 30 August stops being Constitution Day when the 1995 Constitution ceases on 1 Jul 2026 (Constitution of 15 Mar 2026, art. 94; Ministry of Labour, 18 Mar 2026). 247 working days, not 246; August 21, not 20.
law-title-holidays-new-year = New Year (Жаңа жыл)
law-source-holidays-new-year = Law of RK 'On holidays in the Republic of Kazakhstan' of 13 Dec 2001 No. 267-II, art. 2 and 5
law-title-holidays-orthodox-christmas = Orthodox Christmas (religious day off)
law-source-holidays-orthodox-christmas = Labour Code of RK art. 84 p. 5; Law 'On holidays' art. 5: a religious day off, not carried over
law-title-holidays-womens-day = International Women's Day
law-source-holidays-womens-day = Law of RK 'On holidays in the Republic of Kazakhstan' No. 267-II, art. 2 and 5
law-title-holidays-constitution-day-15-march = Constitution Day (15 March, the day of the 2026 referendum)
law-source-holidays-constitution-day-15-march = Constitution of RK adopted at the republican referendum of 15 Mar 2026, art. 94 p. 2: the day the Constitution was adopted at the referendum is a state holiday, Constitution Day; p. 1: in force 1 Jul 2026, when the Constitution of 30 Aug 1995 ceases
law-title-holidays-nauryz = Nauryz meiramy
law-source-holidays-nauryz = Law of RK 'On holidays in the Republic of Kazakhstan' No. 267-II, art. 1 and 5
law-title-holidays-unity-day = Day of Unity of the People of Kazakhstan
law-source-holidays-unity-day = { law-source-holidays-womens-day }
law-title-holidays-defender-day = Defender of the Fatherland Day
law-source-holidays-defender-day = { law-source-holidays-womens-day }
law-title-holidays-victory-day = Victory Day
law-source-holidays-victory-day = { law-source-holidays-womens-day }
law-title-holidays-kurban-ait = Kurban Ait, first day (religious day off)
law-source-holidays-kurban-ait = Labour Code art. 84 p. 5; date set by the Ministry of Labour with the Spiritual Administration of Muslims for 2024 (a Sunday: no weekday off)
law-source-holidays-kurban-ait-2 = Labour Code art. 84 p. 5; 2025 date set by the Ministry of Labour with the Spiritual Administration of Muslims
law-source-holidays-kurban-ait-3 = Labour Code art. 84 p. 5; official 2026 production calendar
law-source-holidays-kurban-ait-4 = Estimate: 10 Dhu al-Hijja 1448 AH; the official date is set late in 2026
law-title-holidays-capital-day = Capital Day
law-source-holidays-capital-day = { law-source-holidays-womens-day }
law-title-holidays-constitution-day-30-august = Constitution Day (30 August, the 1995 Constitution)
law-source-holidays-constitution-day-30-august = Law of RK 'On holidays' No. 267-II, art. 2 (Constitution Day, 30 August, the day of the 1995 referendum); ends when the 1995 Constitution ceases on 1 Jul 2026 (Constitution of 15 Mar 2026, art. 94 p. 1); Ministry of Labour and Social Protection, 18 Mar 2026: from this year 30 August is no longer Constitution Day and not a day off
law-title-holidays-republic-day = Republic Day
law-source-holidays-republic-day = Law of RK 'On holidays' No. 267-II, art. 1 (Republic Day restored as a national holiday in 2022)
law-title-holidays-independence-day = Independence Day
law-source-holidays-independence-day = Law of RK 'On holidays' No. 267-II, art. 1 (16 December only in the current list)
law-title-mrp = Monthly calculation index (МРП / MRP / MCI)
law-title-mzp = Minimum monthly wage (МЗП / MZP / MMW)

# Hiring plans (en): foreign-hire pathway, trips, advise, quote, vet, contract-check, and their
# command-line output. The English is the source text: it must stay word for word what the JSON
# contracts and the golden tests expect.

## Shared words

plan-no-term = no term
plan-none = none
plan-or = { $first } or { $last }
plan-duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
plan-duration-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
plan-duration-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
plan-up-to-days = { $n ->
    [one] up to { $n } day
   *[other] up to { $n } days
}
plan-up-to-months = { $n ->
    [one] up to { $n } month
   *[other] up to { $n } months
}
plan-up-to-years = { $n ->
    [one] up to { $n } year
   *[other] up to { $n } years
}
plan-validity-no-extension = { $initial }; no extension
plan-validity-once = { $initial }; extended by { $extension } once
plan-validity-times = { $initial }; extended by { $extension } at most { $times } times
plan-validity-unlimited = { $initial }; extended by { $extension } (no limit stated on the number of extensions)
plan-category-1 = category 1 (first heads and deputies)
plan-category-2 = category 2 (heads of structural units)
plan-category-3 = category 3 (specialists)
plan-category-4 = category 4 (skilled workers)
plan-category-seasonal = seasonal worker
plan-category-ict = intra-corporate transfer (ICT)
plan-source-low-note = { $act } (confidence low: { $note })
plan-source-low = { $act } (confidence low)
plan-month-day-1 = { $day } January
plan-month-day-2 = { $day } February
plan-month-day-3 = { $day } March
plan-month-day-4 = { $day } April
plan-month-day-5 = { $day } May
plan-month-day-6 = { $day } June
plan-month-day-7 = { $day } July
plan-month-day-8 = { $day } August
plan-month-day-9 = { $day } September
plan-month-day-10 = { $day } October
plan-month-day-11 = { $day } November
plan-month-day-12 = { $day } December
plan-month-1 = { $year }-01
plan-month-2 = { $year }-02
plan-month-3 = { $year }-03
plan-month-4 = { $year }-04
plan-month-5 = { $year }-05
plan-month-6 = { $year }-06
plan-month-7 = { $year }-07
plan-month-8 = { $year }-08
plan-month-9 = { $year }-09
plan-month-10 = { $year }-10
plan-month-11 = { $year }-11
plan-month-12 = { $year }-12
plan-cli-basis = basis: { $basis }
plan-cli-note = note: { $note }
plan-yes = yes
plan-no = no

## Foreign hire: who needs what

-hire-c5-note = C5 is the business-immigrant visa (founding or running a business): it does not allow employment.
hire-exempt-head-of-branch = the head of a branch or representative office of a foreign legal entity
hire-exempt-foreign-owned-ceo = the first head of a company with 100% foreign participation
hire-exempt-aifc = an employee of an Astana International Financial Centre participant
hire-exempt-astana-hub = an employee of an Astana Hub participant
hire-exempt-intergovernmental-teacher = a teacher under an intergovernmental agreement
hire-error-citizenship-code = `{ $value }` is not an ISO 3166 two-letter country code (e.g. IN, RU, DE)
hire-error-citizenship-kz = KZ is Kazakhstan: a citizen needs no permit, quota or visa (only the ESUTD registration of the contract)
hire-error-region = name the region (oblast or city) where the person will work
hire-error-permit-term-range = the term runs past year 9999
hire-error-permit-term = { $term } is not allowed for { $category }: the permit runs { $choices }
hire-error-out-of-range = { $date } is outside the supported range
hire-permit-resident = A holder of a Kazakh permanent residence permit works without a work permit.
hire-permit-eaeu = { $country } is a member of the Eurasian Economic Union: its citizens work in Kazakhstan without a permit and outside the quota ({ $act }).
hire-permit-exempt = As { $status } the person is on the list of persons exempt from the work permit (Government Decree No. 802 of 15 Dec 2016; confidence medium): a C3 visa is issued without a permit.
hire-permit-needed = A foreign national without an exempt status needs the employer's permit to attract foreign labour for { $category } (Order No. 279 of 30 Jun 2023).
hire-quota-needed = The permit is issued within the region's annual quota: the employer must have asked for quota places for this region and year.
hire-quota-ict = An intra-corporate transfer is outside the quota and free of the state fee, but still needs a permit.
hire-quota-none = No permit, so no quota place.
hire-visa-resident = A permanent resident needs no visa. { -hire-c5-note }
hire-visa-eaeu = EAEU citizens enter without a visa. { -hire-c5-note }
hire-visa-free = { $country } citizens enter Kazakhstan without a visa; the work permit is still needed. { -hire-c5-note }
hire-visa-c3 = C3 is the work visa, issued on the basis of the permit (or of the exempt status), single-entry up to 90 days or multiple-entry for the permit's term. { -hire-c5-note }

## Foreign hire: where the law is unclear

hire-unclear-visa-free = Visa: { $country } is on kzcomply's list of visa-free CIS states ({ $act }; confidence low): check the current regime with the consulate.
hire-unclear-category-4 = Category 4: the permit cannot be extended, and the employer takes on obligations to replace foreign skilled workers with citizens (Order No. 279); a permit is refused for 12 months if they are not met.
hire-unclear-seasonal = Seasonal permits are issued only for professions on the seasonal-work list under the Employment law; check the profession is on it.
hire-unclear-ict = ICT: Order No. 197 names foreign workers of categories 1-4 as mentors; whether an ICT transferee must mentor is not stated, so no mentoring step is planned. ICT transferees may be at most 50% of the Kazakhstani staff of the same category (confidence medium). Order No. 93 makes ESUTD registration of ICT contracts mandatory, while older practice needs no Kazakh employment contract for a transferee.
hire-unclear-processing = Permit processing: kzcomply plans with { $term } for the decision ({ $act }; confidence low). { $note } Apply earlier than the latest day if you can.
hire-unclear-mentoring = Mentoring: the 5-working-day clock is read from the foreign worker's first working day (the most natural reading of Order No. 197; confidence low).
hire-unclear-registration-eaeu = Registration: the 30-day registration of visa-free immigrants (MIA Order No. 923, from 1 Jul 2026) yields to ratified treaties; the EAEU Treaty (art. 97) frees EAEU workers from registration for 30 days from entry, so kzcomply plans their temporary-residence step instead (confidence medium).
hire-unclear-registration-visa = Registration: the 30-day registration in IS Migration Police (MIA Order No. 923, from 1 Jul 2026) is for immigrants staying visa-free; a { $visa } holder stays on the visa and is registered through the receiving party's arrival notification, so kzcomply plans no separate registration (confidence low).
hire-unclear-registration-later = Registration: the entry ({ $arrived }) is before the 30-day registration of visa-free immigrants starts on { $from } (MIA Order No. 923); the Order's rule for people already in Kazakhstan then was not found: ask the migration police whether to register from { $from }.

## Foreign hire: the steps (title, basis, notes)

hire-basis = { $rule } — { $act }
hire-basis-after-entry = { $term } after entry — { $act }
hire-unstated-term = an unstated term
hire-note-provisional = The date rests on a provisional calendar year.
hire-note-uncovered = The production calendar for { $year } is not in the rules yet (kzcomply has { $years }): the date is not moved off weekends or holidays.
hire-note-moved-before = { $nominal } is not a working day: the working day before it.
hire-note-moved-after = { $nominal } is not a working day: the next working day.
hire-step-visa = Apply for the C3 work visa (after the permit is issued, before the journey)
hire-step-visa-basis = Joint order of the MFA and MIA on visas (adilet V1600014531): C3 for work on the basis of a permit
hire-step-visa-exempt = Apply for the C3 work visa on the basis of the exempt status
hire-step-visa-exempt-basis = Joint order of the MFA and MIA on visas (adilet V1600014531); dos-immigration.kz (C3 without a permit)
hire-note-exempt-reports = Shown for the first 12 months: the report is monthly while the person works. Whether exempt persons are reported is read from the permit rules' p. 35 reference (confidence medium).
hire-step-esutd-registration = Register the employment contract (signed { $signed }) in ESUTD
hire-step-permit-decision = The permit must be issued (last working day before the start)
hire-step-permit-decision-basis = Order No. 279 of 30 Jun 2023: no work without the permit
hire-note-permit-decision = Allow time for the C3 visa too: the permit comes before the visa.
hire-step-permit-application = Apply for the permit (latest day for a decision by { $decision })
hire-step-permit-application-basis = the authority decides within { $term } — { $act }
hire-step-vacancy-posting = Post the vacancy on the Electronic Labour Exchange (enbek.kz) — latest day
hire-step-vacancy-posting-basis = the application is allowed after { $term } from posting, quoting the vacancy's publication code — { $act }
hire-note-vacancy-posting = A qualified Kazakhstani candidate who applies and is refused without good reason can sink the application.
hire-step-quota-application = Quota application for { $year } in { $region } (filed the year before)
hire-step-quota-application-basis = Government Decree No. 802 of 15 Dec 2016 (quota distribution)
hire-note-quota-application = If this day has passed, the permit can only come from the quota the region has left for { $year }: ask its employment department.
hire-step-mentor-appointment = Appoint the foreign worker mentor to Kazakhstani staff by an employer's act, with a mentoring plan
hire-step-mentoring-period = Mentoring runs { $min } to { $max } from the appointment: it may end from { $opens }, at the latest on { $ends }
hire-step-mentor-report = The mentor reports on the mentoring ({ $term } before it ends on { $ends })
hire-note-mentor-report = If the mentoring ends earlier (not before the window opens), the report is due that many working days before the earlier end.
hire-note-longest = With every extension the permit can run until { $date }.
hire-note-no-extension-limit = No limit on the number of extensions is stated.
hire-step-permit-expiry = The permit ({ $term }, issued { $issued }) expires
hire-step-permit-extension = Apply to extend the permit (window)
hire-note-permit-extension = Not extended if the quota is exhausted or the 70%/90% local-content ratios are broken.
hire-step-permit-extension-basis = no earlier than { $open } and no later than { $close } before expiry — { $act }
hire-step-permit-ends = { $category } permits cannot be extended: plan the end of work or a new permit
hire-step-business-trips = Business trips outside { $region }: at most { $limit } per calendar year under this permit (track them with `kzcomply trips`)
hire-step-foreign-labour-report = Monthly foreign-labour report for { $month }
hire-step-foreign-labour-report-basis = by day 30 of the month — Order No. 279, p. 78 and annex 11
hire-note-arrival-assumed = Arrival assumed on the start day (give --arrival).
hire-step-arrival-notification = Notify the migration service of the arrival ({ $arrived }) — the receiving party
hire-step-temporary-residence = Register the stay: temporary residence for the contract's term (needs the ESUTD-registered contract)
hire-note-entry-assumed = Entry assumed on the start day (give --arrival).
hire-step-immigrant-registration = Register the stay in IS Migration Police (entry { $arrived }): the immigrant enters the data, the host confirms in the mobile app
hire-step-address-change-registration = After any change of address: register at the new address within { $term } of the move
hire-step-address-change-registration-basis = { $term } after the move — { $act }
hire-note-address-change-registration = A condition, not a date: for a move on day M the due day is `kzcomply deadline address-change-registration --date M`. The registration at the old address ends by itself.

## Foreign hire: localisation after the hire

hire-group-managers = categories 1–2 (managers)
hire-group-specialists = categories 3–4 (specialists and skilled workers)
hire-localisation-crossing = This hire takes the company over { $line } people: from now on the ratios apply.
hire-localisation-why-branch = a branch of a foreign company with at most { $limit } people
hire-localisation-why-small = at most { $line } people
hire-localisation-not-apply = { $after } people after the hire: the ratios do not apply ({ $why }).
hire-localisation-seasonal = { $after } people after the hire; a seasonal worker is in neither ratio group.{ $crossing }
hire-localisation-holds = { $after } people after the hire. { $group }: { $citizens } of { $size } citizens ({ $share }) — at least { $minimum }% holds.{ $crossing }
hire-localisation-breaks = { $after } people after the hire. { $group }: { $citizens } of { $size } citizens ({ $share }) is below { $minimum }%: { $short } more citizen(s) needed first. Permits are not issued or extended while a ratio is broken.{ $crossing }

## Foreign hire: the command line

hire-cli-title = Foreign hire: { $citizenship } citizen, { $category }, starting { $start } in { $region }
hire-cli-permit = Work permit needed: { $needed ->
    [yes] yes
   *[no] no
}. { $reason }
hire-cli-quota = Quota place needed: { $needed ->
    [yes] yes
   *[no] no
}. { $reason }
hire-cli-visa = Visa: { $visa }. { $reason }
hire-cli-permit-term = Permit: { $term } from { $issued } to { $expires } ({ $validity }).
hire-cli-localisation-survives = Localisation: the ratios survive. { $message }
hire-cli-localisation-breaks = Localisation: THE RATIOS BREAK. { $message }
hire-cli-plan = Plan (dates before the start are the latest days that still work):
hire-cli-reports = Monthly foreign-labour report × { $count } (the first shown)
hire-cli-reports-last = Monthly foreign-labour report × { $count } (the first shown, the last by { $last })
hire-cli-unclear = Where the law is unclear:

## Business trips

trips-row = row { $row }
trips-cell-problem = row { $row }, column { $column }: { $message }
trips-error-missing-columns = missing column(s): { $columns }. Expected: person, region, from, to (and optionally permit_region)
trips-error-cells = { $count } problem(s):
    { $lines }
trips-error-csv = the file is not valid CSV: { $error }
trips-error-not-utf8 = not UTF-8 text (save as CSV UTF-8)
trips-error-row = row { $row }: { $error }
trips-error-empty = empty
trips-error-ends-before = the trip ends ({ $to }) before it starts ({ $from })
trips-error-no-limit = the rules have no limit in calendar days on { $day }
trips-error-year = { $year } is out of range
trips-error-no-permit-region = no permit region for { $person }: add a permit_region column or give --permit-region
trips-error-date-range = date out of range
trips-cli-title = Business trips outside the permit's region in { $year } (limit { $limit } calendar days), as of { $as_of }
trips-cli-over = limit reached { $reached }, over from { $over } ({ $days } days over)
trips-cli-reached = limit reached { $date }
trips-cli-left = { $days } days left
trips-cli-used = used { $used }, planned { $planned }; { $reached }
trips-status-over-limit = OVER THE LIMIT: a permit for the other region was needed
trips-status-will-exceed = planned trips go over: shorten them or get a permit for that region
trips-status-at-limit = at the limit: no more trip days this year
trips-status-ok = ok

## EOR, PEO or direct

advise-sequence = EOR for the first hires → local hires on your own entity → PEO only once the internal pay structure is stable
advise-basis-parity = Labour Code art. 137-1 (Law No. 386-VI of 19 Dec 2020 on personnel provision): provided workers are equalised with the receiving party's staff on pay, safety, working and rest time
advise-basis-quota = Order No. 279 of 30 Jun 2023 as amended by Order No. 93 (from 1 Sep 2025): above 20 people (outstaffed and contractors counted) ≥ 70% citizens in categories 1–2 and ≥ 90% in 3–4
advise-basis-permits = Order No. 279 of 30 Jun 2023 (permits, quota) as amended by Order No. 93; Order No. 197 of 18 Jun 2024 (mentoring)
advise-basis-esutd = Order No. 353 of 3 Sep 2020 (ESUTD); CoAO art. 98 parts 1-1 and 2-1 (from 12 Mar 2026)
advise-basis-size = Entrepreneurial Code art. 24: provided workers count in the receiving party's average headcount (size class, fine tier)
advise-error-no-hires = plan at least one hire
advise-error-foreign = { $foreign } foreign hires is more than the { $planned } planned hires
advise-error-no-esutd-term = no ESUTD term in force on { $day }
advise-reason-no-entity = You have no Kazakh entity: you can be neither the employer nor the host party of outstaffed staff. An Employer of Record is a Kazakh company that becomes the legal employer: it signs the contracts, registers them in ESUTD, runs payroll and answers inspections.
advise-reason-eor-entry = EOR is the lowest-risk entry model for first hires, market tests and small teams; you define the work and pay a monthly fee.
advise-reason-peo-needs-host = A PEO needs a host with a local presence: without an entity, outstaffing is not an option.
advise-reason-compare-llp = With { $people } people in view, compare the EOR fees with running your own LLP (`kzcomply quote` shows both): direct employment has no fee.
advise-reason-first-hires = These are your entity's first hires: an EOR takes the ESUTD registration, payroll and inspections while you build the in-house capacity.
advise-reason-no-pay-structure = There is no internal pay structure yet, so a PEO's parity comparison with your direct staff has nothing stable to rest on.
advise-reason-direct-lawful = If you already run payroll and ESUTD yourself, hiring directly is just as lawful and has no fee.
advise-reason-roles-assumed = You did not say whether these roles exist among your direct staff: kzcomply assumes they do (the safer reading). Give --same-role-direct-staff no if they do not.
advise-reason-same-jobs = Your direct staff already do these jobs: outstaffed people in the same job must be paid no less than them, so a PEO saves nothing on pay and adds its fee.
advise-reason-one-employer = With a PEO the liability is shared in theory but lands on the host in practice (parity, termination instructions, quota breaches): employing directly keeps one clear employer.
advise-reason-new-roles = You have an entity and a local team, and these roles have no direct peers: a PEO can run the payroll and paperwork without a parity comparison to break.
advise-reason-choose-peo = Choose a PEO that is a Kazakh legal entity with personnel provision in its charter and registers every contract in ESUTD (`kzcomply vet`).
advise-reason-parity-later = Once the same jobs exist among your direct staff, the PEO's people may not be paid less than them.
advise-esutd-fine = a late or incomplete record is a fine of { $low }–{ $high } MRP per case (CoAO art. 98 parts 1-1 and 2-1)
advise-esutd-not-finable = on { $day } a late record is not yet finable under CoAO art. 98 (parts 1-1 and 2-1 apply from 12 Mar 2026)
advise-esutd-terms = within { $term } of signing; { $fine }
advise-duty-quota = a permit within the region's quota (requested by { $day } of the year before, unless EAEU, resident or ICT)
advise-duty-vacancy = a vacancy posted on enbek.kz { $term } before applying
advise-duty-visa = a C3 visa
advise-duty-mentor = a mentor appointment within { $term } of starting
advise-duty-reports = monthly reports
advise-trap-salary-parity = Anyone outstaffed to you must get at least the total pay (salary, bonus, allowances, benefits) of your lowest-paid direct employee in the same job. The state cross-checks ESUTD and pension data, so a gap is found without a visit.
advise-trap-headcount-crossing = These hires take you from { $before } to { $after } people, direct, outstaffed and contractors together: above { $line } the localisation ratios apply to every work permit you ask for or extend.
advise-trap-headcount-above = These hires take you { $after } people, direct, outstaffed and contractors together: above { $line } the localisation ratios apply to every work permit you ask for or extend.
advise-trap-headcount-near = After these hires you have { $after } people; { $more } more of any kind (outstaffed and contractors included) cross { $line }, and the localisation ratios apply.
advise-trap-localisation-quota = { $foreign } foreign hire(s) above { $line } people: as specialists (categories 3–4) they need at least { $specialists } Kazakhstani citizens beside them in that group ({ $specialists_min }%), as managers (categories 1–2) at least { $managers } ({ $managers_min }%). Check with `kzcomply foreign-hire --company staff.csv`.
advise-trap-work-permits = { $foreign } foreign hire(s): each needs { $duties }. Plan each with `kzcomply foreign-hire`.
advise-trap-work-permits-eor = { $foreign } foreign hire(s): each needs { $duties }. Under an EOR the permits are the EOR's: ask whether it has quota in your region and room in its own ratios. Plan each with `kzcomply foreign-hire`.
advise-trap-esutd-peo = Every contract, amendment and termination goes into ESUTD: the sending party must register a new contract { $terms }.
advise-trap-esutd-direct = Every contract, amendment and termination goes into ESUTD: you must register a new contract { $terms }.
advise-trap-size-class = { $after } people: above { $limit } the company is no longer small (Entrepreneurial Code art. 24), and every fine moves to the medium or large tier. Outstaffed staff count.
advise-name-eor = an Employer of Record (EOR)
advise-name-peo = a PEO (outstaffing to your entity)
advise-name-direct = direct employment by your own entity
advise-cli-recommendation = Recommendation: { $name }
advise-cli-why = Why:
advise-cli-no-traps = No traps apply to these numbers.
advise-cli-traps = Traps that apply to you:
advise-cli-sequence = The usual sequence: { $sequence }.

## Cost quote

quote-error-not-positive = must be more than zero
quote-error-percent = { $value } is not a percent between 0 and 100
quote-error-negative = cannot be negative
quote-error-fee-range = the fee is out of range
quote-error-monthly-range = the monthly total is out of range
quote-error-annual-range = the annual total is out of range
quote-line-opvr = employer pension contribution (OPVR)
quote-line-so = social contributions (SO)
quote-line-oosms = employer health insurance (OOSMS)
quote-line-social-tax = social tax
quote-line-opv = pension contribution (OPV)
quote-line-vosms = employee health insurance (VOSMS)
quote-line-ipn = individual income tax (IPN)
quote-note-eor = The EOR is the legal employer: contracts, ESUTD, payroll and inspections are its liability. No Kazakh entity needed.
quote-note-peo = Needs your Kazakh entity as host. Outstaffed staff may not be paid less than your direct staff in the same job, and they count toward your 20-person line and localisation ratios.
quote-note-direct = Needs your Kazakh entity, ESUTD access (hr.enbek.kz), payroll and HR capacity; no provider fee.
quote-burden-note = Employer's statutory charges on top of gross under the { $year } rules: { $percent } of gross — { $side ->
    [below] below
    [above] above
   *[within] within
} the 17–21% the PEO/EOR guide expects. The guide's table mixes years (its "2026" social tax of 11% is not the law: 2026 is 6% of the base, with no SO offset); caps and floors make the share vary with the salary. A quote far below this real figure leaves out a charge.
quote-model-eor = EOR
quote-model-peo = PEO
quote-model-direct = DIRECT
quote-cli-title = Cost quote for { $period } (resident citizen, personal deduction, nothing earlier in the year)
quote-cli-gross = Gross
quote-cli-net = Net paid to the employee
quote-cli-charges = Statutory charges
quote-cli-employer-cost = Employer cost (gross + charges)
quote-cli-fee = Provider fee
quote-cli-monthly = Total per month
quote-cli-annual = Total per year (× 12)
quote-cli-burden = Employer burden: { $percent }. { $note }
quote-cli-vat = The fee is shown as given: VAT on a provider's fee is not added.

## Provider vetting

-vet-art-137-1 = Labour Code of RK art. 1 p. 1 sp. 69-1 and art. 137-1 (Law No. 386-VI of 19 Dec 2020 on personnel provision)
-vet-guide = PEO/EOR Kazakhstan guide (red flags)
vet-kz-legal-entity = Is the provider a legal entity registered in Kazakhstan, or a registered branch of a foreign legal entity?
    .why = Only a Kazakh legal entity or a branch of a foreign one may be a sending party; individuals and individual entrepreneurs may not. Without it the arrangement is not lawful outstaffing and the liability is yours.
    .basis = { -vet-art-137-1 }
vet-charter-personnel-provision = Does its charter list personnel provision (предоставление персонала) as an activity?
    .why = A sending party must be engaged in personnel-services activity; ask for the charter page.
    .basis = { -vet-art-137-1 }
vet-registers-in-esutd = Does it register every contract, amendment and termination in ESUTD (hr.enbek.kz) on time?
    .why = The employer enters every contract within a few working days of signing (`kzcomply deadline esutd-new-contract`); since 12 Mar 2026 a late or incomplete record is fined under CoAO art. 98 (`kzcomply fine`), and the state cross-checks ESUTD against tax and pension data.
    .basis = Order No. 353 of 3 Sep 2020; CoAO art. 98 parts 1-1 and 2-1
vet-says-esutd-optional = Did it say Enbek/ESUTD registration is optional, only for locals, or 'handled later'?
    .why = Every employment relationship, outstaffed staff included, must be in ESUTD; a missing contract is detected automatically.
    .basis = Order No. 353 of 3 Sep 2020; PEO/EOR guide
vet-says-pension-not-applicable = Did it say the employer pension contribution (OPVR, the guide's "3.5%") does not apply, is exempt, or is 'included elsewhere'?
    .why = OPVR applies to almost every employee, outstaffed staff included (`kzcomply payroll` shows it and its exemptions); not collecting it builds arrears with penalties.
    .basis = Social Code of RK (OPVR, rules/kz/opvr.toml); PEO/EOR guide
vet-generic-contracts = Does it use generic (US/EU) contract templates translated into Russian or Kazakh?
    .why = A Kazakh contract needs local clauses (working conditions, safety duties, equipment and liability, Labour Code termination grounds, place of work and reporting line). Check a sample with `kzcomply contract-check`.
    .basis = Labour Code art. 28; PEO/EOR guide
vet-asked-nothing = Did it ask nothing about your salary bands, your headcount and your staff's nationalities?
    .why = Without them it cannot check salary parity, the 20-person line or the localisation ratios: it is deferring the risk to you.
    .basis = { -vet-guide }
vet-no-parity-talk = Did it never mention salary parity (or call it rarely enforced, or only for state companies)?
    .why = Outstaffed staff may not be paid less than your direct staff in the same job; the host and the sending party are both liable.
    .basis = { -vet-art-137-1 }
vet-staffing-agency = Does it describe itself as 'basically a staffing agency'?
    .why = A staffing agency sources candidates; a PEO employs them and carries the employer's duties. Blurring the two risks misclassification.
    .basis = { -vet-guide }
vet-no-threshold-talk = Did it never mention the 20-person threshold or the localisation quotas?
    .why = Outstaffed staff count in your headcount; above 20 people the 70% / 90% citizen ratios block your work permits.
    .basis = Order No. 279 as amended by Order No. 93 (from 1 Sep 2025); PEO/EOR guide
vet-summary-do-not-sign = { $count } legal condition(s) for a sending party not met: this provider cannot lawfully outstaff to you. Do not sign.
vet-summary-red-flags = { $count } red flag(s): ask for written answers with the legal basis before signing.
vet-summary-incomplete = No red flags so far, but { $count } question(s) unanswered.
vet-summary-no-flags = No red flags and every legal condition met.
vet-error-unknown-question = unknown question; the questions are { $ids }
vet-answers-file = answers file
vet-error-unknown-key = unknown key: the file has `provider` and an [answers] table
vet-error-not-text = must be text
vet-error-no-answers = missing [answers] table (question id = true or false)
vet-error-not-bool = must be true or false
vet-error-not-utf8 = not UTF-8 text
vet-cli-provider = the provider
vet-cli-title = Vetting { $name }: { $summary }
vet-cli-failed = Legal conditions not met:
vet-cli-flags = Red flags:
vet-cli-unanswered = Not answered (ask them):
vet-cli-why = why: { $why }
vet-cli-passed = { $passed } of { $total } checks passed.
vet-cli-no-file = give the answers file (kzcomply vet answers.toml), or run on a terminal to be asked; `kzcomply vet --questions` lists the questions
vet-cli-ask-provider = Provider's name:
vet-cli-ask-hint = [y/n, Enter to skip]
vet-cli-answer-yes-no = `{ $value }`: answer yes or no

## Contract check

-contract-basis-esutd = ESUTD data field (Order No. 353 of 3 Sep 2020); Labour Code art. 28
-contract-basis-code = Labour Code of RK art. 28 (content of the employment contract)
contract-employee-iin = Employee's IIN
    .basis = { -contract-basis-esutd }
    .looked-for = ИИН / IIN followed by 12 digits
contract-employer-bin = Employer's BIN (or IIN)
    .basis = { -contract-basis-esutd }
    .looked-for = БИН / BIN followed by 12 digits
contract-labour-function = Labour function: position, profession, qualification
    .basis = { -contract-basis-esutd }
    .looked-for = «на должность», «трудовая функция», "employed as", "position of", "job title"
contract-place-of-work = Place of work
    .basis = { -contract-basis-esutd }
    .looked-for = «место работы», «место выполнения работы», "place of work", "work location"
contract-contract-term = Term of the contract (fixed or indefinite)
    .basis = { -contract-basis-esutd }
    .looked-for = «на неопределённый срок», «заключён сроком на», "indefinite term", "fixed term"
contract-start-date = Date work starts
    .basis = { -contract-basis-esutd }
    .looked-for = «приступает к работе», «дата начала работы», "start date", "first working day"
contract-contract-date-number = Date and number of the contract
    .basis = { -contract-basis-esutd }
    .looked-for = «№ …» / "No. …" and a date in the heading
contract-working-conditions = Working conditions: working time and rest, and pay
    .basis = { -contract-basis-code }
    .looked-for = working time («рабочее время», "working hours") and pay («оплата труда», "salary")
contract-occupational-safety = Occupational safety and health duties
    .basis = Labour Code of RK art. 28 and section 4 (safety and labour protection)
    .looked-for = «охрана труда», «безопасность и охрана труда», "occupational safety", "health and safety"
contract-equipment-liability = Equipment provided and liability for it
    .basis = Labour Code of RK art. 28 and chapter 13 (material liability)
    .looked-for = equipment («оборудование», "equipment", "laptop") and liability («материальная ответственность», "liable", "damage") in the same clause
contract-termination-grounds = Termination on the grounds of the Labour Code
    .basis = Labour Code of RK arts. 49-58 (grounds for termination)
    .looked-for = termination («прекращение», "termination") and the Labour Code in the same clause
contract-reporting-line = Reporting line (whom the employee reports to)
    .basis = the PEO/EOR guide (inspectors look at who directs the work); Labour Code art. 28
    .looked-for = «подчиняется», "reports to", "line manager"
contract-error-not-utf8 = not UTF-8 text: save the contract as UTF-8 .txt or as .docx
contract-error-not-docx = not a .docx file (a Word document is a zip with word/document.xml): { $why }
contract-error-empty = the document has no text
contract-cli-title = { $file }: { $found } of { $total } required clauses found
contract-cli-missing = { $title } — MISSING
contract-cli-looked-for = looked for: { $words }
contract-cli-confirm = A word match can miss unusual wording: confirm each missing clause by reading the contract.

## The acts of the foreign-labour rules (rules/kz/foreign_labour.toml), exactly as the rules write
## them: a translation applies only while the rules still say this.

plan-act-foreign-labour-permit-category-1 = Order of the Deputy PM and Minister of Labour No. 279 of 30 Jun 2023, Rules for issuing and extending permits to employers to attract foreign labour (validity by category); dos-immigration.kz summary
plan-act-foreign-labour-permit-category-2 = Order No. 279 of 30 Jun 2023, Rules for issuing and extending permits (validity by category); dos-immigration.kz; newlandchase ('1 year + 3 extensions')
plan-act-foreign-labour-permit-category-3 = Order No. 279 of 30 Jun 2023, Rules for issuing and extending permits (validity by category); dos-immigration.kz; newlandchase ('1 year + 3 extensions')
plan-act-foreign-labour-permit-category-4 = Order No. 279 of 30 Jun 2023, Rules for issuing and extending permits (validity by category); dos-immigration.kz
plan-act-foreign-labour-permit-seasonal = Order No. 279 of 30 Jun 2023 (seasonal work, professions on the seasonal-work list under the Employment law); dos-immigration.kz
plan-act-foreign-labour-permit-ict = Order No. 279 of 30 Jun 2023, Rules ... and intra-corporate transfer; newlandchase; lwp.kz
plan-act-foreign-labour-permit-decision = Order No. 559 of 27 Jun 2016 (7 business days, mwp.kz and lwp.kz summaries); the term in Order No. 279 of 30 Jun 2023 as amended by Order No. 93 was not read
plan-act-foreign-labour-business-trip-limit = Order No. 279 of 30 Jun 2023, Rules for issuing permits, p. 34: a permit is valid only in its region; business trips to other regions may total 90 calendar days in a calendar year
plan-act-foreign-labour-mentoring-min = Order of the Minister of Labour No. 197 of 18 Jun 2024, Rules for organising mentoring
plan-act-foreign-labour-mentoring-max = Order of the Minister of Labour No. 197 of 18 Jun 2024, Rules for organising mentoring
plan-act-foreign-labour-mentoring-report = Order of the Minister of Labour No. 197 of 18 Jun 2024, Rules for organising mentoring
plan-act-foreign-labour-eaeu-members = Treaty on the Eurasian Economic Union of 29 May 2014, art. 97 (Kyrgyzstan a member from 12 Aug 2015)
plan-act-foreign-labour-visa-free-cis = Bilateral visa-free agreements (long-standing; listed here from 2020); visitworld.today: visa-free CIS and EAEU nationals need no C3
plan-act-foreign-labour-eaeu-stay-registration = Agreement on the EAEU (art. 97) and the Rules of entry and stay of immigrants: EAEU workers are exempt from registration for 30 days from entry; temporary residence for the contract's term requires the ESUTD-registered contract
plan-act-note-foreign-labour-permit-decision = Practitioners quote 10-15 working days from filing to the original permit (zont-company.kz). kzcomply plans with the statutory term; add a margin.
plan-act-note-foreign-labour-business-trip-limit = Longer than that needs a permit for the other region. The move and the change of temporary address are notified to the migration service within 3 working days.

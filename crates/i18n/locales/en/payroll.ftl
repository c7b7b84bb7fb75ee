# The payroll month (kzcomply_law::payroll::month): kinds of accrual, payees, errors, and the trace's
# words for bases that leave part of the gross out.

## Kinds of accrual (rules/kz/accruals.toml)
payroll-month-kind-salary = Salary for the time worked
payroll-month-kind-allowance = Allowance or supplement
payroll-month-kind-bonus = Bonus
payroll-month-kind-overtime = Overtime
payroll-month-kind-holiday-work = Work on days off and holidays
payroll-month-kind-night-work = Night work
payroll-month-kind-one-off = One-off payment
payroll-month-kind-vacation-pay = Vacation pay
payroll-month-kind-unused-leave-compensation = Compensation for unused leave
payroll-month-kind-sick-pay = Sick pay
payroll-month-kind-severance = Compensation on termination
payroll-month-kind-material-aid = Material aid
payroll-month-kind-material-aid-birth = Material aid at the birth of a child
payroll-month-kind-material-aid-treatment = Material aid for treatment or rest
payroll-month-kind-burial-aid = Burial payment
payroll-month-kind-in-kind = Income in kind

## Payees and codes
payroll-month-payee-state-corporation = State Corporation “Government for Citizens”
payroll-month-payee-tax-authority = State revenue body (tax authority)
payroll-month-code-knp = payment purpose code (KNP)
payroll-month-code-kbk = budget classification code (KBK)

## Errors
payroll-month-error-unknown-kind = unknown kind of accrual “{ $kind }” for { $period } (see rules/kz/accruals.toml)
payroll-month-error-not-hours-kind = “{ $kind }” is not paid by the hour: give an amount (hours are for overtime, holiday_work and night_work)
payroll-month-error-negative = the month's total of “{ $kind }” is below zero: a correction cannot take away more than the month has of that kind
payroll-month-error-too-large = { $what }: above the largest amount kzcomply accepts, { $max }
payroll-month-error-no-norm = the month has no working days on this week, so there is no hourly rate
payroll-month-error-too-many-hours = more hours than a month has (at most { $max })

## Trace
payroll-month-base-less-excluded = gross { $gross } − not in this base { $excluded } = { $income }
payroll-month-note-excluded = { $excluded } of the gross { $gross } is not in this base (kinds of accrual outside it, or their exempt part); the base starts from { $income }
payroll-month-note-resident-explicit = tax resident for IPN by the facts given (citizenship, residence permit or 183 days in Kazakhstan), not by the status
payroll-month-note-non-resident-explicit = not a tax resident for IPN by the facts given (fewer than 183 days in Kazakhstan): taxed without deductions, whatever the status

# The payroll month run (crates/run): who is on the run, input files, payslips, the register.

run-error-rules = The rules do not cover { $period }: { $reason }
run-error-no-period = Which month? Give the period (YYYY-MM).
run-error-accrual-skipped = { $id } is not on this payroll ({ $reason }): the accrual cannot be paid here
run-error-accrual-unknown-person = There is no person { $id } in the staff file
run-error-total-too-large = The run's totals are larger than kzcomply computes
run-error-no-salary = { $id } has no salary (monthly_gross): give the monthly salary to run the payroll
run-error-days-over-norm = { $id } worked { $days } days by the timesheet, more than the month's { $norm } working days: pay the extra days as holiday_work or overtime
run-error-unknown-kind = Unknown kind of accrual `{ $kind }` in { $period }; the kinds are: { $kinds }
run-error-month-closed = { $period } is closed: it can no longer change. A late change goes into the next open month as a correction.

run-skipped-contractor = civil-law contractor: not on the employee payroll
run-skipped-other-employer = on another employer's payroll
run-skipped-not-employed = not employed in this month

run-problem-file = { $file }: { $message }
run-problem-row = { $file }: row { $row }: { $message }
run-problem-cell = { $file }: row { $row }, column { $column }: { $message }

run-input-too-large = The file is { $size } bytes; at most { $max } are read
run-input-not-utf8 = The file is not UTF-8 text (save it as "CSV UTF-8")
run-input-bad-csv = Not a readable CSV row: { $error }
run-input-too-many-rows = More than { $max } rows
run-input-too-many-columns = More than { $max } columns
run-input-cell-too-long = A cell longer than { $max } characters
run-input-empty = The file is empty
run-input-column-twice = The column { $column } is given twice
run-input-no-column = The column { $column } is missing
run-input-bad-amount = `{ $value }` is not an amount ({ $error })
run-input-blank = { $column } is blank
run-input-bad-hours = `{ $value }` is not a number of hours: write e.g. 2.5 (at most two decimals, at most 744 a month)
run-input-no-amount = Give an amount (or, for overtime, holiday_work and night_work, hours)
run-input-amount-and-hours = Give an amount or hours, not both
run-input-row-too-wide = { $cells } cells, but the header names { $header }: a decimal comma needs quotes ("2,5") or a `;`-separated file
run-input-id-twice = { $id } is given twice

run-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

run-payslip-title = Payslip for { $month }
run-payslip-employer = Employer
run-payslip-bin = BIN
run-payslip-employee = Employee
run-payslip-id = Personnel number
run-payslip-position = Position
run-payslip-days = Days worked
run-payslip-days-value = { $worked } of { $norm } working days
run-payslip-residency = Tax residency
run-payslip-resident = resident of Kazakhstan
run-payslip-non-resident = non-resident
run-payslip-accrued = Accrued
run-payslip-gross = Total accrued
run-payslip-withheld = Withheld
run-payslip-withheld-total = Total withheld
run-payslip-employer-charges = Paid by the employer on top of pay
run-payslip-employer-cost = Employer's total cost
run-payslip-net = Net pay
run-payslip-correction-of = correction of { $month }
run-payslip-deductions = deductions { $amount }
run-payslip-basis = The components of pay, the deductions and the amount payable, as the Labour Code of the Republic of Kazakhstan (art. 113 p. 2) requires the employer to tell each employee every month.
run-payslip-employer-note = The employer's charges are not deducted from pay; they are shown so the employee sees the whole cost of the job.

run-charge-opv = Pension contributions (OPV)
run-charge-vosms = Health insurance contributions (VOSMS)
run-charge-ipn = Individual income tax (IPN)
run-charge-opvr = Employer pension contributions (OPVR)
run-charge-so = Social contributions (SO)
run-charge-oosms = Employer health insurance contributions (OOSMS)
run-charge-social-tax = Social tax

run-register-id = id
run-register-name = full_name
run-register-days = days_worked
run-register-norm = norm_days
run-register-gross = gross
run-register-opv = opv
run-register-vosms = vosms
run-register-ipn = ipn
run-register-net = net
run-register-opvr = opvr
run-register-so = so
run-register-oosms = oosms
run-register-social-tax = social_tax
run-register-employer-cost = employer_cost
run-register-total = Total

run-cli-title = Payroll for { $month } — { $whose }: { $count ->
    [one] { $count } person
   *[other] { $count } people
}
run-cli-whose-bin = employer BIN { $bin }
run-cli-whose-direct = the file's direct staff
run-cli-col-id = id
run-cli-col-name = name
run-cli-col-days = days
run-cli-col-gross = gross
run-cli-col-deductions = withheld
run-cli-col-net = net
run-cli-col-employer-cost = employer cost
run-cli-skipped = Not on this payroll ({ $count }):
run-cli-payments = Payments for the month:
run-cli-due = due { $date }
run-cli-written = Register written to { $path }
run-cli-payslips-written = { $count ->
    [one] { $count } payslip
   *[other] { $count } payslips
} written to { $dir }
run-cli-out-kind = { $path }: the register is written as .xlsx or .csv
run-cli-cannot-write = Cannot write { $path }: { $error }
run-cli-payslip-names-clash = { $first } and { $second } would both be written as { $name }: give them ids that differ in letters or digits
run-cli-bad-bin = --employer-bin { $bin }: { $error }

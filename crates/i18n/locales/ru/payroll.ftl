# Расчётный месяц (kzcomply_law::payroll::month): виды начислений, получатели платежей, ошибки и
# слова трассировки для баз, из которых исключена часть начислений.

## Виды начислений (rules/kz/accruals.toml)
payroll-month-kind-salary = Оклад за отработанное время
payroll-month-kind-allowance = Надбавка, доплата
payroll-month-kind-bonus = Премия
payroll-month-kind-overtime = Сверхурочные
payroll-month-kind-holiday-work = Работа в выходные и праздничные дни
payroll-month-kind-night-work = Ночные (работа в ночное время)
payroll-month-kind-one-off = Единовременная выплата
payroll-month-kind-vacation-pay = Отпускные
payroll-month-kind-unused-leave-compensation = Компенсация за неиспользованный отпуск
payroll-month-kind-sick-pay = Пособие по временной нетрудоспособности
payroll-month-kind-severance = Компенсация при расторжении трудового договора
payroll-month-kind-material-aid = Материальная помощь
payroll-month-kind-material-aid-birth = Материальная помощь при рождении ребёнка
payroll-month-kind-material-aid-treatment = Материальная помощь на лечение, оздоровление
payroll-month-kind-burial-aid = Выплаты на погребение
payroll-month-kind-in-kind = Доход в натуральной форме

## Получатели и коды
payroll-month-payee-state-corporation = Государственная корпорация «Правительство для граждан»
payroll-month-payee-tax-authority = Орган государственных доходов
payroll-month-code-knp = код назначения платежа (КНП)
payroll-month-code-kbk = код бюджетной классификации (КБК)

## Ошибки
payroll-month-error-unknown-kind = неизвестный вид начисления «{ $kind }» за { $period } (см. rules/kz/accruals.toml)
payroll-month-error-not-hours-kind = «{ $kind }» не оплачивается по часам: укажите сумму (часы — для overtime, holiday_work и night_work)
payroll-month-error-negative = сумма «{ $kind }» за месяц меньше нуля: корректировка не может уменьшить начисление этого вида больше, чем начислено в месяце
payroll-month-error-too-large = { $what }: больше наибольшей суммы, которую принимает kzcomply, { $max }
payroll-month-error-no-norm = в месяце нет рабочих дней по этой рабочей неделе, поэтому нет часовой ставки
payroll-month-error-too-many-hours = часов больше, чем в месяце (не более { $max })

## Трассировка
payroll-month-base-less-excluded = начислено { $gross } − не входит в эту базу { $excluded } = { $income }
payroll-month-note-excluded = { $excluded } из начисленных { $gross } не входит в эту базу (виды начислений вне её или их необлагаемая часть); база считается от { $income }
payroll-month-note-resident-explicit = налоговый резидент для ИПН по указанным сведениям (гражданство, вид на жительство или 183 дня в Казахстане), а не по статусу
payroll-month-note-non-resident-explicit = не налоговый резидент для ИПН по указанным сведениям (меньше 183 дней в Казахстане): налог без вычетов, независимо от статуса

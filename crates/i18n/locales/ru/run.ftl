# Расчёт зарплаты за месяц (crates/run): кто в расчёте, файлы, расчётные листки, свод.

run-error-rules = Правила не охватывают { $period }: { $reason }
run-error-no-period = За какой месяц? Укажите период (ГГГГ-ММ).
run-error-accrual-skipped = { $id } не входит в эту ведомость ({ $reason }): начисление здесь выплатить нельзя
run-error-accrual-unknown-person = В файле персонала нет работника { $id }
run-error-total-too-large = Итоги расчёта больше, чем kzcomply может посчитать
run-error-no-salary = У { $id } не указан оклад (monthly_gross): укажите месячный оклад, чтобы рассчитать зарплату
run-error-days-over-norm = По табелю { $id } отработал { $days } дн., больше нормы месяца ({ $norm } раб. дн.): оплатите лишние дни как работу в выходные (holiday_work) или сверхурочные (overtime)
run-error-unknown-kind = Неизвестный вид начисления «{ $kind }» в { $period }; виды начислений: { $kinds }
run-error-month-closed = Месяц { $period } закрыт и больше не меняется. Позднее изменение попадёт в следующий открытый месяц как корректировка.

run-skipped-contractor = договор гражданско-правового характера: не входит в ведомость работников
run-skipped-other-employer = в ведомости другого работодателя
run-skipped-not-employed = не работал в этом месяце

run-problem-file = { $file }: { $message }
run-problem-row = { $file }: строка { $row }: { $message }
run-problem-cell = { $file }: строка { $row }, столбец { $column }: { $message }

run-input-too-large = Размер файла { $size } байт; читается не более { $max }
run-input-not-utf8 = Файл не в кодировке UTF-8 (сохраните его как «CSV UTF-8»)
run-input-bad-csv = Строку CSV не удалось прочитать: { $error }
run-input-too-many-rows = Больше { $max } строк
run-input-too-many-columns = Больше { $max } столбцов
run-input-cell-too-long = Ячейка длиннее { $max } символов
run-input-empty = Файл пуст
run-input-column-twice = Столбец { $column } указан дважды
run-input-no-column = Нет столбца { $column }
run-input-bad-amount = «{ $value }» — не сумма ({ $error })
run-input-blank = Не заполнено: { $column }
run-input-bad-hours = «{ $value }» — не количество часов: укажите, например, 2,5 (не более двух знаков после запятой и не более 744 в месяц)
run-input-no-amount = Укажите сумму (для сверхурочных, работы в выходные и ночных — часы)
run-input-amount-and-hours = Укажите сумму или часы, но не то и другое
run-input-row-too-wide = Ячеек: { $cells }, а в заголовке столбцов: { $header }; десятичную запятую возьмите в кавычки ("2,5") или сохраните файл с разделителем «;»
run-input-id-twice = { $id } указан дважды

run-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }

run-payslip-title = Расчётный листок за { $month }
run-payslip-employer = Работодатель
run-payslip-bin = БИН
run-payslip-employee = Работник
run-payslip-id = Табельный номер
run-payslip-position = Должность
run-payslip-days = Отработано
run-payslip-days-value = { $worked } из { $norm } рабочих дней
run-payslip-residency = Налоговое резидентство
run-payslip-resident = резидент РК
run-payslip-non-resident = нерезидент
run-payslip-accrued = Начислено
run-payslip-gross = Всего начислено
run-payslip-withheld = Удержано
run-payslip-withheld-total = Всего удержано
run-payslip-employer-charges = Платежи работодателя сверх зарплаты
run-payslip-employer-cost = Всего расходы работодателя
run-payslip-net = К выплате
run-payslip-correction-of = корректировка за { $month }
run-payslip-deductions = вычеты { $amount }
run-payslip-basis = Составные части заработной платы, удержания и сумма к выплате, о которых работодатель ежемесячно извещает работника (Трудовой кодекс РК, ст. 113 п. 2).
run-payslip-employer-note = Платежи работодателя не удерживаются из зарплаты; они показаны, чтобы работник видел полную стоимость рабочего места.

run-charge-opv = Обязательные пенсионные взносы (ОПВ)
run-charge-vosms = Взносы на ОСМС работника (ВОСМС)
run-charge-ipn = Индивидуальный подоходный налог (ИПН)
run-charge-opvr = Обязательные пенсионные взносы работодателя (ОПВР)
run-charge-so = Социальные отчисления (СО)
run-charge-oosms = Отчисления на ОСМС работодателя (ООСМС)
run-charge-social-tax = Социальный налог

run-register-id = Таб. №
run-register-name = ФИО
run-register-days = Отработано дней
run-register-norm = Норма дней
run-register-gross = Начислено
run-register-opv = ОПВ
run-register-vosms = ВОСМС
run-register-ipn = ИПН
run-register-net = К выплате
run-register-opvr = ОПВР
run-register-so = СО
run-register-oosms = ООСМС
run-register-social-tax = Социальный налог
run-register-employer-cost = Расходы работодателя
run-register-total = Итого

run-cli-title = Зарплата за { $month } — { $whose }: { $count ->
    [one] { $count } работник
    [few] { $count } работника
   *[many] { $count } работников
}
run-cli-whose-bin = работодатель БИН { $bin }
run-cli-whose-direct = штатные работники из файла
run-cli-col-id = таб. №
run-cli-col-name = ФИО
run-cli-col-days = дни
run-cli-col-gross = начислено
run-cli-col-deductions = удержано
run-cli-col-net = к выплате
run-cli-col-employer-cost = расходы работодателя
run-cli-skipped = Не входят в эту ведомость ({ $count }):
run-cli-payments = Платежи за месяц:
run-cli-due = срок { $date }
run-cli-written = Свод записан в { $path }
run-cli-payslips-written = { $count ->
    [one] { $count } расчётный листок записан
    [few] { $count } расчётных листка записаны
   *[many] { $count } расчётных листков записаны
} в { $dir }
run-cli-out-kind = { $path }: свод записывается в .xlsx или .csv
run-cli-cannot-write = Не удалось записать { $path }: { $error }
run-cli-payslip-names-clash = Листки { $first } и { $second } оба записались бы в файл { $name }: дайте им номера, различающиеся буквами или цифрами
run-cli-bad-bin = --employer-bin { $bin }: { $error }

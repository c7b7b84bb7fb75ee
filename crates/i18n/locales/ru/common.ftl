# Общие слова kzcomply: количества, уровни, языки.

lang-name = Русский

finding-count = { $count ->
    [one] { $count } замечание
    [few] { $count } замечания
   *[many] { $count } замечаний
}
violation-count = { $count ->
    [one] { $count } нарушение
    [few] { $count } нарушения
   *[many] { $count } нарушений
}
risk-count = { $count ->
    [one] { $count } риск
    [few] { $count } риска
   *[many] { $count } рисков
}
warning-count = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
day-count = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
working-day-count = { $count ->
    [one] { $count } рабочий день
    [few] { $count } рабочих дня
   *[many] { $count } рабочих дней
}
person-count = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}
fine-exposure-at-least = не менее { $amount }; { $count ->
    [one] { $count } штраф не рассчитан
    [few] { $count } штрафа не рассчитаны
   *[many] { $count } штрафов не рассчитано
}

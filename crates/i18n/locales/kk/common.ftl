# kzcomply-дің ортақ сөздері: сандар, деңгейлер, тілдер.

lang-name = Қазақша

finding-count = { $count ->
    [one] { $count } ескерту
   *[other] { $count } ескерту
}
violation-count = { $count ->
    [one] { $count } бұзушылық
   *[other] { $count } бұзушылық
}
risk-count = { $count ->
    [one] { $count } тәуекел
   *[other] { $count } тәуекел
}
warning-count = { $count ->
    [one] { $count } ескерту
   *[other] { $count } ескерту
}
day-count = { $count ->
    [one] { $count } күн
   *[other] { $count } күн
}
working-day-count = { $count ->
    [one] { $count } жұмыс күні
   *[other] { $count } жұмыс күні
}
person-count = { $count ->
    [one] { $count } адам
   *[other] { $count } адам
}
fine-exposure-at-least = кемінде { $amount }; { $count ->
    [one] { $count } айыппұл есептелмеді
   *[other] { $count } айыппұл есептелмеді
}

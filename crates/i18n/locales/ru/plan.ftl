# plan texts (ru).

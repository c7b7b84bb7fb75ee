# plan texts (en).

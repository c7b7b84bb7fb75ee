# plan texts (kk).

# api texts (en).

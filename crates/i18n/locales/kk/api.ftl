# api texts (kk).

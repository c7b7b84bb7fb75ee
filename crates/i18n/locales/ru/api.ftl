# api texts (ru).

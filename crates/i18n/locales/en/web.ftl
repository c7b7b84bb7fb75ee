# web texts (en).

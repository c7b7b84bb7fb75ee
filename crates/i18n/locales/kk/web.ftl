# web texts (kk).

# web texts (ru).

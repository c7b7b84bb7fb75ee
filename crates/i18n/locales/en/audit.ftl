# audit texts (en).

# audit texts (kk).

# audit texts (ru).

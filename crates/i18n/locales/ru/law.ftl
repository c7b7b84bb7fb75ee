# law texts (ru).

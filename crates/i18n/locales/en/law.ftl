# law texts (en).

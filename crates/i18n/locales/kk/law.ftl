# law texts (kk).

# cli texts (kk).

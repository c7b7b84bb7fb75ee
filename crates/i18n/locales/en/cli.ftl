# cli texts (en).

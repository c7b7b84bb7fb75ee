# cli texts (ru).

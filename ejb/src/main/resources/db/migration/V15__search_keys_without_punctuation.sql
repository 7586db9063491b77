-- Search keys of administrative units and polling centres now ignore every character other than
-- a letter or a digit (SearchKeys.compact), so that "ngara" finds "N'gara" and "kalaban coro"
-- finds "Kalabancoro". The stored keys are already folded (no accents, lower case), so removing
-- those characters from them gives the key that the application computes for new names.
UPDATE admin_unit SET search_key = REGEXP_REPLACE(search_key, '[^\\p{L}\\p{N}]+', '');
UPDATE polling_centre SET search_key = REGEXP_REPLACE(search_key, '[^\\p{L}\\p{N}]+', '');

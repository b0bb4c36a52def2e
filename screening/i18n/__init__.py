"""Words per language: the results' wording, the gettext catalogues of the program's own words, region names."""

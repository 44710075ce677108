# Spanish numbers as the site writes them and reads them (checker/forms.py): 9.500, 12,5. Django's own
# Spanish formats group thousands with a non-breaking space (9 500); everything else comes from them.
THOUSAND_SEPARATOR = "."

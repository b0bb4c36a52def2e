"""The screening's logic, pure: scoring a set's rule, the short interview, which form and sets apply, one screening's answers and state, explanations."""

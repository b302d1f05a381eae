"""A corpus of hostile inputs, generated into a temporary folder by the tests that use it."""

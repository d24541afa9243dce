"""Helpers the tests and the reliability script share: real stores, real failures, no mocks."""

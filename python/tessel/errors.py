"""The exception that carries Tessel's diagnostics."""


class TesselError(Exception):
    """A Tessel call failed. `diagnostics` holds what Tessel reported, as
    tessel-opt would print it ("file:line:col: error: ..." lines)."""

    def __init__(self, what, diagnostics):
        self.diagnostics = diagnostics
        message = what
        if diagnostics.strip():
            message += ":\n" + diagnostics.rstrip()
        super().__init__(message)

"""Prints the relative error of two approximations of one reference result:
`output error <first> -> <second>: lower|not lower` (Frobenius norms).

Usage: compare-errors.py BEFORE.npy AFTER.npy REFERENCE.npy
"""
import sys

import numpy as np

before, after, ref = (np.load(p).astype(np.float64) for p in sys.argv[1:4])
norm = np.linalg.norm(ref)
e0 = np.linalg.norm(before - ref) / norm
e1 = np.linalg.norm(after - ref) / norm
print(f"output error {e0:.4g} -> {e1:.4g}: {'lower' if e1 < e0 else 'not lower'}")

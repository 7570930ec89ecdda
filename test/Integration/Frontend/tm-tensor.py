# torch-mlir's tm_tensor ops (scan, scatter, sort, topk) as torch-mlir writes
# them, lowered by convert-tm-tensor-to-linalg, run on random inputs and
# checked against numpy in float64. Written as run bundles and checked by
# tessel-exec: on the CPU everywhere, on the GPU where lit found one (the
# CUDA bundles are compiled everywhere; the device script carries them).
#
# RUN: rm -rf %t
# RUN: %python %s %t cpu | FileCheck %s --check-prefix=WROTE
# RUN: tessel-exec --bundle=%t/cpu | FileCheck %s
# RUN: %python %s %t cuda | FileCheck %s --check-prefix=WROTE
# RUN: %if cuda %{ tessel-exec --bundle=%t/cuda | FileCheck %s %}

# WROTE: 20 functions
# CHECK-COUNT-33: result {{[0-9]+}} {{.*}}: ok
# CHECK-NOT: FAIL

import os
import sys

import numpy as np

from tessel.bundle import write_bundle

rng = np.random.default_rng(7)
functions = {}
sources = []


def case(name, body, inputs, expected, tolerance=1e-6):
    sources.append(body.replace("@NAME", "@" + name))
    functions[name] = (inputs, expected, tolerance)


def scan_source(shape, dim, inclusive, element, combine, dynamic=False):
    """A scan written as torch-mlir writes cumsum: a zero-filled output and
    accumulator, the region (previous, value) -> combined."""
    rank = len(shape)
    acc_shape = shape[:dim] + shape[dim + 1:]
    spell = lambda s: "x".join(["?" if dynamic and i == 0 else str(d)
                                for i, d in enumerate(s)] + [element])
    t, a = "tensor<%s>" % spell(shape), "tensor<%s>" % spell(acc_shape)
    zero = "0.0" if element.startswith("f") else "0"
    dyn = ""
    if dynamic:
        dyn = "%c0 = arith.constant 0 : index\n  %n = tensor.dim %x, %c0 : " + t
    sizes = "(%n)" if dynamic else "()"
    acc_sizes = "(%n)" if dynamic and acc_shape else "()"
    return """
func.func @NAME(%x: {t}) -> ({t}, {a}) {{
  {dyn}
  %z = arith.constant {zero} : {e}
  %e0 = tensor.empty{sizes} : {t}
  %o = linalg.fill ins(%z : {e}) outs(%e0 : {t}) -> {t}
  %e1 = tensor.empty{acc_sizes} : {a}
  %acc = linalg.fill ins(%z : {e}) outs(%e1 : {a}) -> {a}
  %r:2 = tm_tensor.scan dimension({dim}) inclusive({inc}) ins(%x : {t}) outs(%o, %acc : {t}, {a}) {{
  ^bb0(%p: {e}, %v: {e}):
    %s = {combine} %p, %v : {e}
    tm_tensor.yield %s : {e}
  }} -> {t}, {a}
  return %r#0, %r#1 : {t}, {a}
}}
""".format(t=t, a=a, e=element, zero=zero, dim=dim, dyn=dyn, sizes=sizes,
           acc_sizes=acc_sizes, inc="true" if inclusive else "false",
           combine=combine)


def reference_scan(x, dim, inclusive, op):
    x = x.astype(np.float64)
    out = np.zeros_like(x)
    moved_in, moved_out = np.moveaxis(x, dim, 0), np.moveaxis(out, dim, 0)
    for k in range(x.shape[dim]):
        if k == 0:
            moved_out[0] = moved_in[0] if inclusive else 0
        else:
            moved_out[k] = op(moved_out[k - 1], moved_in[k if inclusive else k - 1])
    acc = np.take(out, x.shape[dim] - 1, axis=dim) if x.shape[dim] else \
        np.zeros(x.shape[:dim] + x.shape[dim + 1:])
    return out, acc


# Scans: cumsum in f32 and i64 (the HF mask code), both dimensions, cumprod,
# an exclusive scan, max and an empty dimension.
for name, shape, dim, inclusive, element, combine, op in [
        ("cumsum_f32", (3, 37), 1, True, "f32", "arith.addf", np.add),
        ("cumsum_i64_dim0", (17, 5), 0, True, "i64", "arith.addi", np.add),
        ("cumprod", (4, 9), 1, True, "f32", "arith.mulf", np.multiply),
        ("cummax_3d", (2, 33, 3), 1, True, "f32", "arith.maximumf", np.maximum),
        ("exclusive_sum", (5, 12), 1, False, "f32", "arith.addf", np.add),
        ("scan_1d", (65,), 0, True, "f32", "arith.addf", np.add),
        ("scan_empty", (3, 0), 1, True, "f32", "arith.addf", np.add)]:
    if element == "i64":
        x = rng.integers(-50, 50, shape).astype(np.int64)
    elif combine == "arith.mulf":
        x = rng.uniform(0.5, 1.5, shape).astype(np.float32)
    else:
        x = rng.standard_normal(shape).astype(np.float32)
    case(name, scan_source(shape, dim, inclusive, element, combine),
         [x], list(reference_scan(x, dim, inclusive, op)), 1e-5)


def scatter_source(updates, indices, original, dims, unique, accumulate):
    combine = ("%s = arith.addf %%u, %%c : f32\n    tm_tensor.yield %%s : f32"
               % "%s") if accumulate else "tm_tensor.yield %u : f32"
    spell = lambda s, e: "tensor<%s>" % "x".join([str(d) for d in s] + [e])
    u, i, o = spell(updates, "f32"), spell(indices, "i64"), spell(original, "f32")
    return """
func.func @NAME(%o: {o}, %u0: {u}, %i0: {i}) -> {o} {{
  %r = tm_tensor.scatter {{dimension_map = array<i64: {dims}>}} unique_indices({unique}) ins(%u0, %i0 : {u}, {i}) outs(%o : {o}) {{
  ^bb0(%u: f32, %c: f32):
    {combine}
  }} -> {o}
  return %r : {o}
}}
""".format(o=o, u=u, i=i, dims=", ".join(map(str, dims)),
           unique="true" if unique else "false", combine=combine)


def reference_scatter(original, updates, indices, dims, accumulate):
    out = original.astype(np.float64).copy()
    slice_rank = updates.ndim - 1
    lead = out.ndim - slice_rank
    for n in range(updates.shape[0]):
        start = [0] * out.ndim
        for j, d in enumerate(dims):
            start[d] = int(indices[n, j])
        sizes = [1] * lead + list(updates.shape[1:])
        if any(s < 0 or s + z > e for s, z, e in zip(start, sizes, out.shape)):
            continue  # Tessel's contract: an update out of range is skipped
        region = tuple(slice(s, s + z) for s, z in zip(start, sizes))
        update = updates[n].astype(np.float64).reshape(sizes)
        out[region] = out[region] + update if accumulate else update
    return out


# index_put of rows (the slice covers the trailing dimension), with repeated
# indices accumulating; index_copy as torch-mlir spells it (one scalar update
# per element, 4 index columns); scatter along dim 1; indices out of range.
for name, original, updates, indices, dims, unique, accumulate in [
        ("index_put_rows", (8, 4), (2, 1, 4), [[1], [5]], [0], True, False),
        ("index_put_accumulate", (8, 4), (4, 1, 4), [[1], [5], [1], [1]], [0], False, True),
        ("index_copy_scalars", (1, 2, 8, 4), (4, 1, 1, 1, 1),
         [[0, 1, 3, 2], [0, 0, 7, 0], [0, 1, 0, 3], [0, 0, 3, 1]], [0, 1, 2, 3], True, False),
        ("scatter_dim1", (3, 6), (6,), [[0, 0], [0, 1], [1, 2], [1, 3], [2, 4], [2, 5]], [0, 1], False, False),
        ("scatter_add_repeated", (3, 6), (6,), [[0, 0], [0, 0], [1, 2], [1, 2], [2, 5], [2, 5]], [0, 1], False, True),
        ("scatter_out_of_range", (8, 4), (4, 1, 4), [[-1], [8], [3], [100]], [0], True, False),
        ("scatter_middle_dim", (2, 8, 3), (3, 1, 3), [[0, 7], [1, 0], [1, 4]], [0, 1], True, False)]:
    o = rng.standard_normal(original).astype(np.float32)
    u = rng.standard_normal(updates).astype(np.float32)
    idx = np.array(indices, np.int64)
    case(name, scatter_source(updates, idx.shape, original, dims, unique, accumulate),
         [o, u, idx], [reference_scatter(o, u, idx, dims, accumulate)])


def sort_source(shape, dim, predicate):
    spell = lambda e: "tensor<%s>" % "x".join([str(d) for d in shape] + [e])
    f, i = spell("f32"), spell("i64")
    return """
func.func @NAME(%x: {f}, %ix: {i}) -> ({f}, {i}) {{
  %r:2 = tm_tensor.sort dimension({dim}) outs(%x, %ix : {f}, {i}) {{
  ^bb0(%a: f32, %b: f32, %ia: i64, %ib: i64):
    %c = arith.cmpf {pred}, %a, %b : f32
    tm_tensor.yield %c : i1
  }} -> {f}, {i}
  return %r#0, %r#1 : {f}, {i}
}}
""".format(f=f, i=i, dim=dim, pred=predicate)


def reference_sort(x, dim, descending):
    # A stable sort: equal values keep their order.
    order = np.argsort(-x if descending else x, axis=dim, kind="stable")
    return np.take_along_axis(x, order, dim), order


# sort (ascending, descending, with ties, odd and even lengths, along either
# dimension): values and the positions torch-mlir sorts along with them.
for name, shape, dim, predicate, ties in [
        ("sort_ascending", (3, 17), 1, "ole", False),
        ("sort_descending_dim0", (16, 3), 0, "oge", False),
        ("sort_ties", (4, 12), 1, "ole", True),
        ("sort_one", (5, 1), 1, "ole", False)]:
    x = (rng.integers(0, 3, shape) if ties else rng.standard_normal(shape)).astype(np.float32)
    positions = np.broadcast_to(
        np.arange(shape[dim]).reshape([-1 if d == dim else 1 for d in range(2)]),
        shape).astype(np.int64)
    values, order = reference_sort(x, dim, predicate == "oge")
    case(name, sort_source(shape, dim, predicate), [x, np.ascontiguousarray(positions)],
         [values, order])


def topk_source(shape, dim, k, predicate):
    out_shape = list(shape)
    out_shape[dim] = k
    spell = lambda s, e: "tensor<%s>" % "x".join([str(d) for d in s] + [e])
    x, v, i = spell(shape, "f32"), spell(out_shape, "f32"), spell(out_shape, "i64")
    return """
func.func @NAME(%x: {x}) -> ({v}, {i}) {{
  %ev = tensor.empty() : {v}
  %ei = tensor.empty() : {i}
  %r:2 = tm_tensor.topk dimension({dim}) ins(%x : {x}) outs(%ev, %ei : {v}, {i}) {{
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf {pred}, %a, %b : f32
    tm_tensor.yield %c : i1
  }} -> {v}, {i}
  return %r#0, %r#1 : {v}, {i}
}}
""".format(x=x, v=v, i=i, dim=dim, pred=predicate)


# topk (largest and smallest; with ties the first occurrence wins).
for name, shape, dim, k, predicate, ties in [
        ("topk_largest", (3, 20), 1, 4, "ogt", False),
        ("topk_smallest_ties", (9, 2), 0, 3, "olt", True)]:
    x = (rng.integers(0, 3, shape) if ties else rng.standard_normal(shape)).astype(np.float32)
    values, order = reference_sort(x, dim, predicate == "ogt")
    take = [slice(None)] * 2
    take[dim] = slice(0, k)
    case(name, topk_source(shape, dim, k, predicate), [x],
         [values[tuple(take)], order[tuple(take)]])

out, target = sys.argv[1], sys.argv[2]
write_bundle(os.path.join(out, target), "\n".join(sources), functions,
             target=target, name="tm_tensor")
print(len(functions), "functions")

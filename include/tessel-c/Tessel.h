/*===- tessel-c/Tessel.h - Tessel's C API -------------------------*- C -*-===*\
|*                                                                            *|
|* Part of the Tessel project.                                                *|
|*                                                                            *|
|*===----------------------------------------------------------------------===*|
|*                                                                            *|
|* Embeds Tessel as a compiler backend: parse (or adopt) a module, run named  *|
|* pass pipelines on it, emit artifacts (object file, shared library, PTX,    *|
|* cubin), and call the compiled functions through Tessel's runtime.          *|
|*                                                                            *|
|* Conventions, as in MLIR's C API: handles are structs holding one pointer;  *|
|* a null handle (tessel*IsNull) means failure. Nothing here prints or        *|
|* aborts: a call that fails returns TesselFailure or a null handle, and      *|
|* tesselContextGetDiagnostics() then holds what went wrong ("file:line:col:  *|
|* error: ..." lines, as tessel-opt would print them). Every call that takes  *|
|* a context, or an object made from one, first clears that text.             *|
|*                                                                            *|
|* A context and everything made from it must be used from one thread at a    *|
|* time. Strings returned by the API are owned by it and stay valid until     *|
|* the next call on the same object.                                          *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef TESSEL_C_TESSEL_H
#define TESSEL_C_TESSEL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TESSEL_CAPI_EXPORTED __attribute__((visibility("default")))
#else
#define TESSEL_CAPI_EXPORTED
#endif

#define TESSEL_DEFINE_C_API_STRUCT(name)                                       \
  typedef struct name {                                                        \
    void *ptr;                                                                 \
  } name

/* An MLIR context with Tessel's dialects, passes and pipelines, and the
 * diagnostics of the last call. */
TESSEL_DEFINE_C_API_STRUCT(TesselContext);
/* A `builtin.module` owned by the API. */
TESSEL_DEFINE_C_API_STRUCT(TesselModule);
/* A compiled shared library loaded by the runtime. */
TESSEL_DEFINE_C_API_STRUCT(TesselLibrary);
/* One function of a loaded library; owned by the library. */
TESSEL_DEFINE_C_API_STRUCT(TesselFunction);

#undef TESSEL_DEFINE_C_API_STRUCT

typedef enum TesselStatus { TesselSuccess = 0, TesselFailure = 1 } TesselStatus;

/* Where compiled code runs. */
typedef enum TesselTarget {
  TesselTargetCPU = 0,
  TesselTargetCUDA = 1
} TesselTarget;

/* What tesselModuleEmit writes. */
typedef enum TesselArtifactKind {
  /* The module as MLIR text. */
  TesselArtifactMLIR = 0,
  /* A relocatable object file of the host code (LLVM-dialect module). */
  TesselArtifactObject = 1,
  /* A shared library the runtime (tesselLibraryLoad, tessel-exec) loads. */
  TesselArtifactSharedLibrary = 2,
  /* The kernels of a tessel-cuda-pipeline{format=isa} module: one `.ptx`
   * file per kernel module, in the directory `path`. */
  TesselArtifactPTX = 3,
  /* Same for tessel-cuda-pipeline{format=bin}: `.cubin` files. */
  TesselArtifactCubin = 4
} TesselArtifactKind;

/* A dense row-major tensor in host memory. `elementType` is spelled as in
 * signatures: f16, bf16, f32, f64, i1 ... i64; `shape` is the logical shape.
 * i1 and i8 take one byte per element. Integers of 2 to 7 bits are packed:
 * each row (the last dimension, K values) is a little-endian bit stream,
 * element k in bits [k*B, (k+1)*B), zero-padded to a whole byte, so a row
 * takes ceil(K*B/8) bytes (two int4 per byte, the first in the low nibble;
 * numpy's packbits(..., bitorder="little") of the values' bits). A rank-0
 * tensor takes one byte. */
typedef struct TesselBufferRef {
  void *data;
  const int64_t *shape;
  intptr_t rank;
  const char *elementType;
} TesselBufferRef;

/*===----------------------------------------------------------------------===*
 * Context
 *===----------------------------------------------------------------------===*/

TESSEL_CAPI_EXPORTED TesselContext tesselContextCreate(void);
/* Releases the context; it lives on while modules or libraries made from it
 * do. */
TESSEL_CAPI_EXPORTED void tesselContextDestroy(TesselContext context);
static inline int tesselContextIsNull(TesselContext context) {
  return context.ptr == NULL;
}
/* What the last failed call reported; "" when it succeeded. */
TESSEL_CAPI_EXPORTED const char *
tesselContextGetDiagnostics(TesselContext context);

/*===----------------------------------------------------------------------===*
 * Modules
 *===----------------------------------------------------------------------===*/

/* Parses and verifies `length` bytes of MLIR text; `bufferName` names it in
 * diagnostics. Null on failure. */
TESSEL_CAPI_EXPORTED TesselModule tesselModuleParse(TesselContext context,
                                                    const char *source,
                                                    size_t length,
                                                    const char *bufferName);
TESSEL_CAPI_EXPORTED TesselModule tesselModuleParseFile(TesselContext context,
                                                        const char *path);
/* A module of its own to build in with MLIR's C API (see
 * tesselModuleGetOperation). */
TESSEL_CAPI_EXPORTED TesselModule
tesselModuleCreateEmpty(TesselContext context);
TESSEL_CAPI_EXPORTED void tesselModuleDestroy(TesselModule module);
static inline int tesselModuleIsNull(TesselModule module) {
  return module.ptr == NULL;
}
/* The module's `builtin.module` operation and its context, as the `ptr` of
 * MLIR C API handles (MlirOperation, MlirContext): `(MlirOperation){ptr}`. */
TESSEL_CAPI_EXPORTED void *tesselModuleGetOperation(TesselModule module);
TESSEL_CAPI_EXPORTED void *tesselContextGetMLIRContext(TesselContext context);

/* The module as MLIR text (generic form when `generic` is nonzero). Null
 * string arguments anywhere in this API are reported as errors. */
TESSEL_CAPI_EXPORTED const char *tesselModulePrint(TesselModule module,
                                                   int generic);
TESSEL_CAPI_EXPORTED TesselStatus tesselModuleVerify(TesselModule module);

/* Runs a textual pass pipeline on the module, e.g. "tessel-raise,canonicalize"
 * or "tessel-cpu-pipeline" (anchored on the module unless it is spelled
 * `builtin.module(...)`). On failure the module may be partly transformed. */
TESSEL_CAPI_EXPORTED TesselStatus tesselModuleRunPipeline(TesselModule module,
                                                          const char *pipeline);

/* Lowers the module for `target` with Tessel's pipeline and default options
 * (tessel-raise, then tessel-cpu-pipeline or tessel-cuda-pipeline for
 * `chip`, e.g. "sm_90"; `chip` may be NULL for the CPU). */
TESSEL_CAPI_EXPORTED TesselStatus tesselModuleLower(TesselModule module,
                                                    TesselTarget target,
                                                    const char *chip);

/* As tesselModuleLower, with the pipeline's options spelled as on
 * tessel-opt's command line (`--tessel-cpu-pipeline="<options>"`), e.g.
 * "cost-model=analytical parallel=0" or "chip=sm_80 qmatmul-warps=8"; NULL
 * or "" for the defaults. Every option of docs/UserGuide.md's table is
 * accepted; an unknown option or a malformed value is an error. */
TESSEL_CAPI_EXPORTED TesselStatus tesselModuleLowerWithOptions(
    TesselModule module, TesselTarget target, const char *options);

/* Writes an artifact of a module lowered as its kind requires (host code in
 * the LLVM dialect for objects and libraries; kernels for PTX and cubin). */
TESSEL_CAPI_EXPORTED TesselStatus tesselModuleEmit(TesselModule module,
                                                   TesselArtifactKind kind,
                                                   const char *path);

/*===----------------------------------------------------------------------===*
 * Running compiled code
 *===----------------------------------------------------------------------===*/

/* Loads a shared library emitted for `target`. CUDA libraries need a GPU:
 * without one this fails with a diagnostic. */
TESSEL_CAPI_EXPORTED TesselLibrary tesselLibraryLoad(TesselContext context,
                                                     const char *path,
                                                     TesselTarget target);
TESSEL_CAPI_EXPORTED void tesselLibraryDestroy(TesselLibrary library);
static inline int tesselLibraryIsNull(TesselLibrary library) {
  return library.ptr == NULL;
}

/* The public function `name` of the library; null when it has none. */
TESSEL_CAPI_EXPORTED TesselFunction tesselLibraryLookup(TesselLibrary library,
                                                        const char *name);
static inline int tesselFunctionIsNull(TesselFunction function) {
  return function.ptr == NULL;
}
/* `name(f32[2x3],i4[4x8])->(f32[2x8])`; sizes known only at run time are
 * symbols, `name(f32[?0x64])->(f32[?0x32])`, each symbol one size in a
 * call. */
TESSEL_CAPI_EXPORTED const char *
tesselFunctionGetSignature(TesselFunction function);
TESSEL_CAPI_EXPORTED intptr_t
tesselFunctionGetNumInputs(TesselFunction function);
TESSEL_CAPI_EXPORTED intptr_t
tesselFunctionGetNumResults(TesselFunction function);

/* The shape of result `result` when the function is called on `inputs`
 * (whose data is not read): writes at most `maxRank` dimensions to `shape`
 * and the rank to `rank`. Fails unless the inputs match the signature. */
TESSEL_CAPI_EXPORTED TesselStatus tesselFunctionGetResultShape(
    TesselFunction function, const TesselBufferRef *inputs, intptr_t numInputs,
    intptr_t result, int64_t *shape, intptr_t maxRank, intptr_t *rank);

/* Calls the function: reads `inputs`, writes `results` (host memory for
 * either target). Fails without calling unless the buffers match the
 * signature in number, element type and shape, with each of its symbols one
 * size throughout. */
TESSEL_CAPI_EXPORTED TesselStatus tesselFunctionCall(
    TesselFunction function, const TesselBufferRef *inputs, intptr_t numInputs,
    const TesselBufferRef *results, intptr_t numResults);

/* Calls the function `warmup` times, then times `iterations` calls and
 * stores the median and minimum in milliseconds (device time for CUDA). */
TESSEL_CAPI_EXPORTED TesselStatus tesselFunctionBenchmark(
    TesselFunction function, const TesselBufferRef *inputs, intptr_t numInputs,
    const TesselBufferRef *results, intptr_t numResults, int warmup,
    int iterations, double *medianMs, double *minMs);

#ifdef __cplusplus
}
#endif

#endif /* TESSEL_C_TESSEL_H */

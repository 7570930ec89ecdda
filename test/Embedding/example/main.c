/* tessel-embed: compiles a model with Tessel's C API, runs it and prints the
 * result.
 *
 *   tessel-embed MODEL.mlir FUNCTION WORKDIR
 *
 * FUNCTION must take f32 inputs and return one f32 result; every input
 * element is set to (i % 7 - 3) / 4 (i its row-major index). The compiled
 * shared library is written into WORKDIR; bad input, a failing pipeline or a
 * failing call prints the diagnostics that Tessel returned and exits with 1. */

#include "tessel-c/Tessel.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parses `f32[2x3]` (the signature's spelling of one argument) into a shape. */
static int parseType(const char *text, int64_t *shape, intptr_t *rank) {
  if (strncmp(text, "f32[", 4) != 0)
    return 0;
  text += 4;
  *rank = 0;
  while (*text && *text != ']') {
    shape[(*rank)++] = strtoll(text, (char **)&text, 10);
    if (*text == 'x')
      ++text;
  }
  return *text == ']';
}

static int64_t count(const int64_t *shape, intptr_t rank) {
  int64_t n = 1;
  for (intptr_t i = 0; i < rank; ++i)
    n *= shape[i];
  return n;
}

static int fail(TesselContext context, const char *what) {
  fprintf(stderr, "tessel-embed: %s failed:\n%s", what,
          tesselContextGetDiagnostics(context));
  tesselContextDestroy(context);
  return 1;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: tessel-embed MODEL.mlir FUNCTION WORKDIR\n");
    return 2;
  }
  TesselContext context = tesselContextCreate();
  TesselModule module = tesselModuleParseFile(context, argv[1]);
  if (tesselModuleIsNull(module))
    return fail(context, "parsing");
  /* The whole CPU pipeline; tesselModuleRunPipeline(module,
   * "tessel-raise,tessel-cpu-pipeline") spells the same by name. */
  if (tesselModuleLower(module, TesselTargetCPU, NULL) != TesselSuccess)
    return fail(context, "compiling");
  char library[4096];
  snprintf(library, sizeof(library), "%s/model.so", argv[3]);
  if (tesselModuleEmit(module, TesselArtifactSharedLibrary, library) !=
      TesselSuccess)
    return fail(context, "emitting");
  tesselModuleDestroy(module);

  TesselLibrary lib = tesselLibraryLoad(context, library, TesselTargetCPU);
  if (tesselLibraryIsNull(lib))
    return fail(context, "loading");
  TesselFunction function = tesselLibraryLookup(lib, argv[2]);
  if (tesselFunctionIsNull(function))
    return fail(context, "lookup");
  const char *signature = tesselFunctionGetSignature(function);
  printf("signature: %s\n", signature);

  /* One buffer per argument, types read from the signature. */
  enum { kMaxArgs = 8, kMaxRank = 8 };
  intptr_t numInputs = tesselFunctionGetNumInputs(function);
  intptr_t numResults = tesselFunctionGetNumResults(function);
  if (numInputs + numResults > kMaxArgs || numResults != 1) {
    fprintf(stderr, "tessel-embed: unsupported signature\n");
    return 1;
  }
  int64_t shapes[kMaxArgs][kMaxRank];
  TesselBufferRef buffers[kMaxArgs];
  const char *cursor = strchr(signature, '(');
  for (intptr_t a = 0; a < numInputs + numResults; ++a) {
    cursor = strstr(cursor, "f32[");
    if (!cursor || !parseType(cursor, shapes[a], &buffers[a].rank)) {
      fprintf(stderr, "tessel-embed: only f32 arguments are supported\n");
      return 1;
    }
    cursor = strchr(cursor, ']');
    int64_t n = count(shapes[a], buffers[a].rank);
    float *data = calloc(n ? n : 1, sizeof(float));
    for (int64_t i = 0; a < numInputs && i < n; ++i)
      data[i] = (float)(i % 7 - 3) / 4.0f;
    buffers[a].data = data;
    buffers[a].shape = shapes[a];
    buffers[a].elementType = "f32";
  }
  if (tesselFunctionCall(function, buffers, numInputs, buffers + numInputs,
                         numResults) != TesselSuccess)
    return fail(context, "calling");

  TesselBufferRef *result = &buffers[numInputs];
  int64_t n = count(result->shape, result->rank);
  double sum = 0;
  for (int64_t i = 0; i < n; ++i)
    sum += ((float *)result->data)[i];
  printf("result: %lld elements, first %.6f, sum %.6f\n", (long long)n,
         ((float *)result->data)[0], sum);

  /* Wrong buffers are refused with a diagnostic, not a crash. */
  if (tesselFunctionCall(function, buffers, numInputs - 1, buffers + numInputs,
                         numResults) == TesselSuccess)
    return 1;
  printf("bad call: %s", tesselContextGetDiagnostics(context));

  for (intptr_t a = 0; a < numInputs + numResults; ++a)
    free(buffers[a].data);
  tesselLibraryDestroy(lib);
  tesselContextDestroy(context);
  return 0;
}

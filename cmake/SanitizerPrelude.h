//===- SanitizerPrelude.h - Included first in a sanitized build -*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// tools/scripts/build-sanitized.sh compiles Tessel with AddressSanitizer but
// links Debian's uninstrumented libMLIR and libLLVM. LLVM's headers, seeing
// ASan, poison the unused tail of BumpPtrAllocator slabs in the inline code
// that Tessel's objects instantiate; the same allocators (a context's
// attribute and type storage) also allocate from those slabs in libMLIR's
// uninstrumented copies of that code, which never unpoison, so every later
// read of such storage would be reported as a use-after-poison that is not
// there. Tessel's inline copies are therefore built as LLVM's own release
// libraries are: without the allocator annotations. ASan still checks every
// access Tessel's code makes, and the heap through its malloc interceptor.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CMAKE_SANITIZERPRELUDE_H
#define TESSEL_CMAKE_SANITIZERPRELUDE_H

#ifdef __cplusplus
#include "llvm/Support/Compiler.h"

#undef LLVM_ADDRESS_SANITIZER_BUILD
#define LLVM_ADDRESS_SANITIZER_BUILD 0
#define __asan_poison_memory_region(p, size) ((void)(p), (void)(size))
#define __asan_unpoison_memory_region(p, size) ((void)(p), (void)(size))
#endif

#endif // TESSEL_CMAKE_SANITIZERPRELUDE_H

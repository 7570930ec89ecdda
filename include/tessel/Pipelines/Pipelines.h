//===- Pipelines.h - Tessel's registered pass pipelines -----------*- C++
//-*-===//

#ifndef TESSEL_PIPELINES_PIPELINES_H
#define TESSEL_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace mlir::tessel {

/// The options of the stages that both pipelines start with (model IR from
/// frontends becomes tessel ops where it can).
template <typename Derived>
struct FrontendStageOptions : public PassPipelineOptions<Derived> {
  mlir::detail::PassOptions::Option<bool> raise{
      *this, "raise",
      llvm::cl::desc("First raise attention and quantized linear layers "
                     "spelled in linalg to tessel ops (tessel-raise)"),
      llvm::cl::init(true)};
  mlir::detail::PassOptions::Option<bool> fuse{
      *this, "fuse",
      llvm::cl::desc("Fuse dequantization, bias and activations into qmatmul "
                     "(tessel-fuse)"),
      llvm::cl::init(true)};
};

struct CPUPipelineOptions : public FrontendStageOptions<CPUPipelineOptions> {
  PassOptions::Option<bool> parallel{
      *this, "parallel",
      llvm::cl::desc("Run the outermost tile loops on all cores (OpenMP)"),
      llvm::cl::init(true)};
  PassOptions::Option<std::string> costModel{
      *this, "cost-model",
      llvm::cl::desc("How tessel-tile chooses configurations: learned, "
                     "analytical, a .json model file, or fixed"),
      llvm::cl::init("learned")};
  PassOptions::Option<int64_t> attentionQueryTile{
      *this, "attention-query-tile",
      llvm::cl::desc("Query rows per attention tile (with cost-model=fixed; "
                     "the tie-winner otherwise)"),
      llvm::cl::init(64)};
  PassOptions::Option<int64_t> qmatmulColumnTile{
      *this, "qmatmul-column-tile",
      llvm::cl::desc("Output columns per qmatmul tile (with "
                     "cost-model=fixed; the tie-winner otherwise)"),
      llvm::cl::init(64)};
  PassOptions::Option<bool> fuseConsumers{
      *this, "fuse-consumers",
      llvm::cl::desc("Fuse elementwise consumers (residual adds, scalings) "
                     "into the tile loops (tessel-tile)"),
      llvm::cl::init(true)};
};

/// tessel-cpu-pipeline: tessel (and linalg/tensor) IR on tensors down to the
/// LLVM dialect, with public functions exported for the runtime.
void buildCPUPipeline(OpPassManager &pm, const CPUPipelineOptions &options);

struct CUDAPipelineOptions : public FrontendStageOptions<CUDAPipelineOptions> {
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("Target GPU, sm_XX (sm_80, sm_90, ...)"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> costTarget{
      *this, "cost-target",
      llvm::cl::desc("The card the cost model describes where it differs "
                     "from the chip's default (h200: an sm_90 chip with "
                     "faster memory; empty: the chip, sm_90 = H100)"),
      llvm::cl::init("")};
  PassOptions::Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Kernel binary format: isa (PTX, compiled by the driver "
                     "at load), bin (cubin, through ptxas) or fatbin"),
      llvm::cl::init("isa")};
  PassOptions::Option<int64_t> qmatmulLanes{
      *this, "qmatmul-lanes",
      llvm::cl::desc("Threads that share one qmatmul output's reduction, each "
                     "reading every qmatmul-lanes-th weight (for ops the cost "
                     "model leaves alone)"),
      llvm::cl::init(32)};
  PassOptions::Option<std::string> costModel{
      *this, "cost-model",
      llvm::cl::desc("How tessel-configure chooses each qmatmul's lanes, "
                     "and convert-tessel-to-gpu the qmatmul kernel's warps "
                     "per block: learned, analytical, a .json model file, "
                     "or fixed (qmatmul-lanes and qmatmul-warps for all)"),
      llvm::cl::init("learned")};
  PassOptions::Option<int64_t> qmatmulWarps{
      *this, "qmatmul-warps",
      llvm::cl::desc("Warps per block of the qmatmul kernel, 1 to 32 (0: "
                     "the cost model's choice, 4 with cost-model=fixed)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> qmatmulPrefetch{
      *this, "qmatmul-prefetch",
      llvm::cl::desc("Steps ahead that the qmatmul decoding kernel loads "
                     "its weights (convert-tessel-to-gpu's prefetch-steps; "
                     "-1: its default)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> blockSize{
      *this, "block-size",
      llvm::cl::desc("Threads per block of the elementwise kernels"),
      llvm::cl::init(256)};
  PassOptions::Option<bool> kernels{
      *this, "kernels",
      llvm::cl::desc("Lower the ops that have a dedicated GPU kernel "
                     "(convert-tessel-to-gpu: f16/bf16 attention, qmatmul "
                     "with packed weights) "
                     "to it; false: every op takes the generic path"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> tensorCores{
      *this, "tensor-cores",
      llvm::cl::desc("Tensor cores (mma.sync) in the attention and qmatmul "
                     "kernels; false: qmatmul on CUDA cores, attention on "
                     "the generic path"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> chooseLayouts{
      *this, "choose-layouts",
      llvm::cl::desc("Pack constant sub-byte qmatmul weights into the i32 "
                     "words the kernel reads (tessel-propagate-layouts "
                     "with the chip); false: constants keep a byte per "
                     "weight"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> attentionWarps{
      *this, "attention-warps",
      llvm::cl::desc("Warps per block of the attention kernel (4 or 8)"),
      llvm::cl::init(4)};
  PassOptions::Option<bool> fuseConsumers{
      *this, "fuse-consumers",
      llvm::cl::desc("Compute the elementwise consumer of a qmatmul (a "
                     "residual add, a scaling) in the kernel's stores"),
      llvm::cl::init(true)};
};

/// tessel-cuda-pipeline: tessel (and linalg/tensor) IR on tensors to host
/// code in the LLVM dialect that launches kernels embedded as gpu.binary ops
/// (PTX or cubin for `chip`), through the `mgpu*` calls that Tessel's CUDA
/// runtime implements. Public functions take and return device buffers.
void buildCUDAPipeline(OpPassManager &pm, const CUDAPipelineOptions &options);

void registerPipelines();

} // namespace mlir::tessel

#endif // TESSEL_PIPELINES_PIPELINES_H

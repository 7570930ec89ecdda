//===- TargetDescription.cpp - The machines Tessel models -----------------===//
//
// Datasheet peaks, corrected by what was measured where we could measure:
// the CPU's DRAM bandwidth on the development VM (9.4 GB/s single-thread
// read), the H100's copy bandwidth and cuBLAS's best GEMM (PEERS.md), the
// H200's copy bandwidth (4.3 TB/s, the device tool's KINDS.md).
//
//===----------------------------------------------------------------------===//

#include "tessel/CostModel/CostModel.h"

using namespace mlir;
using namespace mlir::tessel;

std::optional<TargetDescription> TargetDescription::get(StringRef name) {
  TargetDescription t;
  t.name = name.str();
  if (name == "cpu") {
    // 2 cores x 2.5 GHz x 2 FMA units x 16 f32 lanes x 2 FLOP.
    t.peakFlopsF32 = 2 * 2.5e9 * 2 * 16 * 2;
    t.peakFlopsF16 = t.peakFlopsF32; // converted to f32, no matrix units
    t.dramBandwidth = 10e9;
    t.cacheBandwidth = 100e9;
    t.cacheBytes = 35 << 20;
    t.scratchpadBytes = 1 << 20; // a core's L2
    t.units = 2;
    t.tilesPerUnit = 1;
    return t;
  }
  if (name == "sm_80") {
    t.peakFlopsF32 = 19.5e12;
    t.peakFlopsF16 = 312e12;
    t.dramBandwidth = 1.9e12;
    t.cacheBandwidth = 7e12;
    t.cacheBytes = 40 << 20;
    t.scratchpadBytes = 163 << 10;
    t.units = 108;
    t.tilesPerUnit = 2;
    t.warpsPerUnit = 64;
    t.blocksPerUnit = 32;
    t.memoryLatency = 0.6e-6;
    t.registersPerUnit = 64 << 10;
    return t;
  }
  if (name == "sm_90" || name == "h200") {
    t.peakFlopsF32 = 67e12;
    t.peakFlopsF16 = 790e12; // cuBLAS's best measured, not the 989 datasheet
    t.dramBandwidth = 3.0e12;
    t.cacheBandwidth = 10e12;
    t.cacheBytes = 50 << 20;
    t.scratchpadBytes = 227 << 10;
    t.units = 132;
    t.tilesPerUnit = 2;
    t.warpsPerUnit = 64;
    t.blocksPerUnit = 32;
    // Loaded, not idle: between the idle 0.6 us used before and the 1.4 us
    // of a saturated kernel (ncu on the qmatmul decoding kernel, H200, L2
    // invalidated: 2.0 TB/s from DRAM with about 2.8 MB of loads in
    // flight, Little's law).
    t.memoryLatency = 1.2e-6;
    t.registersPerUnit = 64 << 10;
    // The same chip with HBM3e (4.8 TB/s datasheet) and 141 GB.
    if (name == "h200")
      t.dramBandwidth = 4.3e12;
    return t;
  }
  return std::nullopt;
}

# Peers of test/Benchmarks/CUDA/static-cache-decode.mlir on the GPU: a decode
# step of Llama 3 8B's attention (B 1, 32 query heads over 8 key/value heads,
# D 128, bf16) over the 4096 keys that its position (or window) leaves
# visible, through SDPA's cuDNN and FlashAttention-2 backends, and over the
# whole 32768-key cache for scale. (PyTorch's own static-cache decode reads
# the whole cache under an additive mask: timed too.) Timed as
# ../shared/bench/peers.py times: triton's do_bench, L2 flushed, medians.
#   python3 static_cache_peers.py   -> one "name: N us" line per figure
import torch
import torch.nn.functional as F
from triton.testing import do_bench

HQ, HKV, D, CACHE, SEEN = 32, 8, 128, 32768, 4096
dev = "cuda"
torch.manual_seed(0)
q = torch.randn(1, HQ, 1, D, dtype=torch.bfloat16, device=dev)
k, v = (torch.randn(1, HKV, CACHE, D, dtype=torch.bfloat16, device=dev) for _ in range(2))
seen_k, seen_v = k[:, :, :SEEN].contiguous(), v[:, :, :SEEN].contiguous()
mask = torch.full((1, 1, 1, CACHE), float("-inf"), dtype=torch.bfloat16, device=dev)
mask[..., :SEEN] = 0
bench = lambda fn: do_bench(fn, warmup=25, rep=200, return_mode="median") * 1e3  # us
print(f"device: {torch.cuda.get_device_name()}")

SDPA = torch.nn.attention.SDPBackend
for name, backend in [("flash", SDPA.FLASH_ATTENTION), ("cudnn", SDPA.CUDNN_ATTENTION),
                      ("efficient", SDPA.EFFICIENT_ATTENTION)]:
    cases = [("keys4096", lambda: F.scaled_dot_product_attention(q, seen_k, seen_v, enable_gqa=True)),
             ("keys32768", lambda: F.scaled_dot_product_attention(q, k, v, enable_gqa=True)),
             ("masked32768", lambda: F.scaled_dot_product_attention(q, k, v, attn_mask=mask,
                                                                     enable_gqa=True))]
    for case, fn in cases:
        try:
            with torch.nn.attention.sdpa_kernel(backend):
                us = bench(fn)
            print(f"sdpa_{name}_{case}: {us:.1f} us")
        except Exception as e:  # a backend this torch build lacks, or a mask it refuses
            print(f"sdpa_{name}_{case}: error {str(e)[:100]}")

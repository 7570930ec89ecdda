# Peers of test/Benchmarks/CUDA/attention-window.mlir on the GPU: Mistral
# 7B's prefill shape (B 1, 32 query heads over 8 key/value heads, S 4096,
# D 128, bf16) with sliding windows of 4096, 1024 and 256 keys, through
# FlexAttention (Triton, a block mask that skips the blocks outside the
# window) and FlashAttention-2 (flash_attn's window_size, when the package
# is there), next to causal SDPA (FA2 and cuDNN backends). Timed as
# ../shared/bench/peers.py times: triton's do_bench, L2 flushed, medians.
#   python3 window_peers.py   -> one "name: N us" line per figure
import torch
import torch.nn.functional as F
from triton.testing import do_bench

B, HQ, HKV, S, D = 1, 32, 8, 4096, 128
dev = "cuda"
torch.manual_seed(0)
q = torch.randn(B, HQ, S, D, dtype=torch.bfloat16, device=dev)
k, v = (torch.randn(B, HKV, S, D, dtype=torch.bfloat16, device=dev) for _ in range(2))
bench = lambda fn: do_bench(fn, warmup=25, rep=200, return_mode="median") * 1e3  # us
print(f"device: {torch.cuda.get_device_name()}")

SDPA = torch.nn.attention.SDPBackend
for name, backend in [("flash", SDPA.FLASH_ATTENTION), ("cudnn", SDPA.CUDNN_ATTENTION)]:
    try:
        with torch.nn.attention.sdpa_kernel(backend):
            us = bench(lambda: F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True))
        print(f"sdpa_{name}_causal: {us:.1f} us")
    except Exception as e:  # a backend this torch build lacks
        print(f"sdpa_{name}_causal: error {str(e)[:120]}")

try:
    from torch.nn.attention.flex_attention import create_block_mask, flex_attention

    flex = torch.compile(flex_attention)
    for w in (4096, 1024, 256):
        mask = create_block_mask(lambda b, h, qi, ki: (qi >= ki) & (qi - ki < w), None, None, S, S)
        us = bench(lambda: flex(q, k, v, block_mask=mask, enable_gqa=True))
        print(f"flex_window{w}: {us:.1f} us")
except Exception as e:
    print(f"flex: error {str(e)[:200]}")

try:
    from flash_attn import flash_attn_func

    qt, kt, vt = (t.transpose(1, 2).contiguous() for t in (q, k, v))
    for w in (4096, 1024, 256):
        us = bench(lambda: flash_attn_func(qt, kt, vt, causal=True, window_size=(w - 1, 0)))
        print(f"fa2_window{w}: {us:.1f} us")
except Exception as e:
    print(f"fa2: error {str(e)[:120]}")

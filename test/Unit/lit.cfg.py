# -*- Python -*-
# Runs the GoogleTest unit tests through lit.

import os
import sys

import lit.formats

sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
import sanitizers  # noqa: E402

config.name = "Tessel-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.tessel_obj_root, "test", "Unit")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
sanitizers.configure(config)

# -*- Python -*-
# Runs the GoogleTest unit tests through lit.

import os

import lit.formats

config.name = "Tessel-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.tessel_obj_root, "test", "Unit")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")

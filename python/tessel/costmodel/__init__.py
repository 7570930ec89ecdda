"""The learned cost model's data side: the tuning suites (suite.py), the
measurements of tessel-tune (measurements.py) and training and evaluation
(train.py). See docs/CostModel.md."""

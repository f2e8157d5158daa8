"""Evaluation: clustering metrics, gold labels, and the baselines gugus is measured against."""

from __future__ import annotations

from gugus.eval.labels import labeled_articles, load_labels
from gugus.eval.metrics import bcubed, pairwise, score

__all__ = ["bcubed", "labeled_articles", "load_labels", "pairwise", "score"]

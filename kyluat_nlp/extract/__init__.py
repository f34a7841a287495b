"""Extraction of spans from a segmented Document: violation mentions (more to come)."""

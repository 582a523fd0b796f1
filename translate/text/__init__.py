"""Text handling shared by every engine: normalisation, tokenisation, scripts."""

"""Text layer: normalisation with an offset map, tokens, clitic segmentation, sentences, numbers, dates."""

"""Pipeline stage: normalise, tokenise and split sentences."""

from __future__ import annotations

from rasd.model.records import Doc
from rasd.text.normalize import normalize_text
from rasd.text.sentences import split_sentences
from rasd.text.tokens import tokenize


class TextStage:
    """Fills ``norm``, ``tokens``, ``token_spans`` (original offsets) and ``sentences`` (token ranges)."""

    name = "text"
    requires = ("text",)
    assigns = ("norm", "tokens", "token_spans", "sentences")

    def __call__(self, doc: Doc) -> None:
        norm = normalize_text(doc.text)
        tokens = tokenize(norm.text)
        doc.norm = norm
        doc.tokens = tokens
        doc.token_spans = [norm.to_original(t.start, t.end) for t in tokens]
        sentences: list[tuple[int, int]] = []
        i = 0
        for span in split_sentences(norm.text):
            j = i
            while j < len(tokens) and tokens[j].start < span.end:
                j += 1
            if j > i:
                sentences.append((i, j))
            i = j
        doc.sentences = sentences

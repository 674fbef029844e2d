"""Pipeline stage: normalise, tokenise and split sentences."""

from __future__ import annotations

from rasd.deadline import check_deadline, deadline_check
from rasd.model.records import Doc
from rasd.text.segment import analyses
from rasd.text.normalize import normalize_text
from rasd.text.sentences import split_sentences
from rasd.text.tokens import Token, tokenize


class TextStage:
    """Fills ``norm``, ``tokens``, ``token_spans`` (original offsets) and ``sentences`` (token ranges)."""

    name = "text"
    requires = ("text",)
    assigns = ("norm", "tokens", "token_spans", "sentences")

    def __call__(self, doc: Doc) -> None:
        norm = normalize_text(doc.text)
        check_deadline(doc)
        tokens = tokenize(norm.text, deadline_check(doc))
        doc.norm = norm
        doc.tokens = tokens
        doc.token_spans = [norm.to_original(t.start, t.end) for t in tokens]
        check_deadline(doc)
        for i, (tok, (a, b)) in enumerate(zip(tokens, doc.token_spans)):
            if tok.text.endswith("ه") and _ends_with_ta_marbuta(doc.text, a, b):
                tokens[i] = Token(tok.index, tok.start, tok.end, tok.text, analyses(tok.text, ta_marbuta=True),
                                  tok.key, tok.inner_keys)  # dataclasses.replace, without its overhead
        sentences: list[tuple[int, int]] = []
        i = 0
        spans = split_sentences(norm.text)
        check_deadline(doc)
        for span in spans:
            j = i
            while j < len(tokens) and tokens[j].start < span.end:
                j += 1
            if j > i:
                sentences.append((i, j))
            i = j
        doc.sentences = sentences


def _ends_with_ta_marbuta(text: str, start: int, end: int) -> bool:
    """Whether the original word's last letter (diacritics skipped) is «ة»."""
    i = end - 1
    while i > start and ("\u064b" <= text[i] <= "\u065f" or text[i] in "\u0670\u0640"):
        i -= 1
    return text[i] in ("ة", "ﺓ", "ﺔ")

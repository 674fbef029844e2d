"""An event's evidence in context: the whole sentence around it, with the evidence's place in it.

The analyst reads each source's sentence right to left with the evidence highlighted, so the API
returns the sentence (or the run of sentences the evidence spans) and offsets relative to it.
Offsets index Python characters (code points) of the original article text, as everywhere in rasd.
"""

from __future__ import annotations

from rasd.api.schemas import Evidence
from rasd.text.sentences import split_sentences

MAX_CONTEXT = 2000  # characters kept on either side when a "sentence" is a whole unpunctuated page


def evidence_in_context(text: str | None, start: int, end: int, fallback: str) -> Evidence:
    """The sentence(s) of ``text`` overlapping ``[start, end)``.

    Without the article text (or with offsets outside it) the stored evidence string stands alone.
    """
    if not text or not (0 <= start < end <= len(text)):
        return Evidence(sentence=fallback, sentence_start=start, sentence_end=start + len(fallback),
                        highlight_start=0, highlight_end=len(fallback), evidence_start=start, evidence_end=end)
    s_start, s_end = start, end
    for span in split_sentences(text):
        if span.end <= start:
            continue
        if span.start >= end:
            break
        s_start, s_end = min(s_start, span.start), max(s_end, span.end)
    s_start = max(s_start, start - MAX_CONTEXT)
    s_end = min(s_end, end + MAX_CONTEXT)
    return Evidence(sentence=text[s_start:s_end], sentence_start=s_start, sentence_end=s_end,
                    highlight_start=start - s_start, highlight_end=end - s_start,
                    evidence_start=start, evidence_end=end)

"""Cross-source merging: one record per real-world event, with every outlet that reported it.

See :mod:`rasd.dedup.compat` (when two reports match), :mod:`rasd.dedup.cluster` (grouping),
:mod:`rasd.dedup.canonical` (the merged record and its stable id) and :mod:`rasd.dedup.syndication`
(wire copies counted once).
"""

from rasd.dedup.context import LexiconContext, MergeContext, lexicon_context
from rasd.dedup.incremental import MergeUpdate, merge_articles
from rasd.dedup.merge import merge_documents, merge_store
from rasd.dedup.syndication import find_syndication

__all__ = [
    "LexiconContext", "MergeContext", "MergeUpdate", "find_syndication", "lexicon_context", "merge_articles",
    "merge_documents", "merge_store",
]

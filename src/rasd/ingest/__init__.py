"""Reading inputs: text files, folders and JSONL lines, each checked before extraction."""

"""Sinks: one module per output target; each writes a KnowledgeGraph."""

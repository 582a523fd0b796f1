"""Glossary model, formats and validation."""

from translate.glossary.model import Concept, Glossary, Status, Term

__all__ = ["Concept", "Glossary", "Status", "Term"]

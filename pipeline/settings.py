"""One settings object for a run: defaults, then flags, handed to every stage."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patterns: Optional[Path] = Field(None, description="folder of rule files (default: the shipped patterns/)")
    model: Optional[str] = Field(None, description="a trained spaCy pipeline to start from (optional)")
    max_bytes: int = Field(20_000_000, description="largest input accepted, after decompression")
    progress: bool = Field(True, description="show a progress bar on stderr")
    batch_size: int = Field(64, description="documents per nlp.pipe batch")
    reports: bool = Field(True, description="write report.html and report.md")

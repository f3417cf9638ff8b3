"""One settings object for a run: defaults, then flags, handed to every stage."""
from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patterns: Optional[Path] = Field(None, description="folder of rule files (default: the shipped patterns/)")
    model: Optional[str] = Field(None, description="a trained spaCy pipeline to start from (optional)")
    max_bytes: int = Field(20_000_000, description="largest input accepted, after decompression")
    time_limit: float = Field(120.0, ge=0, description="seconds one input may take (reading, spaCy and "
                                                       "extraction) before it goes to errors.jsonl as `timeout`; "
                                                       "0: no limit")
    progress: bool = Field(True, description="show a progress bar on stderr")
    batch_size: int = Field(64, description="documents per nlp.pipe batch")
    reports: bool = Field(True, description="write report.html and report.md")
    workers: Optional[int] = Field(None, ge=1, description="processes for the per-article stage "
                                                          "(default: all cores; 1: no worker processes)")
    cache: bool = Field(True, description="reuse the results of unchanged inputs kept in OUT/.cache/")
    engine: Literal["local", "dask"] = Field("local", description="where the per-article stage runs: this "
                                                                  "machine, or a Dask cluster")
    scheduler: Optional[str] = Field(None, description="address of the Dask scheduler (default: a "
                                                       "LocalCluster of `workers` processes)")

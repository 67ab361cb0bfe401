"""The CI gate: metric thresholds from YAML, checked against a run's metrics.

The file maps a metric name to its bound, `{min: x}` or `{max: y}` (or both):

    category_accuracy: {min: 0.85}
    latency_ms_p95: {max: 300}

A metric with no data (null) fails any bound it has, and so does a name the metrics do not have: a
threshold that cannot be checked must not pass quietly (a typo in the file would otherwise disable it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from evals.metrics import MetricValue

# The project's thresholds; a source checkout path, so the CLI should let a caller pass another file.
DEFAULT_THRESHOLDS = Path(__file__).resolve().parent.parent / "config" / "eval_thresholds.yaml"

Bound = Literal["min", "max"]


@dataclass(frozen=True)
class Threshold:
    min: float | None = None
    max: float | None = None

    def to_dict(self) -> dict[str, float]:
        return {k: v for k, v in (("min", self.min), ("max", self.max)) if v is not None}


@dataclass(frozen=True)
class GateFailure:
    metric: str
    value: MetricValue
    bound: Bound
    limit: float
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "value": self.value,
            "bound": self.bound,
            "limit": self.limit,
            "message": self.message,
        }


class ThresholdError(ValueError):
    """The thresholds file does not have the documented shape; the message says where."""


def parse_thresholds(data: object, source: str = "thresholds") -> dict[str, Threshold]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ThresholdError(f"{source}: expected a mapping of metric name -> {{min: x}} or {{max: y}}")
    thresholds: dict[str, Threshold] = {}
    for metric, spec in data.items():
        where = f"{source}: {metric}"
        if not isinstance(spec, dict) or not spec:
            raise ThresholdError(f"{where}: expected {{min: x}} or {{max: y}}, got {spec!r}")
        unknown = set(spec) - {"min", "max"}
        if unknown:
            raise ThresholdError(f"{where}: unknown keys {sorted(map(str, unknown))}; use min and/or max")
        bounds = {key: _number(f"{where}.{key}", value) for key, value in spec.items()}
        threshold = Threshold(min=bounds.get("min"), max=bounds.get("max"))
        if threshold.min is not None and threshold.max is not None and threshold.min > threshold.max:
            raise ThresholdError(f"{where}: min {threshold.min} is above max {threshold.max}")
        thresholds[str(metric)] = threshold
    return thresholds


def load_thresholds(path: Path | str = DEFAULT_THRESHOLDS) -> dict[str, Threshold]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ThresholdError(f"{path}: not valid YAML: {exc}") from exc
    return parse_thresholds(data, source=str(path))


def _number(where: str, value: object) -> float:
    # bool is an int in Python; `min: yes` is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ThresholdError(f"{where}: expected a number, got {value!r}")
    return float(value)


def check(metrics: Mapping[str, MetricValue], thresholds: Mapping[str, Threshold]) -> list[GateFailure]:
    """Every bound that is not met, in the thresholds' order; an empty list means the gate passes."""
    failures: list[GateFailure] = []
    for metric, threshold in thresholds.items():
        bounds: tuple[tuple[Bound, float | None], ...] = (("min", threshold.min), ("max", threshold.max))
        for bound, limit in bounds:
            if limit is None:
                continue
            message = _violation(metric, metrics, bound, limit)
            if message:
                failures.append(GateFailure(metric, metrics.get(metric), bound, limit, message))
    return failures


def _violation(metric: str, metrics: Mapping[str, MetricValue], bound: Bound, limit: float) -> str | None:
    needs = f"{bound} {fmt(limit)}"
    if metric not in metrics:
        return f"{metric} is not a metric of this evaluation (needs {needs})"
    value = metrics[metric]
    if value is None:
        return f"{metric} has no data: no case measured it (needs {needs})"
    if bound == "min" and value < limit:
        return f"{metric} {fmt(value, limit)} < {needs}"
    if bound == "max" and value > limit:
        return f"{metric} {fmt(value, limit)} > {needs}"
    return None


def fmt(value: float, near: float | None = None) -> str:
    """Short (0.81, 300, 312.5), but never rounded onto the limit it failed: 0.84999 is not '0.85'."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    if near is not None and text == fmt(near) and value != near:
        return repr(value)
    return text

"""Charts for the dashboard as inline SVG, drawn on the server: no chart library, no JavaScript.

Every function returns markup that is safe to insert as is: labels are escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg" {FONT}>'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def bar_chart(label: str, bars: Sequence[tuple[str, int, str]], width: int = 360) -> Markup:
    """Vertical bars: (label, value, colour) each, value written above its bar."""
    height, top, bottom = 180, 20, 30
    peak = max((v for _, v, _ in bars), default=0) or 1
    slot = width / max(len(bars), 1)
    base = height - bottom
    body: list[str] = [f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="#ccc"/>']
    for i, (name, value, colour) in enumerate(bars):
        bar_h = (height - top - bottom) * value / peak
        x = i * slot + slot * 0.2
        y = height - bottom - bar_h
        body.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.6:.1f}" height="{bar_h:.1f}" fill="{colour}">'
            f"<title>{escape(name)}: {value}</title></rect>"
            f'<text x="{x + slot * 0.3:.1f}" y="{y - 4:.1f}" text-anchor="middle">{value}</text>'
            f'<text x="{x + slot * 0.3:.1f}" y="{base + 16}" text-anchor="middle">{escape(name)}</text>'
        )
    return _svg(width, height, label, body)


def funnel(label: str, steps: Sequence[tuple[str, int]], total: int, width: int = 520) -> Markup:
    """Horizontal bars, one per step in order, each as a share of `total`."""
    row, label_w = 26, 190
    height = row * len(steps) + 8
    bar_w = width - label_w - 70
    body: list[str] = []
    for i, (name, count) in enumerate(steps):
        share = count / total if total else 0.0
        y = 4 + i * row
        body.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{escape(name)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w:.0f}" height="{row - 8}" fill="#eef1f5"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w * share:.1f}" height="{row - 8}" fill="#3b6fd4">'
            f"<title>{escape(name)}: {count} of {total}</title></rect>"
            f'<text x="{label_w + bar_w + 6}" y="{y + 16}">{count} ({share:.0%})</text>'
        )
    return _svg(width, height, label, body)


def line_chart(
    label: str, points: Sequence[tuple[str, float]], y_max: float = 100.0, width: int = 520
) -> Markup:
    """A line through (x label, value) points on a 0..y_max scale, with gridlines every quarter."""
    height, left, right, top, bottom = 200, 36, 24, 12, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    body: list[str] = []
    for q in range(5):
        value = y_max * q / 4
        y = top + plot_h * (1 - q / 4)
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e3e6ea"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>'
        )
    step = plot_w / max(len(points) - 1, 1)
    coords = [
        (left + i * step, top + plot_h * (1 - min(max(v, 0.0), y_max) / y_max))
        for i, (_, v) in enumerate(points)
    ]
    if coords:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        body.append(f'<polyline points="{path}" fill="none" stroke="#3b6fd4" stroke-width="2"/>')
    for (x, y), (name, value) in zip(coords, points, strict=True):
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#3b6fd4">'
            f"<title>{escape(name)}: {value:.0f}</title></circle>"
            f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle">{escape(name)}</text>'
        )
    return _svg(width, height, label, body)


def meter(value: int, colour: str, width: int = 90) -> Markup:
    """A small 0-100 bar for table cells."""
    return Markup(
        f'<svg class="meter" viewBox="0 0 {width} 10" width="{width}" height="10" role="img" '
        f'aria-label="{value} of 100"><rect width="{width}" height="10" fill="#eef1f5"/>'
        f'<rect width="{width * value / 100:.1f}" height="10" fill="{escape(colour)}"/></svg>'
    )

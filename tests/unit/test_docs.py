"""The documents inside the repository stay true to the code: the flows drawn in docs/architecture.md,
the graphs langgraph.json names, the README's links, the layers contract."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
import tomllib
from importlib import import_module
from pathlib import Path

import pytest
from langgraph.graph.state import CompiledStateGraph

from graph import diagrams, studio

ROOT = Path(__file__).resolve().parents[2]
FLOWS = ["ticket", "onboarding", "milestone", "retention", "knowledge_gaps"]
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


@pytest.mark.parametrize("name", FLOWS)
def test_architecture_doc_holds_each_graph_as_the_code_draws_it(name: str) -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    drawn = studio.GRAPHS[name].get_graph().draw_mermaid().rstrip()
    assert drawn.startswith("---") and "graph TD;" in drawn
    assert drawn in doc, (
        f"docs/architecture.md does not draw the {name} graph as the code does: "
        "run `python scripts/update_architecture_doc.py`"
    )


def test_architecture_doc_has_one_current_block_per_graph() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert diagrams.marked(doc) == FLOWS
    assert diagrams.render(doc) == doc, "run `python scripts/update_architecture_doc.py`"


def test_diagram_render_replaces_a_stale_block_and_refuses_an_unknown_graph() -> None:
    stale = "intro\n<!-- mermaid:onboarding -->\n```mermaid\ngraph TD;\n\told --> gone;\n```\n<!-- /mermaid:onboarding -->\n"
    fresh = diagrams.render(stale)
    assert "old --> gone" not in fresh
    assert diagrams.mermaid("onboarding").rstrip() in fresh
    assert fresh.startswith("intro\n<!-- mermaid:onboarding -->\n```mermaid\n")
    assert diagrams.render(fresh) == fresh
    with pytest.raises(KeyError, match="nowhere"):
        diagrams.render("<!-- mermaid:nowhere -->\n<!-- /mermaid:nowhere -->")


def _langgraph_json() -> dict[str, str]:
    config = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))
    assert config["dependencies"] == ["."]
    graphs: dict[str, str] = config["graphs"]
    return graphs


def test_langgraph_json_names_every_flow() -> None:
    assert sorted(_langgraph_json()) == sorted(FLOWS) == sorted(studio.GRAPHS)


@pytest.mark.parametrize("name", FLOWS)
def test_langgraph_json_graph_imports_as_a_compiled_graph(name: str) -> None:
    spec = _langgraph_json()[name]
    path, attribute = spec.rsplit(":", 1)
    assert path.startswith("./") and path.endswith(".py"), spec
    assert (ROOT / path).is_file(), spec
    module = import_module(path[2:-3].replace("/", "."))
    graph = getattr(module, attribute)
    assert isinstance(graph, CompiledStateGraph)
    assert graph.checkpointer is None  # the LangGraph server brings its own persistence
    assert graph is studio.GRAPHS[name]
    assert {"__start__", "__end__"} < set(graph.get_graph().nodes)


def test_importing_the_studio_graphs_touches_no_data_or_cache_directory(tmp_path: Path) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    env = {**os.environ, "CS_AGENTS_DATA_DIR": str(data), "CS_AGENTS_CACHE_DIR": str(cache)}
    code = "import graph.studio as s; print(sorted(s.GRAPHS))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(sorted(FLOWS))
    assert not data.exists() and not cache.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("doc", ["README.md", "docs/architecture.md", "docs/data-contract.md"])
def test_links_stay_inside_the_repository_and_resolve(doc: str) -> None:
    path = ROOT / doc
    text = path.read_text(encoding="utf-8")
    assert "../shared" not in text
    for target in _LINK.findall(text):
        if target.startswith(("http://", "https://")):
            assert doc != "README.md", f"the README links outside the repository: {target}"
            continue
        file_part = target.split("#", 1)[0]
        if not file_part:
            continue  # an anchor in the same page
        resolved = (path.parent / file_part).resolve()
        assert resolved.is_relative_to(ROOT), f"{doc} links outside the repository: {target}"
        assert resolved.exists(), f"{doc} links to a missing file: {target}"


def test_readme_links_the_architecture_and_data_contract() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:2000]
    assert "(docs/architecture.md)" in head and "(docs/data-contract.md)" in head


def test_layers_contract_places_every_core_module() -> None:
    """A new module in the core package must be given a layer, or the contract would not see it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    [contract] = [c for c in config["contracts"] if c["type"] == "layers"]
    named = {m.strip() for layer in contract["layers"] for m in re.split(r"[:|]", layer)}
    for module in sorted((ROOT / "cs_agents").iterdir()):
        if module.name.startswith("_") or not (module.suffix == ".py" or (module / "__init__.py").exists()):
            continue
        assert f"cs_agents.{module.stem}" in named, f"cs_agents.{module.stem} is in no layer of the contract"
    for package in ["api", "evals", "graph", "agents", "knowledge_base"]:
        assert package in named
    assert all(line.split(" -> ")[0] in named for line in contract.get("ignore_imports", []))
    assert ".venv/bin/lint-imports" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _table_keys(text: str, heading: str) -> list[str]:
    """The backticked first cells of the body rows of the first table after `heading`."""
    lines = text.split(heading, 1)[1].splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    table = list(itertools.takewhile(lambda line: line.startswith("|"), lines[first:]))
    return [m[1] for line in table[2:] if (m := re.match(r"\| `(\w+)` \|", line))]


def test_data_contract_vocabularies_are_the_models() -> None:
    from typing import get_args

    from cs_agents import models

    text = (ROOT / "docs" / "data-contract.md").read_text(encoding="utf-8")
    for number, title in enumerate(
        ["Knowledge base", "Tickets", "Accounts", "Product events", "Lifecycle"], 1
    ):
        assert f"\n## {number}. {title}" in text
    assert "\n## 6. A product data folder" in text
    assert _table_keys(text, "### Categories") == list(models.CATEGORIES)
    assert _table_keys(text, "## 4. Product events") == list(models.EVENT_NAMES)
    priorities = ", ".join(f"`{p}`" for p in get_args(models.Priority))
    assert priorities in text.split("### Priorities", 1)[1]
    plans = ", ".join(f"`{p}`" for p in get_args(models.Plan)[:-1])
    assert f"{plans} or `{get_args(models.Plan)[-1]}`" in text
    channels = ", ".join(f"`{c}`" for c in get_args(models.Channel)[:-1])
    assert f"{channels} or `{get_args(models.Channel)[-1]}`" in text
    assert " | ".join(get_args(models.ArticleType)).replace("article", "article (default)", 1) in text

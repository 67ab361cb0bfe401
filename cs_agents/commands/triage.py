"""`cs-agents triage train`: rebuild the shipped triage model from the product-agnostic dataset.

Embeds the examples with the multilingual encoder (cached by the data's hash, so a re-run only retrains),
cross-validates by domain (each domain predicted by a model trained without it: the figure that predicts
a product nobody tuned on), fits the temperatures on those predictions, trains on everything and writes the
model file with the data's sha256 and the figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import numpy as np
import typer
from rich.console import Console
from rich.progress import Progress

from cs_agents.settings import Settings

app = typer.Typer(no_args_is_help=True, help="The trained triage model.")
out = Console()
err = Console(stderr=True)


@app.command("train")
def train_command(
    ctx: typer.Context,
    dataset: Annotated[Path | None, typer.Option(help="folder of *.jsonl examples")] = None,
    model_out: Annotated[Path | None, typer.Option("--out", help="model file to write")] = None,
    report: Annotated[Path | None, typer.Option(help="also write the cross-validation figures here")] = None,
) -> None:
    """Train the category, priority and intent heads and write the model file."""
    from agents.customer_success import classifier
    from knowledge_base.multilingual import MODEL_ID, shared_encoder

    settings: Settings = ctx.obj
    folder = dataset or classifier.DATASET_DIR
    target = model_out or classifier.MODEL_PATH
    examples, digest = classifier.load_dataset(folder)
    if not examples:
        err.print(f"[red]no examples in {folder}[/red]")
        raise typer.Exit(2)
    cache = settings.cache_dir / f"triage-vectors-{MODEL_ID}-{digest[:16]}.npy"
    with Progress(console=err) as bars:
        if cache.exists():
            vectors = np.load(cache)
        else:
            task = bars.add_task("embedding", total=len(examples))
            encoder = shared_encoder()
            parts = []
            for start in range(0, len(examples), 64):
                batch = [e.text for e in examples[start : start + 64]]
                parts.append(encoder.encode(batch))
                bars.advance(task, len(batch))
            vectors = np.vstack(parts)
            cache.parent.mkdir(parents=True, exist_ok=True)
            np.save(cache, vectors)
        folds = bars.add_task("cross-validating", total=len({e.domain for e in examples}))
        model, figures = classifier.train(
            vectors,
            examples,
            digest,
            MODEL_ID,
            progress=lambda done, total: bars.update(folds, completed=done),
        )
    model.save(target)
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    out.print(
        f"{len(examples)} examples, {len({e.domain for e in examples})} domains, data sha256 {digest[:16]}"
    )
    out.print(
        "cross-validated by domain: category {category_accuracy:.3f} "
        "(English {category_accuracy_english:.3f}, "
        "other languages {category_accuracy_other_languages:.3f}), priority {priority_accuracy:.3f}".format(
            **figures
        )
    )
    for name, f in figures["intents"].items():
        out.print(
            f"  intent {name:<9} recall {f['recall']:.3f} precision {f['precision']:.3f} "
            f"({f['positives']} examples)"
        )
    out.print(f"model written to {target}")


@app.command("train-coverage")
def train_coverage_command(
    ctx: typer.Context,
    products: Annotated[list[Path], typer.Argument(help="product data folders with labelled tickets")],
    model_out: Annotated[Path | None, typer.Option("--out", help="model file to write")] = None,
    report: Annotated[Path | None, typer.Option(help="also write the figures here")] = None,
    write_kb_vote: Annotated[
        bool,
        typer.Option(
            "--write-kb-vote",
            help="also replace the shipped knowledge-base vote weight with the one fitted here (on category "
            "accuracy alone; the shipped one was chosen through the whole flow)",
        ),
    ] = False,
) -> None:
    """Train the answerability score (is the question covered?) on the products' labelled tickets."""
    from agents.customer_success import answerability
    from agents.customer_success.triage import KB_VOTE_PATH
    from evals import coverage

    settings: Settings = ctx.obj
    samples: list[coverage.Sample] = []
    categories: list[coverage.CategorySample] = []
    for folder in products:
        if not folder.is_dir():
            err.print(f"[red]not a folder: {folder}[/red]")
            raise typer.Exit(2)
        err.print(f"loading and searching {folder} ...")
        samples += coverage.collect(folder, settings, categories=categories)
    model, figures = coverage.train(samples)
    model.save(model_out or answerability.MODEL_PATH)
    weight, vote_figures = coverage.fit_kb_weight(categories)
    figures["kb_vote"] = {"weight": weight, **vote_figures}
    if write_kb_vote:
        KB_VOTE_PATH.write_text(
            json.dumps({"weight": weight, **vote_figures}, indent=2) + "\n", encoding="utf-8"
        )
    for product, f in vote_figures["cross_product"].items():
        out.print(
            f"{product}: category {f['without_vote']} without the knowledge base's vote, "
            f"{f['category_accuracy']} with it (weight {f['weight']} chosen on the others)"
        )
    if report:
        report.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for product, f in figures["cross_product"].items():
        out.print(
            f"{product}: trained without it, accuracy {f['accuracy']}, "
            f"answerable kept {f['answerable_kept']}, "
            f"uncovered caught {f['uncovered_caught']} ({f['samples']} tickets)"
        )
    out.print(f"weights: {model.weights}")

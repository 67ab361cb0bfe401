"""The Chroma collection behind the knowledge base: embedded by default, a Chroma server by URL.

One code path serves both: everything above this module talks to `KBStore`. A Chroma server that cannot
be reached (stopped, restarting, too slow) raises `KnowledgeBaseUnavailable` from any `KBStore` call, so
callers can tell "try again later" from a bug; the client keeps its URL, so work resumes once the server
answers again.
Each chunk's metadata carries its article's id, title, type, category, section, source path, content hash
and origin (the folder it was ingested from), so the store is its own ingest manifest.

The English collection's metadata is what every process of a deployment shares about the knowledge base:
its revision, a short log of which articles each recent revision changed (so a process brings its keyword
index up to date from the changed articles instead of reading every chunk again), and which multilingual
model the second space is known to be level with (so no process has to compare the two spaces).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal, ParamSpec, TypeVar, cast
from urllib.parse import urlparse

import chromadb
import httpx
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from cs_agents.settings import Settings
from knowledge_base.embedding import MiniLMEmbeddingFunction
from knowledge_base.multilingual import MODEL_ID as MULTILINGUAL_ID
from knowledge_base.multilingual import MultilingualEmbeddingFunction, shared_encoder

REVISION_KEY = "kb_revision"
CHANGES_KEY = "kb_changes"  # JSON {"floor": revision, "log": [[revision, [doc ids]], ...]}
SYNCED_KEY = "kb_multilingual"  # the multilingual model id the second space is level with
# Doc ids the log keeps (a few tens of kB read once a second by each process); a change larger than this
# makes readers behind it read everything again, which costs about what it costs to write such a change.
CHANGES_MAX = 2000
# The two vector spaces every chunk is stored in: the English model ranks English questions best, the
# multilingual one the other languages (measured on the shipped products: scripts/compare_retrieval.py).
Space = Literal["english", "multilingual"]
SYNC_BATCH = 256  # chunks embedded per step when the multilingual space catches up with the English one
_PAGE = 1000  # Chroma server requests stay small
_DOC_PAGE = 100  # articles per request when reading chunks by article
# chromadb's HttpClient waits forever by default: a frozen server would hang every request that needs it.
# Reads get a generous bound (adding a page of 1000 chunks takes a few seconds on a busy server).
SERVER_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

P = ParamSpec("P")
R = TypeVar("R")


class KnowledgeBaseUnavailable(ConnectionError):
    """The Chroma server did not answer; the request may succeed once it is back."""


def _server_call(method: Callable[P, R]) -> Callable[P, R]:
    """Turn transport errors of the Chroma server client into `KnowledgeBaseUnavailable`."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except httpx.TransportError as exc:  # refused, reset, timed out: the server, not the request
            raise KnowledgeBaseUnavailable(
                f"the knowledge base server does not answer ({type(exc).__name__}); try again shortly"
            ) from exc

    return wrapper


@dataclass
class StoredChunk:
    id: str
    text: str
    metadata: dict[str, Any]


@dataclass(frozen=True)
class StoreState:
    """The shared facts about the knowledge base, read in one request (`KBStore.state`)."""

    revision: int
    floor: int  # the log reaches back to changes made after this revision
    log: tuple[tuple[int, tuple[str, ...]], ...]
    synced: str | None

    @staticmethod
    def of(metadata: Mapping[str, Any] | None) -> StoreState:
        meta = metadata or {}
        changes = json.loads(str(meta.get(CHANGES_KEY) or "{}"))
        return StoreState(
            int(meta.get(REVISION_KEY, 0)),
            int(changes.get("floor", 0)),
            tuple((int(rev), tuple(docs)) for rev, docs in changes.get("log", [])),
            str(meta[SYNCED_KEY]) if meta.get(SYNCED_KEY) else None,
        )

    def changed_since(self, revision: int) -> set[str] | None:
        """The articles changed after `revision` up to this one; None when the log does not reach back
        that far (the reader must read everything)."""
        if revision < self.floor:
            return None
        return {doc for rev, docs in self.log if rev > revision for doc in docs}


@dataclass
class StoredDoc:
    doc_id: str
    content_hash: str
    path: str
    origin: str
    chunk_ids: list[str] = field(default_factory=list)


def make_client(settings: Settings) -> ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"CHROMA_URL must look like http://host:port, got {settings.chroma_url!r}")
        client = chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
        # No public setting for it: bound the client's own httpx session when it has one.
        session = getattr(getattr(client, "_server", None), "_session", None)
        if isinstance(session, httpx.Client):
            session.timeout = SERVER_TIMEOUT
        return client
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


def make_embedding_function(settings: Settings) -> MiniLMEmbeddingFunction:
    path = str(settings.embedding_model_path) if settings.embedding_model_path else None
    return MiniLMEmbeddingFunction(path, settings.embedding_batch_size)


# Changes made by this process, so readers here see them at once (other processes' within a second).
local_writes = 0


class KBStore:
    """Thin wrapper over one Chroma collection, using cosine distance and our embedding function."""

    def __init__(self, settings: Settings, client: ClientAPI | None = None) -> None:
        self.settings = settings
        self.client = client or make_client(settings)
        self.embedding = make_embedding_function(settings)
        self.collection: Collection = self.client.get_or_create_collection(
            settings.chroma_collection,
            embedding_function=self.embedding,  # type: ignore[arg-type]
            metadata={REVISION_KEY: 0},
        )
        self._touched: set[str] = set()  # articles changed here since the last `bump_revision`
        # The same chunks (ids and metadata) in the multilingual model's space; named after the model, so a
        # new model starts an empty space that `sync_multilingual` fills once.
        self.multilingual_embedding = MultilingualEmbeddingFunction()
        self.multilingual: Collection = self.client.get_or_create_collection(
            f"{settings.chroma_collection}-{MULTILINGUAL_ID}",
            embedding_function=self.multilingual_embedding,  # type: ignore[arg-type]
        )

    @_server_call
    def _metadata(self) -> dict[str, Any]:
        """The collection's metadata as stored now (another process may have changed it)."""
        fresh = self.client.get_collection(
            self.settings.chroma_collection,
            embedding_function=self.embedding,  # type: ignore[arg-type]
        )
        return dict(fresh.metadata or {})

    def state(self) -> StoreState:
        return StoreState.of(self._metadata())

    # revision: bumped on every change so keyword indexes in any process know to update
    def revision(self) -> int:
        return self.state().revision

    @_server_call
    def bump_revision(self) -> None:
        """A new revision, logging the articles changed here since the last one."""
        global local_writes
        meta = self._metadata()
        state = StoreState.of(meta)
        revision = state.revision + 1
        log = [*state.log, (revision, tuple(sorted(self._touched)))]
        floor = state.floor
        while log and sum(len(docs) for _, docs in log) > CHANGES_MAX:
            floor = log.pop(0)[0]  # readers at this revision or later can still follow the log
        meta[REVISION_KEY] = revision
        meta[CHANGES_KEY] = json.dumps({"floor": floor, "log": log}, separators=(",", ":"))
        self.collection.modify(metadata=meta)
        self._touched.clear()
        local_writes += 1

    @_server_call
    def count(self) -> int:
        return self.collection.count()

    def embed(self, texts: list[str], space: Space = "english") -> np.ndarray:
        if space == "multilingual":
            if len(texts) == 1:  # a query: triage has usually embedded the same words already (cached)
                return shared_encoder().embed(texts[0])[None, :]
            return np.asarray(self.multilingual_embedding(texts), dtype=np.float32)
        return self.embedding.encoder.encode(texts)

    def embed_both(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Both spaces' vectors of chunks to store, the two models running at once (each releases the
        interpreter lock while it computes, so on two cores this takes about as long as the slower one)."""
        with ThreadPoolExecutor(1, thread_name_prefix="embed-multilingual") as pool:
            multilingual = pool.submit(self.embed, texts, "multilingual")
            english = self.embed(texts)
            return english, multilingual.result()

    @_server_call
    def stored_vectors(self, ids: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Text -> (English, multilingual) vectors of these stored chunks that are in both spaces: an
        edited article's unchanged sections are not embedded again."""
        found: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for start in range(0, len(ids), _PAGE):
            page = list(ids[start : start + _PAGE])
            english = self.collection.get(ids=page, include=["documents", "embeddings"])
            other = self.multilingual.get(ids=page, include=["embeddings"])
            multilingual = dict(zip(other["ids"], cast(Any, other["embeddings"]), strict=True))
            for cid, text, vector in zip(
                english["ids"], english["documents"] or [], cast(Any, english["embeddings"]), strict=True
            ):
                if text and cid in multilingual:
                    found[text] = (np.asarray(vector, np.float32), np.asarray(multilingual[cid], np.float32))
        return found

    @_server_call
    def add(
        self,
        ids: list[str],
        texts: list[str],
        embeddings: np.ndarray,
        metas: list[dict[str, Any]],
        multilingual: np.ndarray | None = None,
    ) -> None:
        """Store chunks in both spaces (`embeddings` are the English model's, `multilingual` the other
        model's, computed here when not given). The multilingual space is written first: a chunk searchable
        in English is in both."""
        self._touched.update(str(m.get("doc_id")) for m in metas)
        for start in range(0, len(ids), _PAGE):
            end = start + _PAGE
            self._add_multilingual(
                ids[start:end],
                texts[start:end],
                metas[start:end],
                None if multilingual is None else multilingual[start:end],
            )
            self.collection.add(
                ids=ids[start:end],
                documents=texts[start:end],
                embeddings=embeddings[start:end],
                metadatas=cast(Any, metas[start:end]),
            )

    def _add_multilingual(
        self,
        ids: list[str],
        texts: list[str],
        metas: list[dict[str, Any]],
        vectors: np.ndarray | None = None,
    ) -> None:
        self.multilingual.upsert(
            ids=ids,
            embeddings=self.embed(texts, "multilingual") if vectors is None else vectors,
            metadatas=cast(Any, metas),
        )

    @_server_call
    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _PAGE):
            page = list(ids[start : start + _PAGE])
            found = self.collection.get(ids=page, include=["metadatas"])
            self._touched.update(str((m or {}).get("doc_id")) for m in found["metadatas"] or [])
            self.collection.delete(ids=page)
            self.multilingual.delete(ids=page)

    @_server_call
    def sync_multilingual(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Bring the multilingual space level with the English one: embed the chunks it lacks (a knowledge
        base stored before it existed, or after the model changed) and drop those deleted meanwhile.
        Returns how many chunks were embedded; `progress(done, total)` follows long runs. Once level, the
        model's id is stored with the revision and later calls return at once: ingest writes and deletes
        both spaces together."""
        if self.state().synced == MULTILINGUAL_ID:
            return 0
        have = set(self._ids(self.multilingual))
        chunks = self.all_chunks()
        missing = [c for c in chunks if c.id not in have]
        stale = have - {c.id for c in chunks}
        for start in range(0, len(stale), _PAGE):
            self.multilingual.delete(ids=sorted(stale)[start : start + _PAGE])
        for start in range(0, len(missing), SYNC_BATCH):
            part = missing[start : start + SYNC_BATCH]
            self._add_multilingual([c.id for c in part], [c.text for c in part], [c.metadata for c in part])
            if progress:
                progress(start + len(part), len(missing))
        meta = self._metadata()
        meta[SYNCED_KEY] = MULTILINGUAL_ID
        self.collection.modify(metadata=meta)
        return len(missing)

    @staticmethod
    def _ids(collection: Collection) -> list[str]:
        out: list[str] = []
        offset = 0
        while True:
            page = collection.get(include=[], limit=_PAGE, offset=offset)
            out += page["ids"]
            if len(page["ids"]) < _PAGE:
                return out
            offset += _PAGE

    @_server_call
    def all_chunks(self) -> list[StoredChunk]:
        out: list[StoredChunk] = []
        offset = 0
        while True:
            page = self.collection.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            ids = page["ids"]
            docs = page["documents"] or []
            metas = page["metadatas"] or []
            for cid, text, meta in zip(ids, docs, metas, strict=True):
                out.append(StoredChunk(cid, text or "", dict(meta or {})))
            if len(ids) < _PAGE:
                return out
            offset += _PAGE

    @_server_call
    def chunks_of(self, doc_ids: Iterable[str]) -> list[StoredChunk]:
        """The stored chunks of these articles (none for an article deleted meanwhile)."""
        wanted = sorted(doc_ids)
        out: list[StoredChunk] = []
        for start in range(0, len(wanted), _DOC_PAGE):
            page = self.collection.get(
                where=cast(Any, {"doc_id": {"$in": wanted[start : start + _DOC_PAGE]}}),
                include=["documents", "metadatas"],
            )
            for cid, text, meta in zip(
                page["ids"], page["documents"] or [], page["metadatas"] or [], strict=True
            ):
                out.append(StoredChunk(cid, text or "", dict(meta or {})))
        return out

    @_server_call
    def documents(self) -> dict[str, StoredDoc]:
        """The articles stored, with the hash they were embedded from: the incremental-ingest manifest."""
        docs: dict[str, StoredDoc] = {}
        offset = 0
        while True:
            page = self.collection.get(include=["metadatas"], limit=_PAGE, offset=offset)
            for cid, meta in zip(page["ids"], page["metadatas"] or [], strict=True):
                m = meta or {}
                doc_id = str(m.get("doc_id", ""))
                doc = docs.setdefault(
                    doc_id,
                    StoredDoc(
                        doc_id,
                        str(m.get("content_hash", "")),
                        str(m.get("path", "")),
                        str(m.get("origin", "")),
                    ),
                )
                doc.chunk_ids.append(cid)
            if len(page["ids"]) < _PAGE:
                return docs
            offset += _PAGE

    @_server_call
    def dense(
        self,
        query_embedding: np.ndarray,
        n: int,
        where: Mapping[str, Any] | None,
        total: int | None = None,
        space: Space = "english",
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first; `total` saves a count when the caller knows it."""
        total = self.count() if total is None else total
        if total == 0:
            return []
        collection = self.multilingual if space == "multilingual" else self.collection
        result = collection.query(
            query_embeddings=[query_embedding],
            n_results=min(n, total),
            where=cast(Any, dict(where)) if where else None,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = (result["distances"] or [[]])[0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]

"""The shared knowledge base: embeddings, chunking, the Chroma store, keyword index and hybrid search."""

"""The HTTP service: ``kyluat serve`` (needs the ``service`` extra: FastAPI and uvicorn).

Endpoints: ``POST /classify`` (one text or a list), ``POST /analyze``, ``GET /health``,
``GET /taxonomy``; OpenAPI docs at ``/docs``. The model is loaded once at start-up.
A request body over the size limit gets 413 with a message; a malformed request
gets 422 with FastAPI's validation message.

    kyluat serve --host 127.0.0.1 --port 8000
    curl -s localhost:8000/classify -H 'content-type: application/json' \\
         -d '{"text": "Cán bộ xã đi nhậu trưa thứ Hai"}'
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from kyluat_nlp import __version__
from kyluat_nlp.analysis import analyze
from kyluat_nlp.classifier.classify import classify_many
from kyluat_nlp.classifier.store import load_model
from kyluat_nlp.taxonomy import Taxonomy

MAX_BODY_BYTES = 1_000_000
MAX_TEXTS = 1000


class ClassifyRequest(BaseModel):
    """One text, or a list of texts (at most 1,000)."""

    text: str | None = Field(default=None, description="one report")
    texts: list[str] | None = Field(default=None, max_length=MAX_TEXTS, description="reports")

    @model_validator(mode="after")
    def exactly_one(self):
        if (self.text is None) == (self.texts is None):
            raise ValueError("give either 'text' or 'texts', not both and not neither")
        return self


class AnalyzeRequest(BaseModel):
    text: str = Field(description="a directive or report")
    words: bool = Field(default=True, description="include word tokens")


def create_app(model_path=None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The FastAPI application; ``model_path`` names a model file the user trusts."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        _, card = load_model(model_path)  # once, before the first request
        classify_many(["Khởi động."], model_path=model_path)
        app.state.card = card
        yield

    app = FastAPI(
        title="kyluat_nlp",
        version=__version__,
        description="Vietnamese NLP for directives on administrative discipline and reports "
        "on officials' conduct: violation categories for incident reports, and analysis of "
        "directives.",
        lifespan=lifespan,
    )

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit():
            size = int(declared)
        elif request.method in ("POST", "PUT", "PATCH"):
            size = len(await request.body())  # a chunked body: measure it
        else:
            size = 0
        if size > max_body_bytes:
            return JSONResponse(
                status_code=413,
                content={"detail": f"request body of {size} bytes is over the limit of "
                                   f"{max_body_bytes} bytes; send fewer or shorter texts"},
            )
        return await call_next(request)

    @app.get("/health")
    def health(request: Request) -> dict:
        card = request.app.state.card
        return {"status": "ok", "kyluat_nlp": __version__,
                "model_version": f"{card['name']}-{card['version']}+{card['sha256'][:12]}"}

    @app.get("/taxonomy")
    def taxonomy() -> dict:
        return Taxonomy.default().to_dict()

    @app.post("/classify")
    def classify_endpoint(body: ClassifyRequest) -> dict:
        texts = [body.text] if body.text is not None else body.texts
        results = [r.to_dict() for r in classify_many(texts, model_path=model_path)]
        return results[0] if body.text is not None else {"results": results}

    @app.post("/analyze")
    def analyze_endpoint(body: AnalyzeRequest) -> dict:
        return analyze(body.text, words=body.words).to_dict()

    return app


def serve(host: str = "127.0.0.1", port: int = 8000, model_path=None,
          max_body_bytes: int = MAX_BODY_BYTES, workers: int = 1) -> None:
    """Run the service with uvicorn until stopped."""
    import uvicorn

    uvicorn.run(create_app(model_path, max_body_bytes), host=host, port=port, workers=workers)

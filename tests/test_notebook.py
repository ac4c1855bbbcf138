"""The lesson notebook runs from top to bottom (nbclient, the venv's own kernel)."""

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "how-is-this-story-sourced.ipynb"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")


def test_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_runs(tmp_path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs if "data" in o)
    assert "<iframe srcdoc=" in html and "<svg class=\"chart\"" in html
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "two people familiar with the discussions" in text
    assert "person familiar with the budget talks" in text

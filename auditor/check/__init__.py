"""auditor check: sourcing policy as lint rules, for editors before publication.

Rules (``data/policies/rules.yaml``, one function each in :mod:`auditor.check.rules`)
check an audited article against published newsroom guidance (AP, The New York Times,
Reuters, NPR, BBC, SPJ): anonymity without a reason, vague descriptors, anonymous quotes
and attacks, single anonymous sources, anonymity in the headline, lede or first quote,
loosely worded non-answers, and score thresholds. Packs in ``data/policies/`` set
severities; a project's ``.auditor.yaml`` and ``--rule`` override them. See docs/check.md.

For programs (the web API calls this)::

    from auditor.check import check_report, load_policy
    findings = check_report(report, load_policy("newsroom-strict"))

``check_report(report: dict, policy=None, *, file_ignores=(), include_suppressed=False)
-> list[dict]`` is pure: it reads only the report dictionary of
``auditor.report.to_dict`` (its ``text``, ``sentences``, ``attributions``, ``sources``,
``scores``) and the policy, and touches no file. ``policy`` is a :class:`Policy` from
:func:`load_policy`, a built-in pack name, a YAML path, a mapping in the pack format, or
None for the ``default`` pack (no config lookup). Each finding is a dict::

    {"rule": "vague-descriptor", "severity": "warning",      # suggestion / warning / error
     "message": "... what to do ...",
     "span": {"start": 412, "end": 419, "text": "sources",  # offsets into report["text"]
              "line": 3, "column": 44, "end_line": 3, "end_column": 51},
     "policy": {"name": "NPR Ethics Handbook: ...", "url": "https://..."},
     "reason": "one line: why the rule exists",
     "sentence": 1, "attribution": 0,                         # indices into the report, or None
     "path": report["path"], "suppressed": false}

sorted by position. Inline ``<!-- auditor-ignore RULE -->`` comments in the text are
honoured. ``load_policy(policy=None, *, config=None, discover=True, start=None,
overrides=None, allow_paths=True)`` builds a :class:`Policy` (pack, then project config,
then overrides); it raises :class:`PolicyError` (a ValueError) with a one-line message.
A web API taking the policy from a request should pass ``allow_paths=False``: built-in
pack names and mappings only, no file is read.
"""

from .cli import check_command
from .engine import check_report, parse_ignores
from .policy import Policy, PolicyError, RuleSetting, builtin_packs, catalogue, load_policy

__all__ = [
    "Policy",
    "PolicyError",
    "RuleSetting",
    "builtin_packs",
    "catalogue",
    "check_command",
    "check_report",
    "load_policy",
    "parse_ignores",
]

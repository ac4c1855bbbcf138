"""Policies: the rule catalogue, built-in packs, project configs and overrides.

A policy says, for every rule of ``data/policies/rules.yaml``, its severity, message and
parameters. It is built in layers, each one a YAML mapping of the same shape::

    extends: newsroom-strict          # a built-in pack name or a YAML path (optional)
    fail_on: warning                  # the default for --fail-on (optional)
    rules:
      vague-descriptor: error         # a severity: off, suggestion, warning, error
      anonymous-share:                # or a mapping
        severity: warning
        thresholds: {anonymous_attributed_share: 0.4}

Layers, later ones win: the catalogue, the pack (``--policy``, else the config's
``extends``, else ``default``), the project config (``--config``, else the first
``.auditor.yaml`` found from the working directory upwards), then ``--rule ID=SEVERITY``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

import yaml

POLICY_DIR = Path(__file__).resolve().parent.parent / "data" / "policies"
SEVERITIES: tuple[str, ...] = ("suggestion", "warning", "error")
#: severity names and their rank; "off" disables a rule
SEVERITY_RANK = {"off": 0, "suggestion": 1, "warning": 2, "error": 3}
FAIL_ON = ("suggestion", "warning", "error", "never")
CONFIG_NAMES = (".auditor.yaml", ".auditor.yml")
RESERVED_PACK_FILES = {"rules.yaml"}


class PolicyError(ValueError):
    """A policy or config that cannot be used; the message is one line."""


@dataclass(frozen=True)
class RuleSetting:
    """One rule as a policy sets it."""

    id: str
    severity: str
    message: str
    messages: Mapping[str, str]
    reason: str
    policy_name: str
    policy_url: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def enabled(self) -> bool:
        return self.severity != "off"

    def render(self, variant: str = "default", **values: Any) -> str:
        """The rule's message (or a variant of it) with its placeholders filled."""
        template = self.messages.get(variant, self.message) if variant != "default" else self.message
        try:
            return " ".join(template.format(**values).split())
        except (KeyError, ValueError, IndexError):
            return " ".join(template.split())


@dataclass(frozen=True)
class Policy:
    """The rules in force, where they came from, and the default --fail-on."""

    name: str
    rules: Mapping[str, RuleSetting]
    fail_on: str = "error"
    sources: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> RuleSetting:
        return self.rules[rule_id]

    def enabled(self) -> list[RuleSetting]:
        return [r for r in self.rules.values() if r.enabled]


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise PolicyError(f"{path}: cannot read it ({err.strerror})") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{path}:{where} not valid YAML ({getattr(err, 'problem', err)})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: a policy must be a YAML mapping with a 'rules' key")
    return data


@lru_cache(maxsize=1)
def catalogue() -> dict[str, RuleSetting]:
    """Every rule of rules.yaml at its default severity."""
    data = _read_yaml(POLICY_DIR / "rules.yaml")
    out = {}
    for entry in data["rules"]:
        out[entry["id"]] = RuleSetting(
            id=entry["id"],
            severity=entry["severity"],
            message=entry["message"],
            messages=dict(entry.get("messages") or {}),
            reason=entry["reason"],
            policy_name=entry["policy"]["name"],
            policy_url=entry["policy"]["url"],
            params=dict(entry.get("params") or {}),
        )
    return out


def builtin_packs() -> list[str]:
    """The names of the packs shipped in data/policies."""
    return sorted(p.stem for p in POLICY_DIR.glob("*.yaml") if p.name not in RESERVED_PACK_FILES)


def _pack_path(name_or_path: str, relative_to: Optional[Path] = None) -> Path:
    candidate = Path(name_or_path)
    if relative_to is not None and not candidate.is_absolute():
        nearby = relative_to / candidate
        if nearby.suffix in {".yaml", ".yml"} and nearby.exists():
            return nearby
    if candidate.suffix in {".yaml", ".yml"} or candidate.exists():
        if not candidate.exists():
            raise PolicyError(f"{name_or_path}: no such policy file")
        return candidate
    builtin = POLICY_DIR / f"{name_or_path}.yaml"
    if name_or_path in builtin_packs():
        return builtin
    raise PolicyError(f"unknown policy pack {name_or_path!r}; built-in packs: {', '.join(builtin_packs())}")


def discover_config(start: Optional[Path] = None) -> Optional[Path]:
    """The first .auditor.yaml (or .auditor.yml) in ``start`` or a folder above it."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate_dir / name
            if path.is_file():
                return path
    return None


def _apply_layer(rules: dict[str, RuleSetting], layer: Mapping, origin: str) -> dict[str, RuleSetting]:
    settings = layer.get("rules") or {}
    if not isinstance(settings, Mapping):
        raise PolicyError(f"{origin}: 'rules' must map rule ids to a severity or a mapping")
    out = dict(rules)
    for rule_id, value in settings.items():
        if rule_id not in out:
            raise PolicyError(f"{origin}: unknown rule {rule_id!r}; known rules: {', '.join(sorted(out))}")
        out[rule_id] = _override(out[rule_id], value, origin)
    return out


def _override(rule: RuleSetting, value: Any, origin: str) -> RuleSetting:
    if isinstance(value, bool):  # YAML 1.1 reads a bare `off` as false and `on` as true
        return replace(rule, severity="off") if not value else replace(rule, severity=catalogue()[rule.id].severity)
    if isinstance(value, str):
        return replace(rule, severity=_severity(value, rule.id, origin))
    if not isinstance(value, Mapping):
        raise PolicyError(f"{origin}: rule {rule.id!r} needs a severity or a mapping, not {value!r}")
    changes: dict[str, Any] = {}
    params = dict(rule.params)
    for key, item in value.items():
        if key == "severity":
            changes["severity"] = _severity("off" if item is False else item, rule.id, origin)
        elif key == "message":
            changes["message"] = str(item)
        elif key == "thresholds":
            if not isinstance(item, Mapping):
                raise PolicyError(f"{origin}: {rule.id}.thresholds must map score names to numbers")
            params["thresholds"] = {**params.get("thresholds", {}), **{k: float(v) for k, v in item.items()}}
        elif key in rule.params:
            params[key] = item
        else:
            known = ", ".join(["severity", "message", *rule.params])
            raise PolicyError(f"{origin}: rule {rule.id!r} has no setting {key!r}; it has: {known}")
    return replace(rule, params=params, **changes)


def _severity(value: Any, rule_id: str, origin: str) -> str:
    name = str(value).strip().lower()
    if name not in SEVERITY_RANK:
        raise PolicyError(f"{origin}: rule {rule_id!r}: severity {value!r} is not one of off, {', '.join(SEVERITIES)}")
    return name


def _fail_on(value: Any, origin: str) -> str:
    name = str(value).strip().lower()
    if name not in FAIL_ON:
        raise PolicyError(f"{origin}: fail_on {value!r} is not one of {', '.join(FAIL_ON)}")
    return name


def _resolve_pack(name_or_path: str, seen: tuple[str, ...] = (), relative_to: Optional[Path] = None) -> list[tuple[dict, str]]:
    """The layers of a pack, its ``extends`` chain first."""
    path = _pack_path(name_or_path, relative_to)
    key = str(path.resolve())
    if key in seen:
        raise PolicyError(f"{path}: 'extends' loops back to itself")
    data = _read_yaml(path)
    layers: list[tuple[dict, str]] = []
    parent = data.get("extends")
    if parent:
        layers.extend(_resolve_pack(str(parent), seen + (key,), path.parent))
    layers.append((data, str(path)))
    return layers


def parse_rule_overrides(items: Iterable[str]) -> dict[str, str]:
    """``["vague-descriptor=error", ...]`` as a mapping (the CLI's --rule)."""
    out = {}
    for item in items:
        rule_id, sep, severity = item.partition("=")
        if not sep or not rule_id.strip() or not severity.strip():
            raise PolicyError(f"--rule {item!r}: write it as RULE-ID=SEVERITY, e.g. vague-descriptor=error")
        out[rule_id.strip()] = severity.strip()
    return out


PolicyLike = Union["Policy", str, Path, Mapping, None]


def load_policy(
    policy: PolicyLike = None,
    *,
    config: Union[str, Path, None] = None,
    discover: bool = True,
    start: Optional[Path] = None,
    overrides: Optional[Mapping[str, Any]] = None,
    allow_paths: bool = True,
) -> Policy:
    """Build the policy in force.

    ``policy``: a built-in pack name (``newsroom-strict``), a YAML path, a mapping of the
    pack format, an existing Policy, or None (the config's ``extends``, else ``default``).
    ``config``: a project config file; without it and with ``discover``, the nearest
    ``.auditor.yaml`` from ``start`` (the working directory) upwards.
    ``overrides``: ``{rule_id: severity or mapping}`` applied last.
    ``allow_paths=False`` (for a web API) accepts only built-in pack names and mappings,
    and reads no config file.
    """
    if not allow_paths:
        if isinstance(policy, (str, Path)) and str(policy) not in builtin_packs():
            raise PolicyError(f"unknown policy pack {str(policy)!r}; built-in packs: {', '.join(builtin_packs())}")
        if isinstance(policy, Mapping) and policy.get("extends") and str(policy["extends"]) not in builtin_packs():
            raise PolicyError(f"'extends' must name a built-in pack here: {', '.join(builtin_packs())}")
        config, discover = None, False
    if isinstance(policy, Policy) and config is None and not overrides:
        return policy
    config_path = Path(config) if config else (discover_config(start) if discover else None)
    config_data: dict = {}
    if config_path is not None:
        if not config_path.is_file():
            raise PolicyError(f"{config_path}: no such config file")
        config_data = _read_yaml(config_path)
    layers: list[tuple[Mapping, str]] = []
    if isinstance(policy, Policy):
        base_rules, name, fail_on, sources = dict(policy.rules), policy.name, policy.fail_on, list(policy.sources)
    else:
        base_rules, name, fail_on, sources = dict(catalogue()), "default", "error", []
        if isinstance(policy, Mapping):
            if policy.get("extends"):
                layers.extend(_resolve_pack(str(policy["extends"])))
            layers.append((policy, "<policy>"))
        else:
            pack = str(policy) if policy else str(config_data.get("extends") or "default")
            layers.extend(_resolve_pack(pack, relative_to=config_path.parent if config_path and not policy else None))
    if config_path is not None:
        layers.append(({k: v for k, v in config_data.items() if k != "extends"}, str(config_path)))
    if overrides:
        layers.append(({"rules": dict(overrides)}, "--rule"))
    for data, origin in layers:
        base_rules = _apply_layer(base_rules, data, origin)
        if data.get("fail_on") is not None:
            fail_on = _fail_on(data["fail_on"], origin)
        if data.get("name") and origin != str(config_path):
            name = str(data["name"])
        sources.append(origin)
    return Policy(name=name, rules=base_rules, fail_on=fail_on, sources=tuple(sources))

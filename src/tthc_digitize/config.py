"""Typed configuration: defaults < ``tthc.toml`` < ``TTHC_*`` environment < command-line flags.

Each layer is a flat mapping of dotted keys (``ocr.jobs``); the CLI passes its flags as the last layer.
Secrets never come from here (PINs and passwords are read from the environment or a prompt).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_type_hints

from tthc_digitize.errors import ConfigError

OcrMode = Literal["auto", "skip", "force", "redo"]


@dataclass(frozen=True)
class OcrSettings:
    language: str = "vie"
    jobs: int = 0  # 0: one per CPU core
    # pages that already have text: keep them, OCR'ing again from the image those whose layer cannot be
    # kept in PDF/A-2b (auto); keep them or refuse the file (skip); rasterise (force); re-OCR scans (redo)
    mode: OcrMode = "auto"
    min_dpi: int = 0  # reject pages below this; 0 means only warn below warn_dpi
    warn_dpi: int = 200
    rotate_pages: bool = True
    deskew: bool = True
    low_confidence: float = 60.0  # below this mean word confidence a page is re-checked for orientation
    # Intake limits: a file over them is that file's failure, never the batch's (docs/security-limits.md)
    max_pixels: int = 150_000_000  # per image or page; A0 at 300 dpi is 139 M, a bomb is billions
    max_pages: int = 1000  # per file
    min_side: int = 100  # pixels; a 1×1 "scan" is no page

    def effective_jobs(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)

    def cache_key(self) -> dict[str, object]:
        """What changes the produced file: a re-run with a different key redoes the work."""
        return {k: v for k, v in dataclasses.asdict(self).items() if k not in _NOT_IN_OUTPUT}


# the number of processes and the intake limits decide whether a file is done, not what it becomes
_NOT_IN_OUTPUT = {"jobs", "max_pixels", "max_pages", "min_side"}


SignLevel = Literal["b-b", "b-t", "b-lt", "b-lta"]


@dataclass(frozen=True)
class SignSettings:
    level: SignLevel = "b-lt"  # results meant to last decades need B-LT or B-LTA (DESIGN §3)
    pkcs12: str = ""  # path of a PKCS#12 file; its password only from TTHC_PKCS12_PASSWORD or a prompt
    pkcs11_module: str = ""  # e.g. /usr/lib/softhsm/libsofthsm2.so or the token vendor's module
    token_label: str = ""
    key_label: str = ""  # label of the key and its certificate on the token; PIN from TTHC_PKCS11_PIN
    tsa_url: str = ""
    trust: str = ""  # PEM/DER file or folder of trusted roots
    agency_name: str = ""  # converting agency on the mark; "" uses the top-level agency_name


@dataclass(frozen=True)
class RoadmapSettings:
    start_year: int = 2020  # the plans' period 2020–2025, deadline 31/12 of end_year
    end_year: int = 2025
    weight: Literal["even", "demand"] = "even"  # how `roadmap plan propose` spreads the backlog
    window_days: int = 90  # the recent rate behind projected completion dates


@dataclass(frozen=True)
class MetadataSettings:
    procedure_code: str = ""  # for every result of a batch, unless --procedure or a manifest row says otherwise


@dataclass(frozen=True)
class WarehouseSettings:
    lock_wait: float = 10.0  # seconds a writer waits for a busy warehouse before exiting with "locked"
    register_url: str = ""  # "" means sqlite:///<home>/register.sqlite
    # where the OCFL objects are kept: file:///srv/kho/objects or s3://bucket/prefix?endpoint=…; "" means <home>/objects
    objects: str = ""
    durable: bool = True  # fsync every file and commit; off only where power loss does not matter (tests)


@dataclass(frozen=True)
class CopiesSettings:
    level: SignLevel = "b-lt"  # the agency signature on e-copies
    volume_size: int = 500  # entries per volume (quyển) of the certification register
    agency_abbreviation: str = ""  # official abbreviation in copy numbers (01/BS-STNMT); "" derives it
    official: str = ""  # the issuing/certifying official's full name; "" uses TTHC_OPERATOR or the login
    official_position: str = "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"  # printed in the certification statement
    verify_url: str = ""  # public `tthc serve` address; when set, a new copy's QR code is <verify_url>/v/<code>


@dataclass(frozen=True)
class Config:
    lang: str = ""  # "" follows the locale (see i18n.resolve_language)
    agency_name: str = ""
    agency_code: str = ""
    ocr: OcrSettings = field(default_factory=OcrSettings)
    roadmap: RoadmapSettings = field(default_factory=RoadmapSettings)
    metadata: MetadataSettings = field(default_factory=MetadataSettings)
    warehouse: WarehouseSettings = field(default_factory=WarehouseSettings)
    sign: SignSettings = field(default_factory=SignSettings)
    copies: CopiesSettings = field(default_factory=CopiesSettings)


ENV_PREFIX = "TTHC_"
CONFIG_FILE = "tthc.toml"


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _fields(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def known_keys() -> dict[str, Any]:
    """Dotted key -> type, for every setting."""
    keys: dict[str, Any] = {}
    for name, typ in _fields(Config).items():
        if dataclasses.is_dataclass(typ):
            keys.update({f"{name}.{sub}": t for sub, t in _fields(typ).items()})
        else:
            keys[name] = typ
    return keys


def _coerce(key: str, value: Any, typ: Any, origin: str) -> Any:
    def bad(detail: str) -> ConfigError:
        return ConfigError("config.bad_value", key=key, value=value, origin=origin, detail=detail)

    choices = get_args(typ) if getattr(typ, "__origin__", None) is Literal else None
    if choices:
        if value not in choices:
            raise bad("/".join(choices))
        return value
    if typ is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise bad("true/false")
    if typ is int:
        if isinstance(value, bool):
            raise bad("integer")
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise bad("integer") from None
        if number < 0:
            raise bad(">= 0")
        return number
    if typ is float:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad("number") from None
    return str(value)


def env_layer(env: Mapping[str, str]) -> dict[str, str]:
    """``TTHC_OCR_JOBS=2`` -> ``ocr.jobs``; only known keys, so unrelated TTHC_* variables are ignored."""
    by_env_name = {ENV_PREFIX + key.replace(".", "_").upper(): key for key in known_keys()}
    return {by_env_name[name]: value for name, value in env.items() if name in by_env_name}


def file_layer(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return _flatten(tomllib.load(fh))
    except FileNotFoundError:
        raise ConfigError("config.missing_file", path=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError("config.bad_toml", path=str(path), detail=str(exc)) from None


def find_config_file(env: Mapping[str, str], cwd: Path) -> Path | None:
    if env.get("TTHC_CONFIG"):
        return Path(env["TTHC_CONFIG"])
    candidate = cwd / CONFIG_FILE
    return candidate if candidate.is_file() else None


def build_config(layers: list[tuple[str, Mapping[str, Any]]]) -> Config:
    """Apply ``(origin, {dotted key: value})`` layers in order over the defaults."""
    types = known_keys()
    values: dict[str, Any] = {}
    for origin, layer in layers:
        for key, value in layer.items():
            if value is None:
                continue
            if key not in types:
                raise ConfigError("config.unknown_key", key=key, origin=origin)
            values[key] = _coerce(key, value, types[key], origin)
    top = {k: v for k, v in values.items() if "." not in k}
    sections: dict[str, dict[str, Any]] = {}
    for key, value in values.items():
        if "." in key:
            section, sub = key.split(".", 1)
            sections.setdefault(section, {})[sub] = value
    hints = _fields(Config)
    for section, sub_values in sections.items():
        top[section] = hints[section](**sub_values)
    config = Config(**top)
    if config.lang not in ("", "vi", "en"):
        raise ConfigError("config.bad_value", key="lang", value=config.lang, origin="", detail="vi/en")
    return config


def load_config(
    flags: Mapping[str, Any] | None = None,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    base_files: tuple[Path, ...] = (),
) -> Config:
    """``base_files`` (the warehouse's own tthc.toml) lie below the working folder's config file."""
    env = os.environ if env is None else env
    layers: list[tuple[str, Mapping[str, Any]]] = [(str(p), file_layer(p)) for p in base_files]
    path = config_file or find_config_file(env, cwd or Path.cwd())
    if path is not None:
        layers.append((str(path), file_layer(path)))
    layers.append(("environment", env_layer(env)))
    layers.append(("command line", dict(flags or {})))
    return build_config(layers)

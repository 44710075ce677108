"""Settings for the Creator Money Guide: one module, everything that differs between machines from the environment.

Every variable is listed in the README. Local development gets safe defaults with DEBUG=1; production
(DEBUG off) refuses to start without a SECRET_KEY or a key file (SECRET_KEY_FILE, default .secret_key).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

# The key: SECRET_KEY, else this machine's key file (`make run` and `make serve` write .secret_key when
# SECRET_KEY is unset, so every later `manage.py` command on the machine signs with the same key).
SECRET_KEY_FILE = Path(os.environ.get("SECRET_KEY_FILE") or BASE_DIR / ".secret_key")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and SECRET_KEY_FILE.is_file():
    SECRET_KEY = SECRET_KEY_FILE.read_text().strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            f"SECRET_KEY must be set when DEBUG is off, or {SECRET_KEY_FILE} must hold a key "
            "(`make run` writes one; see README, 'Running in production')."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-used-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
BENCHMARK_ENDPOINTS = env_bool("BENCHMARK_ENDPOINTS")  # adds /bench/bare for scripts/benchmark.py

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, as django-modeltranslation asks (guide/translation.py)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "django_countries",
    "csp",
    "guide",
    "checker",
    "simple_history",
    "axes",  # last, as django-axes asks
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # The language comes from the path alone (/es/, /pt-br/, else English), before the page cache resolves
    # the URL: see guide/languages.py for why not Django's LocaleMiddleware.
    "guide.languages.PathLanguageMiddleware",
    "guide.caching.PageCacheMiddleware",  # repeat visits end here: see guide/caching.py
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # records who made each change
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "guide.languages.languages",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "guide.context_processors.staff_edit",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL switches to PostgreSQL (or anything dj-database-url reads).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE takes the write lock at BEGIN so two
    # admin saves queue on the busy timeout instead of failing with "database is locked".
    # Opening SQLite and running the pragmas costs more than most queries: keep connections open.
    DATABASES["default"]["CONN_MAX_AGE"] = None
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000; "
            "PRAGMA cache_size=-20000; PRAGMA mmap_size=134217728;"
        ),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A shared cache when REDIS_URL is set (several app servers); otherwise each process keeps its own,
# which is safe because cached pages are keyed by the content's version (see guide/caching.py).
# Both are bounded, least recently used out first. Redis has no entry limit of Django's: give the server a
# maxmemory and the allkeys-lru policy (README). Here, at most 2,000 pages a process: a page is 5 KB
# (/api/check) to 34 KB (the checker's whole page), so at most about 70 MB, 30 MB for a usual mix; the
# pages everyone reads are a few dozen entries, and a flood of checker profiles pushes out its own first.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "cmg",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cmg",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

# Repeated failed logins lock out the address they come from for a while, whatever usernames they try
# (django-axes). Counting per address only: a count per username as well would add nothing at the same
# limit, and one per username across addresses would let anyone lock an editor out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# Behind N proxies, the client's address is the Nth from the right in X-Forwarded-For (config/client_ip.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT") or 0)
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English unprefixed; Spanish (neutral Latin American) under /es/, Brazilian Portuguese under /pt-br/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español"), ("pt-br", "Português (Brasil)")]
# Editors' texts in each language (guide/translation.py): an empty translation reads as the English.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]  # Spanish thousands with a dot, as Brazilian Portuguese
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security headers. The CSP allows no inline script: htmx comes from django-htmx's bundled file.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Production is served over TLS (HTTPS on by default when DEBUG is off). `make run` and `make serve` run
# production settings over plain http on this machine, so they set HTTPS=0. SECURE_SSL_REDIRECT can be
# turned off alone when a proxy already redirects.
HTTPS = env_bool("HTTPS", not DEBUG)
if HTTPS:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Everything goes to the console (stderr). Two filters (config/errors.py): every server error's record
# carries the code its 500 page shows the visitor, and a request with a bad Host header is one short line
# (scanners send 8 KB ones, which Django would log twice over with a traceback).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "error_id": {"()": "config.errors.ErrorId"},
        "one_short_line": {"()": "config.errors.OneShortLine"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING" if env_bool("QUIET_SERVER") else "INFO"},
        "django.request": {"filters": ["error_id"]},
        "django.security.DisallowedHost": {"filters": ["one_short_line"]},
    },
}

FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6's default, today

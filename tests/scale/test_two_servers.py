"""Past one machine, proven: two app servers (scripts/serve) on two ports, sharing one PostgreSQL and one
Redis, as a deployment behind a load balancer runs them. Only `make test-scale` (scripts/test-scale) runs
these: it starts the database and Redis and says where they are (SCALE_DATABASE_URL, SCALE_REDIS_URL).

Both servers get the same SECRET_KEY. Every request carries the site's own name in Host, as the load
balancer passes it on (cached pages are keyed by it), and each visitor connects from an address of its own
in 127.0.0.0/8, so login lockouts (by address) tell them apart.
"""

import functools
import http.client
import http.cookiejar
import os
import pickle
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest

from tests.serving.app_server import ROOT, AppServer, get

DATABASE_URL = os.environ.get("SCALE_DATABASE_URL", "")
REDIS_URL = os.environ.get("SCALE_REDIS_URL", "")
pytestmark = [
    pytest.mark.scale,
    pytest.mark.skipif(
        not (DATABASE_URL and REDIS_URL), reason="needs PostgreSQL and Redis: `make test-scale` runs these"
    ),
]
EDITOR, PASSWORD = "scale-editor", "a long scale-test password 4821"
HOST = "guide.example"


def fetch(server: AppServer, path: str, timeout: float = 10) -> tuple[int, dict, bytes]:
    return get(server.base + path, timeout=timeout, Host=HOST)


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    env = {
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "ALLOWED_HOSTS": f"127.0.0.1,{HOST}",
    }
    a = AppServer(folder / "a.log", **env)
    b = AppServer(folder / "b.log", **env)
    # One at a time: the first migrates the new database and loads the content; the second finds it done.
    a.start()
    b.start()
    assert "migrations applied" in a.log and "migrations unchanged" in b.log, a.log + b.log
    make_editor(a.env)
    yield a, b
    a.stop()
    b.stop()


def make_editor(env) -> None:
    code = (
        "from django.contrib.auth.models import Group, User; "
        f"user = User.objects.create_user({EDITOR!r}, password={PASSWORD!r}, is_staff=True); "
        "user.groups.add(Group.objects.get(name='Editors'))"
    )
    subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True)


class FromAddress(urllib.request.HTTPHandler):
    """Connects from this loopback address (all of 127.0.0.0/8 reaches the servers on 127.0.0.1)."""

    def __init__(self, address: str):
        super().__init__()
        self.address = address

    def http_open(self, request):
        return self.do_open(
            functools.partial(http.client.HTTPConnection, source_address=(self.address, 0)), request
        )


class Browser:
    """A visitor's browser: keeps cookies for 127.0.0.1 (sent to both ports, as to one site behind a load
    balancer), and connects from an address of its own."""

    def __init__(self, address: str = "127.0.0.10"):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            FromAddress(address), urllib.request.HTTPCookieProcessor(self.cookies)
        )

    def request(self, url: str, data: dict | list | None = None) -> tuple[int, str, str]:
        """(status, final url, body), following redirects."""
        if isinstance(data, list):
            data = [tuple(pair) for pair in data]
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Host": HOST})
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, response.url, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, url, error.read().decode()

    def log_in(self, base: str, password: str = PASSWORD) -> tuple[int, str, str]:
        status, url, page = self.request(base + "/admin/login/?next=/admin/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not token:
            return status, url, page
        form = {
            "csrfmiddlewaretoken": token.group(1),
            "username": EDITOR,
            "password": password,
            "next": "/admin/",
        }
        return self.request(base + "/admin/login/?next=/admin/", form)


def logged_in(answer: tuple[int, str, str]) -> bool:
    """The answer is the admin's index for a logged-in editor (not the login form again)."""
    status, url, page = answer
    return (
        status == 200
        and url.split("//", 1)[1].partition("/")[2] == "admin/"
        and 'id="login-form"' not in page
    )


class FormFields(HTMLParser):
    """What a browser would send for a form as it stands: its named fields and their current values."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self.textarea = self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or not attrs.get("name") and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file", "image"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append([attrs["name"], attrs.get("value", "on" if "checked" in attrs else "")])
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append([self.select, attrs.get("value", "")])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            if self.textarea[1].startswith("\n"):  # as browsers do: the newline after <textarea> is not text
                self.textarea[1] = self.textarea[1][1:]
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.inside = False


def save_tip_title(browser: Browser, base: str, title: str) -> None:
    """Change the first tip's title in the admin on this server, as an editor does."""
    status, url, listing = browser.request(base + "/admin/guide/tip/")
    change = re.search(r'href="(/admin/guide/tip/\d+/change/)', listing)
    assert change, (status, url, listing[:3000])
    change = change.group(1)
    _, _, page = browser.request(base + change)
    parser = FormFields("tip_form")
    parser.feed(page)
    # The English box: each text has one per language (django-modeltranslation), English first.
    fields = [[name, title if name == "title_en" else value] for name, value in parser.fields]
    assert any(name == "title_en" for name, _ in fields), page[:2000]
    status, url, answer = browser.request(base + change, [*fields, ["_save", "Save"]])
    assert status == 200 and url.endswith("/admin/guide/tip/"), (status, url, answer[:3000])


def test_an_edit_saved_on_a_shows_at_once_on_b(servers):
    a, b = servers
    for _ in range(3):  # both have the page cached (in Redis, shared)
        assert b"Saved on server A" not in fetch(b, "/tips/")[2]
        assert b"Saved on server A" not in fetch(a, "/tips/")[2]
    editor = Browser()
    assert logged_in(editor.log_in(a.base))
    save_tip_title(editor, a.base, "Saved on server A")
    assert b"Saved on server A" in fetch(b, "/tips/")[2]


def test_an_editor_logged_in_on_a_stays_logged_in_on_b(servers):
    a, b = servers
    editor = Browser()
    answer = editor.log_in(a.base)
    assert logged_in(answer) and EDITOR in answer[2], answer[:2]
    answer = editor.request(b.base + "/admin/")
    assert logged_in(answer) and EDITOR in answer[2], answer[:2]
    # And a save through B, with the session and CSRF cookie A gave.
    save_tip_title(editor, b.base, "Saved on server B")
    assert b"Saved on server B" in fetch(a, "/tips/")[2]


def test_a_lockout_on_a_holds_on_b(servers):
    a, b = servers
    attacker = Browser(address="127.0.0.66")
    statuses = [attacker.log_in(a.base, password=f"wrong {n}")[0] for n in range(6)]
    assert statuses[-1] == 429, statuses
    # The right password, from the same address, on the other server: still locked out.
    status, url, page = attacker.log_in(b.base)
    assert status == 429 and "Too many failed logins" in page, (status, url)
    # From another address the same password works: it is the lockout, not a broken login.
    assert logged_in(Browser(address="127.0.0.67").log_in(b.base))


def test_a_page_cached_by_a_is_served_by_b_from_redis(servers):
    import redis

    a, b = servers
    store = redis.Redis.from_url(REDIS_URL)
    url = "/check/?followers=31337&age=24&country=US"
    before = set(store.scan_iter("cmg:*page:*"))
    # A page with a query is stored once asked for more than once (guide/caching.py): ask A until it is.
    for _ in range(10):
        status, _, page = fetch(a, url)
        assert status == 200 and b'data-method="creator-rewards"' in page
        new = set(store.scan_iter("cmg:*page:*")) - before
        if new:
            break
    assert len(new) == 1, new  # A rendered it and kept it in Redis
    (key,) = new

    # Mark the copy in Redis. B answers with the mark: it served Redis's copy, it did not render its own.
    response = pickle.loads(store.get(key))
    response.content = response.content + b"<!-- kept in redis by server A -->"
    response["Content-Length"] = str(len(response.content))
    store.set(key, pickle.dumps(response, pickle.HIGHEST_PROTOCOL), keepttl=True)
    status, _, page = fetch(b, url)
    assert status == 200 and page.endswith(b"<!-- kept in redis by server A -->")
    assert set(store.scan_iter("cmg:*page:*")) - before == {key}  # and B added no copy of its own


def unix_socket_paths(pids) -> set[str]:
    """Paths of the unix sockets these processes hold open."""
    inodes = set()
    for pid in pids:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            target = os.readlink(f"/proc/{pid}/fd/{fd}") if os.path.exists(f"/proc/{pid}/fd/{fd}") else ""
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    paths = set()
    with open("/proc/net/unix") as table:
        next(table)
        for line in table:
            parts = line.split()
            if len(parts) >= 8 and parts[6] in inodes:
                paths.add(parts[7])
    return paths


def test_the_two_servers_share_no_control_socket_or_file(servers):
    a, b = servers
    a_paths, b_paths = unix_socket_paths(a.pids()), unix_socket_paths(b.pids())
    assert not a_paths & b_paths, a_paths & b_paths
    # granian has no control socket at all: no unix socket bound to a path.
    assert not a_paths and not b_paths, (a_paths, b_paths)


def test_killing_one_server_loses_nothing(servers):
    a, b = servers
    editor = Browser()
    assert logged_in(editor.log_in(a.base))
    save_tip_title(editor, a.base, "Saved on A just before it died")  # acknowledged: committed

    answers, stop = [], threading.Event()

    def visitor():
        while not stop.is_set():
            for path in ("/healthz", "/", "/tips/", "/check/?followers=12500&age=24&country=US"):
                try:
                    answers.append((path, fetch(b, path, timeout=5)[0]))
                except OSError as error:
                    answers.append((path, repr(error)))

    thread = threading.Thread(target=visitor)
    thread.start()
    time.sleep(1)
    a.kill()
    time.sleep(2)
    stop.set()
    thread.join()

    assert answers and all(status == 200 for _, status in answers), [x for x in answers if x[1] != 200]
    with pytest.raises(OSError):
        fetch(a, "/healthz", timeout=2)
    assert b"Saved on A just before it died" in fetch(b, "/tips/")[2]
    # The session A gave is still good on B, and editing goes on there.
    save_tip_title(editor, b.base, "Saved on B after A died")
    assert b"Saved on B after A died" in fetch(b, "/tips/")[2]

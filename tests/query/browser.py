"""Headless Chromium driven over the DevTools protocol on a pipe, for tests of the HTML page.

The pipe (--remote-debugging-pipe: JSON messages ended by NUL on file descriptors
3 and 4) needs no port and no websocket. Through it a test presses real mouse
buttons and keys, reads the page, takes screenshots, and hears of every script
error and every request the page makes.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]
TIMEOUT = 60.0
CTRL = 2  # the DevTools protocol's modifier bit for Ctrl


class Page:
    """One tab: commands go in, answers and events come back on the pipe."""

    def __init__(self, process: subprocess.Popen[bytes], to_browser: int, from_browser: int):
        self.process = process
        self.to_browser = to_browser
        self.from_browser = from_browser
        self.buffer = b""
        self.last_id = 0
        self.session: str | None = None
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.loaded = False

    # ---- protocol ----------------------------------------------------------------

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.last_id += 1
        message: dict[str, Any] = {"id": self.last_id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self._note(reply)

    def _receive(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_browser], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def _note(self, event: dict[str, Any]) -> None:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description", details["text"]))
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value")) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.errors.append(params["entry"]["text"])
        elif method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.loadEventFired":
            self.loaded = True

    # ---- reading the page ----------------------------------------------------------

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def next_frame(self) -> None:
        """Wait until the page has drawn a frame (it applies wheel events once a frame)."""
        self.call(
            "Runtime.evaluate",
            expression="new Promise(function (done) { requestAnimationFrame(done); })",
            awaitPromise=True,
        )

    def box(self, selector: str) -> dict[str, float]:
        """Where an element is on screen, in CSS pixels."""
        found = self.evaluate(
            f"(function () {{ var r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height};"
            "})()"
        )
        assert found, f"nothing matches {selector}"
        return found

    def screenshot(self, path: Path) -> Path:
        """The whole page; the view is scrolled back where it was, for the clicks that follow."""
        scrolled = self.evaluate("[scrollX, scrollY]")
        height = self.evaluate("document.documentElement.scrollHeight")
        width = self.evaluate("document.documentElement.scrollWidth")
        shot = self.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        )
        path.write_bytes(base64.b64decode(shot["data"]))
        self.evaluate(f"scrollTo({scrolled[0]}, {scrolled[1]})")
        return path

    # ---- acting on it --------------------------------------------------------------

    def scroll_to(self, selector: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView()")

    def drag(self, start: tuple[float, float], end: tuple[float, float], steps: int = 8) -> None:
        self._mouse("mousePressed", *start, buttons=1)
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step / steps
            y = start[1] + (end[1] - start[1]) * step / steps
            self._mouse("mouseMoved", x, y, buttons=1)
        self._mouse("mouseReleased", *end, buttons=0)

    def click(self, x: float, y: float) -> None:
        self._mouse("mousePressed", x, y, buttons=1)
        self._mouse("mouseReleased", x, y, buttons=0)

    def wheel(self, x: float, y: float, delta: float, modifiers: int = 0) -> None:
        self.call(
            "Input.dispatchMouseEvent",
            type="mouseWheel",
            x=x,
            y=y,
            deltaX=0,
            deltaY=delta,
            modifiers=modifiers,
        )

    def press(self, key: str) -> None:
        """A key that types `key` (one character) or is named `key` (Escape, ArrowLeft)."""
        text = {"text": key} if len(key) == 1 else {}
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, **text)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key)

    def _mouse(self, kind: str, x: float, y: float, buttons: int) -> None:
        self.call(
            "Input.dispatchMouseEvent",
            type=kind,
            x=x,
            y=y,
            button="left",
            buttons=buttons,
            clickCount=1,
        )

    def wait_until_loaded(self) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not self.loaded:
            if time.monotonic() > deadline:
                raise TimeoutError("the page did not finish loading")
            self._note(self._receive())


@contextmanager
def open_page(path: Path, profile: Path, width: int = 1400, height: int = 1000) -> Iterator[Page]:
    """The page at `path` in a fresh headless Chromium, `width` by `height` CSS pixels."""
    assert CHROMIUM, "chromium is not installed"
    commands, to_browser = os.pipe()  # Chromium reads commands on its descriptor 3
    from_browser, answers = os.pipe()  # and writes answers on its descriptor 4

    def wire() -> None:
        # Copied aside first, so that neither dup2 closes the other's source.
        reads, writes = os.dup(commands), os.dup(answers)
        os.dup2(reads, 3)
        os.dup2(writes, 4)

    process = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        pass_fds=(3, 4),
        preexec_fn=wire,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(commands)
    os.close(answers)
    page = Page(process, to_browser, from_browser)
    try:
        target = page.call("Target.createTarget", url="about:blank")["targetId"]
        page.session = page.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(f"{domain}.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        page.call("Page.navigate", url=path.as_uri())
        page.wait_until_loaded()
        yield page
    finally:
        with suppress(EOFError, OSError, TimeoutError, RuntimeError):  # already gone
            page.call("Browser.close")
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(page.to_browser)
        os.close(page.from_browser)

#!/usr/bin/python3
"""Prints pages to PDF in WebKitGTK, the engine of Safari's family: WebKitWebDriver has no Print
command, so this drives WebKit2.PrintOperation directly. Run on an X server (DISPLAY: Xvfb)
with Debian's python3-gi and gir1.2-webkit2-4.1.

usage: webkit-print.py URL OUT.pdf [--paper a4|letter] [--margin-mm N] [--delay-ms N] [--no-js]
       [--scroll-reload]
       webkit-print.py --serve

The page is printed at its load event, or --delay-ms after it. --scroll-reload first scrolls
the loaded page down and reloads it, the way a reader reloads a page they are reading.
Margins come from the GTK page setup (the print dialog's), not from the page's @page rule.

--serve prints many pages in one process, which saves starting GTK and WebKit for each: one job
a line on standard input, as JSON ({"id", "url", "out", "paper", "marginMm", "delayMs", "noJs",
"scrollReload"}), each answered on standard output by {"id", "error"} (error null when printed).
Jobs may overlap; each gets a view of its own. Nothing is cached between jobs, so every print
loads the page, its stylesheets and its fonts afresh, as a first visit does.
"""
import argparse
import json
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

TIMEOUT_S = 60

# One context for every job, without a disk cache (ephemeral) or a memory cache.
context = WebKit2.WebContext.new_ephemeral()
context.set_cache_model(WebKit2.CacheModel.DOCUMENT_VIEWER)


def print_job(job, done):
    """Loads job["url"] in a view of its own, prints it to job["out"], then calls done(error)."""
    settings = WebKit2.Settings()
    settings.set_enable_javascript(not job.get("noJs"))
    view = WebKit2.WebView(web_context=context, settings=settings)
    window = Gtk.OffscreenWindow()
    window.set_default_size(1280, 900)
    window.add(view)
    window.show_all()
    state = {"reloaded": False, "finished": False, "timer": 0}

    def finish(error):
        if state["finished"]:
            return
        state["finished"] = True
        GLib.source_remove(state["timer"])
        # Let the print operation return before its view goes.
        GLib.idle_add(lambda: (window.destroy(), False)[1])
        done(error)

    def print_page():
        paper = Gtk.PaperSize.new(Gtk.PAPER_NAME_A4 if job.get("paper", "a4") == "a4" else Gtk.PAPER_NAME_LETTER)
        setup = Gtk.PageSetup()
        setup.set_paper_size(paper)
        if job.get("marginMm") is not None:
            for side in ("top", "bottom", "left", "right"):
                getattr(setup, f"set_{side}_margin")(job["marginMm"], Gtk.Unit.MM)
        print_settings = Gtk.PrintSettings()
        print_settings.set_printer("Print to File")
        print_settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
        print_settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(job["out"], None))
        operation = WebKit2.PrintOperation.new(view)
        operation.set_page_setup(setup)
        operation.set_print_settings(print_settings)
        operation.connect("finished", lambda *_: finish(None))
        operation.connect("failed", lambda _op, error: finish(error.message))
        operation.print_()
        return False

    def on_load(_view, event):
        if event != WebKit2.LoadEvent.FINISHED or state["finished"]:
            return
        if job.get("scrollReload") and not state["reloaded"]:
            state["reloaded"] = True
            if job.get("noJs"):
                view.reload()
            else:
                view.run_javascript("window.scrollTo(0, document.body.scrollHeight / 2)", None, lambda *_: view.reload())
            return
        GLib.timeout_add(job.get("delayMs", 0), print_page)

    view.connect("load-changed", on_load)
    view.connect("load-failed", lambda *_: finish(f"could not load {job['url']}"))
    state["timer"] = GLib.timeout_add_seconds(TIMEOUT_S, lambda: (finish("timed out"), False)[1])
    view.load_uri(job["url"])


def serve():
    # A GLib channel, not sys.stdin: its watch also fires for lines it has read ahead.
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    # At the end of the input, stop once the jobs under way are done.
    state = {"printing": 0, "closed": False}

    def done(job, error):
        print(json.dumps({"id": job["id"], "error": error}), flush=True)
        state["printing"] -= 1
        if state["closed"] and state["printing"] == 0:
            Gtk.main_quit()

    def on_input(_channel, condition):
        line = channel.read_line()[1] if condition & GLib.IO_IN else ""
        if not line:
            state["closed"] = True
            if state["printing"] == 0:
                Gtk.main_quit()
            return False
        job = json.loads(line)
        state["printing"] += 1
        print_job(job, lambda error: done(job, error))
        return True

    GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, on_input)
    Gtk.main()
    return 0


def print_one(args):
    result = {"error": None}

    def done(error):
        result["error"] = error
        Gtk.main_quit()

    job = {
        "url": args.url,
        "out": args.out,
        "paper": args.paper,
        "marginMm": args.margin_mm,
        "delayMs": args.delay_ms,
        "noJs": args.no_js,
        "scrollReload": args.scroll_reload,
    }
    print_job(job, done)
    Gtk.main()
    if result["error"]:
        print(f"webkit-print: {result['error']}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("url", nargs="?")
    parser.add_argument("out", nargs="?")
    parser.add_argument("--paper", default="a4", choices=["a4", "letter"])
    parser.add_argument("--margin-mm", type=float, default=None)
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--no-js", action="store_true")
    parser.add_argument("--scroll-reload", action="store_true")
    args = parser.parse_args()
    if args.serve:
        sys.exit(serve())
    if not args.url or not args.out:
        parser.error("URL and OUT.pdf, or --serve")
    sys.exit(print_one(args))

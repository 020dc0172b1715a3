#!/usr/bin/python3
"""Prints a page to PDF in WebKitGTK, the engine of Safari's family: WebKitWebDriver has no Print
command, so this drives WebKit2.PrintOperation directly. Run on an X server (DISPLAY: Xvfb)
with Debian's python3-gi and gir1.2-webkit2-4.1.

usage: webkit-print.py URL OUT.pdf [--paper a4|letter] [--margin-mm N] [--delay-ms N] [--no-js]
       [--scroll-reload]

The page is printed at its load event, or --delay-ms after it. --scroll-reload first scrolls
the loaded page down and reloads it, the way a reader reloads a page they are reading.
Margins come from the GTK page setup (the print dialog's), not from the page's @page rule.
"""
import argparse
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("url")
parser.add_argument("out")
parser.add_argument("--paper", default="a4", choices=["a4", "letter"])
parser.add_argument("--margin-mm", type=float, default=None)
parser.add_argument("--delay-ms", type=int, default=0)
parser.add_argument("--no-js", action="store_true")
parser.add_argument("--scroll-reload", action="store_true")
args = parser.parse_args()

settings = WebKit2.Settings()
settings.set_enable_javascript(not args.no_js)
view = WebKit2.WebView(settings=settings)
window = Gtk.OffscreenWindow()
window.set_default_size(1280, 900)
window.add(view)
window.show_all()

state = {"reloaded": False, "status": 1}


def finish(status):
    state["status"] = status
    Gtk.main_quit()


def print_page():
    paper = Gtk.PaperSize.new(Gtk.PAPER_NAME_A4 if args.paper == "a4" else Gtk.PAPER_NAME_LETTER)
    setup = Gtk.PageSetup()
    setup.set_paper_size(paper)
    if args.margin_mm is not None:
        for side in ("top", "bottom", "left", "right"):
            getattr(setup, f"set_{side}_margin")(args.margin_mm, Gtk.Unit.MM)
    print_settings = Gtk.PrintSettings()
    print_settings.set_printer("Print to File")
    print_settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    print_settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(args.out, None))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_page_setup(setup)
    operation.set_print_settings(print_settings)
    operation.connect("finished", lambda *_: finish(0))
    operation.connect("failed", lambda _op, error: (print(f"webkit-print: {error.message}", file=sys.stderr), finish(1)))
    operation.print_()
    return False


def scrolled(*_):
    view.reload()


def on_load(_view, event):
    if event != WebKit2.LoadEvent.FINISHED:
        return
    if args.scroll_reload and not state["reloaded"]:
        state["reloaded"] = True
        view.run_javascript("window.scrollTo(0, document.body.scrollHeight / 2)", None, scrolled) if not args.no_js else view.reload()
        return
    GLib.timeout_add(args.delay_ms, print_page)


view.connect("load-changed", on_load)
view.connect("load-failed", lambda *_: (print(f"webkit-print: could not load {args.url}", file=sys.stderr), finish(1)))
GLib.timeout_add_seconds(60, lambda: (print("webkit-print: timed out", file=sys.stderr), finish(1)))
view.load_uri(args.url)
Gtk.main()
sys.exit(state["status"])

"""Make Sanad's icon files from the one SVG: PNG sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py OUTDIR

writes ``OUTDIR/hicolor/<n>x<n>/apps/org.sanad.Sanad.png`` (16…512) and
``OUTDIR/hicolor/scalable/apps/org.sanad.Sanad.svg`` (the freedesktop icon theme layout),
``OUTDIR/sanad.ico`` and ``OUTDIR/sanad.icns``. It renders with QtSvg (no Pillow) and writes
the two container formats itself:

* ICO: a 6-byte header, one 16-byte directory entry per size, then each image as PNG
  (allowed since Windows Vista; a width/height byte of 0 means 256).
* ICNS: ``b"icns"`` and the file length (big-endian), then one chunk per size: a 4-letter
  type, the chunk length including its 8-byte header, and PNG data.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app" / "sanad.svg"
APP_ID = "org.sanad.Sanad"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data (macOS 10.7+): size in pixels of each.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size``×``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(chunks: list[tuple[str, bytes]]) -> bytes:
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(outdir: Path, svg: Path = SVG) -> dict[str, Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(svg, size)
        return cache[size]

    made: dict[str, Path] = {}
    for size in PNG_SIZES:
        target = outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png(size))
    scalable = outdir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    made["hicolor"] = outdir / "hicolor"
    made["png"] = outdir / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    made["ico"] = outdir / "sanad.ico"
    made["ico"].write_bytes(ico_bytes({size: png(size) for size in ICO_SIZES}))
    made["icns"] = outdir / "sanad.icns"
    made["icns"].write_bytes(icns_bytes([(kind, png(size)) for kind, size in ICNS_TYPES]))
    return made


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python packaging/make_icons.py OUTDIR", file=sys.stderr)
        return 2
    for kind, path in make_icons(Path(args[0])).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

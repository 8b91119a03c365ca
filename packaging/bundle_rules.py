"""What the bundle leaves out: Qt modules, plugins and libraries Sanad does not use, and the
packages it must not carry. Shared by ``sanad.spec`` and ``tests/app/test_packaging_spec.py``.
"""

from __future__ import annotations

import re

# Qt: only the modules Sanad uses. QtSvg draws the SVG icons (its image and icon-engine
# plugins need it); everything else in PySide6 stays out.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")
QT_MODULES_UNUSED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)
# camel-tools' optional neural models and the scientific stack are not installed and not wanted.
EXCLUDES = [f"PySide6.{m}" for m in QT_MODULES_UNUSED] + [
    "torch", "transformers", "scipy", "pandas", "numpy", "sklearn", "matplotlib", "tkinter", "_tkinter",
    "IPython", "pytest", "pytestqt", "_pytest", "hypothesis", "mypy", "ruff", "pip", "PyInstaller",
    "camel_tools.disambig.bert", "camel_tools.ner", "camel_tools.sentiment", "camel_tools.dialectid",
    "camel_tools.tagger", "camel_tools.cli",
]

# Qt plugins and libraries the hooks bring in that Sanad does not need on any system.
DROP_PATH_PARTS = (
    "/plugins/sqldrivers/", "/plugins/tls/", "/plugins/networkinformation/", "/plugins/generic/",
    "/plugins/egldeviceintegrations/", "/plugins/wayland-graphics-integration-server/",
    "/plugins/vectorimageformats/", "/plugins/qmltooling/", "/plugins/designer/",
)
DROP_FILES = (
    "libqtvirtualkeyboardplugin", "libqpdf", "libqeglfs", "libqlinuxfb", "libqminimalegl", "libqvnc",
    "libqvkkhrdisplay", "qpdf.dll", "qtvirtualkeyboardplugin.dll", "libqpdf.dylib",
    # The GTK theme plugin would load the system's GTK against the bundle's own glib/cairo/pango
    # (a classic crash); without it Qt draws its Fusion style and uses the XDG portal.
    "libqgtk3",
)
DROP_LIBS = (
    "Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6Pdf", "Qt6Network", "Qt6Sql", "Qt6Designer", "Qt6Test",
    "Qt6WaylandCompositor", "Qt6OpenGLWidgets", "Qt6LabsStyleKit", "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport", "Qt6EglFsKmsGbmSupport",
)
KEEP_QT_TRANSLATIONS = ("qtbase_ar", "qtbase_en", "qt_ar", "qt_en")


def wanted(dest: str) -> bool:
    """Whether the file PyInstaller would put at ``dest`` (inside the bundle) goes in."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if any(part in "/" + dest for part in DROP_PATH_PARTS):
        return False
    if name.startswith(DROP_FILES):
        return False
    stem = name.removeprefix("lib").split(".")[0]
    if any(stem == lib or stem.startswith(lib) for lib in DROP_LIBS):
        return False
    # macOS: Qt comes as frameworks (PySide6/Qt/lib/QtQml.framework/...).
    framework = re.search(r"/(Qt\w+)\.framework/", "/" + dest)
    if framework and framework.group(1).startswith(tuple(lib.replace("Qt6", "Qt", 1) for lib in DROP_LIBS)):
        return False
    if "/Qt/translations/" in "/" + dest and not name.startswith(KEEP_QT_TRANSLATIONS):
        return False
    return True

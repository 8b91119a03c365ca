#!/bin/sh
# Add Sanad to this user's application menu (no root needed), from wherever the unpacked
# folder is:   ./install.sh          (run it again after moving the folder)
#              ./install.sh --remove
# It writes to ~/.local/share (or $XDG_DATA_HOME) and links ~/.local/bin/sanad.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BINDIR=$HOME/.local/bin
ID=org.sanad.Sanad

if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
    [ -L "$BINDIR/sanad" ] && rm -f "$BINDIR/sanad"
    echo "Sanad removed from the application menu (the folder $HERE is left as it is)."
    exit 0
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons" "$BINDIR"
# The menu entry runs this folder's executable by its full path, so PATH does not matter.
sed -e "s|^Exec=sanad |Exec=\"$HERE/sanad\" |" -e "s|^TryExec=sanad$|TryExec=$HERE/sanad|" \
    "$HERE/share/applications/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
cp -r "$HERE/share/icons/hicolor" "$DATA/icons/"
ln -sf "$HERE/sanad" "$BINDIR/sanad"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "Sanad is in the application menu; 'sanad' is linked in $BINDIR."

"""The main window: layout, the action registry and the commands behind the actions."""

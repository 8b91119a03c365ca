"""Qt item models over snapshots read from the services."""

"""Data files, icons and lesson texts shipped with Synapse Lab (see desktop_app.resources)."""

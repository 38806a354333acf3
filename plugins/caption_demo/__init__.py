"""The "Caption demo" page (in progress: its Qt-free models and maths)."""

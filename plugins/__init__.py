"""The built-in plugins, loaded only through the synapse_lab.plugins entry points."""

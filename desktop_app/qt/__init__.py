"""The Qt side of Synapse Lab: main window, page host, training bridge, dialogs."""

"""The main window as a learner meets it: sidebar, lazy pages, lesson, menus, status bar."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from . import demo_plugins as demo


def test_the_sidebar_lists_every_page_in_order_with_title_and_description(synapse_window):
    window = synapse_window(demo.DemoPlugin())
    keys = window.sidebar.keys()
    assert keys[0] == "start-here" and keys[-1] == "demo-page"  # by their order numbers, 0 and 50
    entry = window.sidebar.itemWidget(window.sidebar.item(len(keys) - 1))
    assert entry.title.text() == "Demo page"
    assert entry.description.text() == "A page used by the tests"


def test_pages_are_built_on_first_open_only_and_show_their_lesson(synapse_window):
    demo.created.clear()
    window = synapse_window(demo.DemoPlugin())
    assert demo.created == []
    assert window.pages.current_page_id() == "start-here"
    assert "How to use Synapse Lab" in window.lesson.toPlainText()

    window.sidebar.setCurrentRow(window.sidebar.keys().index("demo-page"))
    assert demo.created == ["demo-page"]
    assert window.pages.current_page_id() == "demo-page"
    assert "The demo explains itself" in window.lesson.toPlainText()
    assert window.windowTitle() == "Synapse Lab — Demo page"
    window.open_page("start-here")
    window.open_page("demo-page")
    assert demo.created == ["demo-page"]


def test_the_start_here_map_opens_the_plugin_of_an_entry(synapse_window, qtbot):
    from PySide6.QtCore import Qt

    window = synapse_window(demo.DemoPlugin())
    start = window.pages.widgets["start-here"]
    for page_id, card in start.cards.items():  # a course page not installed yet has no button
        assert card.button.isEnabled() == (page_id in window.plugins.pages), page_id
    qtbot.mouseClick(start.cards["demo-page"].button, Qt.MouseButton.LeftButton)
    assert window.pages.current_page_id() == "demo-page"
    assert window.sidebar.currentRow() == window.sidebar.keys().index("demo-page")


def test_the_status_bar_shows_the_device_once_torch_has_loaded(synapse_window, qtbot):
    window = synapse_window(load_torch=True)
    qtbot.waitUntil(lambda: window.torch_loader.info is not None, timeout=60_000)
    assert window.status.device_label.text().startswith(("CPU · ", "CUDA · ", "Apple MPS"))


def test_objects_loaded_with_torch_are_left_out_of_garbage_collection(synapse_window, qtbot):
    import gc

    before = gc.get_freeze_count()
    window = synapse_window(load_torch=True)
    qtbot.waitUntil(lambda: window.torch_loader.info is not None, timeout=60_000)
    assert not gc.isenabled()  # collected on the GUI thread only
    assert gc.get_freeze_count() > before  # frozen again: a full collection skips them and stays quick


def test_theme_and_lesson_panel_choices_persist(synapse_window, synapse_settings):
    window = synapse_window(demo.DemoPlugin(), start_page="demo-page")
    window.set_theme("dark")
    assert synapse_settings.theme == "dark"
    assert QApplication.palette().window().color().lightness() < 100
    page = window.pages.currentWidget()
    assert page.plot.backgroundBrush().color().lightness() < 100
    window.set_lesson_visible(False)
    assert not window.lesson.isVisible() and synapse_settings.lesson_visible is False
    window.set_theme("light")
    assert QApplication.palette().window().color().lightness() > 150


def test_preferences_apply_at_once_and_persist(synapse_window, synapse_settings, qtbot):
    from desktop_app.engine.threads import _runtime, set_training_threads, training_threads

    window = synapse_window(load_torch=True)
    qtbot.waitUntil(lambda: window.torch_loader.info is not None, timeout=60_000)
    engine = window.engine
    default_threads = training_threads()
    try:
        dialog = window.show_preferences()
        dialog.device.setCurrentIndex(dialog.device.findData("cpu"))
        dialog.threads.setValue(2)
        dialog.accept()
        assert (synapse_settings.device, synapse_settings.threads) == ("cpu", 2)
        assert engine.device_preference == "cpu"
        assert training_threads() == 2
        assert window.status.device_label.text() == "CPU · 2 threads"
        if _runtime()[0] is not None:  # the window's own tensor work keeps to one thread, leaving two to training
            import torch
            assert torch.get_num_threads() == 1
        window.apply_preferences("auto", 1, "light")
        assert window.status.device_label.text() == "CPU · 1 thread"
        window.apply_preferences("auto", 0, "light")
        assert training_threads() == default_threads
    finally:
        set_training_threads(default_threads)


def test_a_saved_device_survives_the_dialog_before_torch_has_loaded(synapse_window, synapse_settings):
    synapse_settings.device = "cuda"
    window = synapse_window()
    dialog = window.show_preferences()
    assert dialog.device.currentData() == "cuda"
    dialog.accept()
    assert synapse_settings.device == "cuda"


def test_about_names_the_versions(synapse_window):
    import PySide6

    window = synapse_window()
    box = window.show_about()
    assert "Synapse Lab" in box.text() and PySide6.__version__ in box.text()
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in box.text()
    box.close()



def test_a_small_window_gives_the_page_most_of_its_width_until_a_divider_is_dragged(synapse_window,
                                                                                      synapse_settings, qtbot):
    window = synapse_window()
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= 620)
    sidebar, page, lesson = window.splitter.sizes()
    assert lesson <= 300 and sidebar <= 260
    window.splitter.moveSplitter(500, 2)  # the learner widens the lesson panel
    chosen = window.splitter.sizes()
    window.resize(1300, 800)
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) > sum(chosen) + 50)
    assert window.splitter.sizes()[2] == chosen[2]  # a divider the learner placed stays put
    window.close()
    assert synapse_settings.window_state()[1] is not None  # and is there again next time

"""Qt user interface: main window, views, dialogs, item models, task runner, i18n."""

#include "common/WindowShortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

WindowShortcuts::WindowShortcuts(QWidget* window)
    : QObject(window)
    , m_window(window) {
    qApp->installEventFilter(this);
}

bool WindowShortcuts::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window
        || !(qobject_cast<QLineEdit*>(widget) || qobject_cast<QTextEdit*>(widget)
             || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    // What every platform edits text with stays the field's.
    for (const auto standard : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                                QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll})
        if (key->matches(standard))
            return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QPointer<QAction>& action : std::as_const(m_actions))
        if (action && action->isEnabled() && action->shortcuts().contains(pressed)) {
            key->ignore(); // not overridden: the shortcut goes to the action, not to the field
            return true;
        }
    return false;
}

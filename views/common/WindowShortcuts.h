#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

//! Lets a window's own shortcuts win over a text field's editing keys that clash with them.
//! On X11 a line edit takes Ctrl+U (delete to the start of the line) and Ctrl+K (to its end),
//! so Ctrl+U would erase the filter text instead of opening "User's roles". Installed on the
//! application; acts only for text fields inside `window`, only for the shortcuts of the
//! actions given (enabled ones), and never for the standard editing keys (copy, paste, undo, …).
class WindowShortcuts : public QObject {
    Q_OBJECT
public:
    explicit WindowShortcuts(QWidget* window);
    void add(QAction* action) { m_actions.append(action); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QList<QPointer<QAction>> m_actions;
};

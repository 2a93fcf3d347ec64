#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

//! Help ▸ Keyboard shortcuts: every shortcut of the window's actions in one list, searchable by
//! what it does or by its keys, plus the keys that are not actions (Space in the tree, F8).
class KeyboardShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    KeyboardShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* list() const { return m_list; }
    //! README.md where an installed or a built RoleDesk finds it; empty when none is there.
    static QString readmePath();

private:
    void filter(const QString& text);

    QLineEdit* m_search;
    QTreeWidget* m_list;
};

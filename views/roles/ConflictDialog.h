#pragma once

#include "roles/RoleDraft.h"

#include <QDialog>

class QListWidget;

//! Shown when a role changed on the server after it was opened: what they changed and what the
//! admin changed, side by side, each against the version the editor started from. Nothing is
//! written until the admin chooses.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, KeepMine, TakeTheirs };

    ConflictDialog(const RoleContent& base, const RoleContent& theirs, const RoleContent& mine,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QListWidget* theirsList() const { return m_theirs; }
    QListWidget* mineList() const { return m_mine; }
    //! "+ x" / "− x" lines of what changed from base to other.
    static QStringList changes(const RoleContent& base, const RoleContent& other);

private:
    Choice m_choice = Choice::Cancel;
    QListWidget* m_theirs;
    QListWidget* m_mine;
};

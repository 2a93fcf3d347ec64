#pragma once

#include "roles/RoleDraft.h"
#include "roles/RoleMerge.h"

#include <QDialog>

class QListWidget;
class QPushButton;

//! Shown when a role changed on the server after it was opened: what they changed and what the
//! admin changed, side by side, each against the version the editor started from. Nothing is
//! written until the admin chooses.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, KeepMine, TakeTheirs, MergeMine };

    //! `merge`: "Apply mine on top of theirs", offered when it has a result (its reason shown
    //! otherwise).
    ConflictDialog(const RoleContent& base, const RoleContent& theirs, const RoleContent& mine,
                   const RoleMerge::Result& merge, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QListWidget* theirsList() const { return m_theirs; }
    QListWidget* mineList() const { return m_mine; }
    QPushButton* mergeButton() const { return m_mergeButton; }
    //! "+ x" / "− x" lines of what changed from base to other.
    static QStringList changes(const RoleContent& base, const RoleContent& other);

private:
    Choice m_choice = Choice::Cancel;
    QListWidget* m_theirs;
    QListWidget* m_mine;
    QPushButton* m_mergeButton;
};

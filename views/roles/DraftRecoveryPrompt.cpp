#include "roles/DraftRecoveryPrompt.h"

#include "common/MessageBox.h"

#include <QLocale>
#include <QPushButton>

DraftRecoveryPrompt::Answer DraftRecoveryPrompt::ask(const StoredDraft& stored, QWidget* parent) {
    const QString name =
        stored.draft.name.value_or(QString()).isEmpty() ? tr("Untitled role") : *stored.draft.name;
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved changes found"),
        tr("RoleDesk kept unsaved changes to the role “%1” from %2.")
            .arg(name, QLocale().toString(stored.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    box.setInformativeText(tr("They are probably from a session that ended unexpectedly."
                              " Restore them in the editor?"));
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton* drop = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    QAbstractButton* answer = MessageBox::exec(box);
    return answer == restore ? Answer::Restore : answer == drop ? Answer::Discard : Answer::Later;
}

#include "common/MessageBox.h"

#include <QAbstractButton>
#include <QDialog>
#include <QList>

namespace {

struct Seam {
    QList<std::function<void(QDialog*)>> answers;
    QString lastText;
    QString lastInformativeText;
    bool required = false;
    int unexpected = 0;
};

Seam& seam() {
    static Seam s;
    return s;
}

//! Hands the dialog to the next queued answer; false when none is queued.
bool answer(QDialog* dialog) {
    Seam& s = seam();
    if (s.answers.isEmpty()) {
        if (!s.required)
            return false;
        ++s.unexpected;
        dialog->reject();
        return true;
    }
    const auto act = s.answers.takeFirst();
    act(dialog);
    return true;
}

} // namespace

QAbstractButton* MessageBox::exec(QMessageBox& box) {
    seam().lastText = box.text();
    seam().lastInformativeText = box.informativeText();
    if (!answer(&box))
        box.exec();
    return box.clickedButton();
}

int MessageBox::exec(QDialog& dialog) {
    if (!answer(&dialog))
        return dialog.exec();
    return dialog.result();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button) {
    seam().answers.append([button](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QAbstractButton* b = box ? box->button(button) : nullptr;
        if (b && b->isEnabled())
            return b->click();
        ++seam().unexpected;
        dialog->reject();
    });
}

void MessageBox::setNextAnswer(const QString& buttonText) {
    seam().answers.append([buttonText](QDialog* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            for (QAbstractButton* b : box->buttons())
                if (b->text().remove(u'&') == buttonText && b->isEnabled())
                    return b->click();
        ++seam().unexpected;
        dialog->reject();
    });
}

void MessageBox::setNextDialogHandler(std::function<void(QDialog*)> act) {
    seam().answers.append(std::move(act));
}

int MessageBox::pendingAnswers() {
    return int(seam().answers.size());
}

void MessageBox::clearAnswers() {
    seam().answers.clear();
    seam().unexpected = 0;
}

QString MessageBox::lastText() {
    return seam().lastText;
}

QString MessageBox::lastInformativeText() {
    return seam().lastInformativeText;
}

void MessageBox::requireAnswers(bool required) {
    seam().required = required;
}

int MessageBox::unexpectedDialogs() {
    return seam().unexpected;
}
